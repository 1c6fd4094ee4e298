#!/usr/bin/env python
"""Build the "t-" documents of the other-councils evaluation set and their gold annotations.

    python tests/other-councils/build_t.py          # write documents/ and gold/
    python tests/other-councils/build_t.py --check  # verify gold phrases against the documents

Documents (all invented):
  t-castlemere-health-care-panel-minutes-2025-03-11.txt   Markdown-ish text pasted from a
                                                           collaboration tool
  t-norbridge-hasc-scrutiny-minutes-2025-02-19.pdf        county scrutiny committee PDF with
                                                           "(5) Title. First sentence" run-in items
  t-rivenhall-asch-select-minutes-2025-01-28.docx         Word minutes, Heading 2 numbered
                                                           "Minute 31." via style-linked numbering
  t-northmoor-larkspur-ward-faq.html                       FAQ leaflet (not minutes)
"""
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
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
THEMES_YML = HERE.parent.parent / "minutes" / "themes.yml"

FIXED = dt.datetime(2025, 3, 14, 9, 30, 0, tzinfo=dt.timezone.utc)


# --------------------------------------------------------------------------------------
# gold helpers
# --------------------------------------------------------------------------------------

def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


# ======================================================================================
# 1. Markdown-style plain text minutes (Castlemere Borough Council)
# ======================================================================================

TXT_NAME = "t-castlemere-health-care-panel-minutes-2025-03-11.txt"

TXT = """\
Castlemere Borough Council
Democratic Services > Panels > Health and Care Scrutiny Panel > 2024-25 > 11 March 2025
Last edited by Hannah Okafor, 13/03/2025 16:42 - DRAFT, not yet approved by the Panel

---

# Health and Care Scrutiny Panel

## Minutes of the meeting held on Tuesday 11 March 2025

**Time:** 6.30pm - 9.07pm
**Place:** Committee Room 2, Castlemere Civic Centre, Quay Street, and via Microsoft Teams

**Present:** Councillors Priya Natarajan (Chair), Tom Beckett (Vice-Chair), Aled
Morgan, Sandra Quayle, Imran Siddiqui, Jo Whitlock and Derek Fairbairn

**Substitute:** Councillor Maureen Oduya (for Councillor Lewis Harte)

**Apologies:** Councillors Lewis Harte and Bernadette Kyle

**Co-opted member (non-voting):** Ruth Adebayo, Healthwatch Castlemere

**Officers and partners:**

| Name | Role | Attendance |
|---|---|---|
| Dr Helen Marchetti | Director of Public Health | In person |
| Gareth Loughlin | Assistant Director, Adult Social Care Commissioning and Market Development | In person |
| Sunita Rao | Head of Primary Care Commissioning, Castlemere and Wyre Integrated Care Board | Remote (Teams) |
| Mark Ellery | Chief Operating Officer, Castlemere Community Health NHS Trust | Apologies |
| Carol Penhaligon | Deputy Chief Operating Officer, Castlemere Community Health NHS Trust | In person |
| Hannah Okafor | Democratic Services Officer | In person (minutes) |

---

## 1. Apologies and Substitutions

Apologies were received from Councillor Lewis Harte, for whom Councillor Maureen Oduya
substituted, and from Councillor Bernadette Kyle. Mark Ellery (Castlemere Community
Health NHS Trust) had also sent apologies and Carol Penhaligon attended in his place.

## 2. Declarations of Interest

- Councillor Quayle declared a non-registrable interest in item 6, as a close family member receives home care from one of the current providers. She took no part in the discussion or vote on that item.
- Councillor Siddiqui declared that he works occasionally as a locum pharmacist in the
  borough (item 5). The Monitoring Officer's advice was that this was not a disclosable
  pecuniary interest and he could take part.

## 3. Minutes of the Previous Meeting

The minutes of the meeting held on 21 January 2025 were considered. It was noted that Ruth
Adebayo had attended that meeting remotely and should be added to the list of those
present.

**RESOLVED:** That, subject to the correction above, the minutes of the meeting held on 21 January 2025 be approved as a correct record and signed by the Chair.

## 4. Public Questions

The Chair reported that three questions had been received within the deadline set out in
the Panel's procedure rules. Each questioner could ask one supplementary question.

**Question 1 - Ms Eileen Varga (Keep Castlemere NHS Public)**

> The Council's own report says that four of the seven home care contracts are now held by
> companies owned by private equity funds. How will the Panel hold these providers to
> account for the public money they receive, and will the Council publish their profit
> margins?

*Response:* Gareth Loughlin (Assistant Director, Adult Social Care Commissioning and Market Development) said that the Council did not hold information on providers' profit margins, but that open-book accounting would be a condition of the new framework contracts from October 2025. Contract performance was reported to the Panel every six months and the next report was due in September.

> Supplementary: Will open-book accounting apply to the existing contracts before October?

*Response:* Mr Loughlin said it would not, because the existing contracts could not be varied without each provider's agreement.

**Question 2 - Mr Desmond Achterberg (Harbour ward)**

> Since the Fenwick Street pharmacy closed in November my neighbours and I have had to take
> two buses to collect prescriptions. What is the ICB doing to get a pharmacy back into the
> Harbour area, and why was nobody asked before it shut?

*Response:* Sunita Rao (Castlemere and Wyre ICB) said that the closure was a commercial decision for the contractor, which had given the required notice, and the ICB had no power to prevent it. The Pharmaceutical Needs Assessment was being refreshed and would look specifically at whether there was now a gap in the Harbour area. She accepted that residents had not been engaged before the closure and undertook to write to Mr Achterberg.

No supplementary question was asked.

**Question 3 - Ms Farah Lindqvist** _(read out by the Democratic Services Officer in the questioner's absence)_

> Will the Panel ask for figures on how many people are waiting for a home care package, and how long they have been waiting?

*Response:* The Chair said that the Panel would request the figures under item 6 and that they would be circulated to Members and to Ms Lindqvist.

## 5. Community Pharmacy Access

Sunita Rao introduced the report, which set out the position on community pharmacy in the
borough: six pharmacies had closed since April 2023 and a further two had reduced their
opening hours, leaving 31 pharmacies for a population of about 187,000. An ICB survey of
1,140 residents had found that 22% had difficulty getting to a pharmacy during opening
hours. The report also summarised take-up of the Pharmacy First service.

The following points were raised:

- Councillor Siddiqui asked how many of the closures had been independent pharmacies rather than branches of the large national chains.
  - *Response:* Five of the six were branches of national chains that were reducing their estate; one was an independent whose owner had retired without finding a buyer.
- Councillor Morgan expressed concern that the closures were concentrated in the most
  deprived wards, where car ownership was lowest and life expectancy was already well
  below the borough average.
  - *Response:* Dr Marchetti agreed that this was a health inequalities issue and said her team would map closures against deprivation for the refreshed Pharmaceutical Needs Assessment.
- Councillor Whitlock requested that the ICB share the full survey results, including the free-text comments, and not only the summary in the report.
- Councillor Beckett asked whether GP practices were sending minor illness patients to Pharmacy First and what happened to that activity when a pharmacy closed. Ms Rao said referrals from GP practices had risen to around 1,900 a month; patients were redirected to the next nearest participating pharmacy, which she acknowledged could be some distance away for people in Harbour ward.
- Ruth Adebayo commented that Healthwatch had received 37 pieces of feedback about pharmacy
  queues and medicines shortages in the last quarter and offered to share them with the ICB.

**RESOLVED:** That
1. the report be noted; and
2. the Health and Wellbeing Board be recommended to ensure the refreshed Pharmaceutical Needs Assessment gives specific attention to the Harbour, Northgate and St Aidan's wards.

## 6. Recommissioning of Home Care Services

_Councillor Quayle, having declared an interest, took no part in this item._

Gareth Loughlin presented the report. From October 2025 the seven current block contracts would be replaced by a framework of up to twelve providers in four geographical zones, with a lead provider in each zone. The estimated value of the framework was £21.4m a year and the proposed hourly rate £24.10.

Councillor Fairbairn asked why the Council was not considering bringing at least part of the service back in-house, as some other councils had done; Mr Loughlin replied that an in-house option had been appraised at Appendix C but would cost an estimated £2.9m a year more, mainly because of pension costs and terms and conditions. Councillor Oduya queried whether the hourly rate would allow providers to pay care workers the real Living Wage, and was told that the rate had been modelled on the real Living Wage plus paid travel time, although mileage payments would remain a matter for each provider. Concern was expressed by several Members about the number of people waiting for a package of care, and Mr Loughlin said that at the end of February 63 people were waiting, 14 of them in hospital, and that the breakdown requested under item 4 would be circulated. Councillor Morgan asked what would happen if a lead provider failed mid-contract; he was told that the framework allowed work to be moved to another provider in the zone at short notice. The Chair asked how people who receive home care had been involved in writing the new specification. Mr Loughlin said that two workshops had been held with the Carers' Forum and an online survey had received 212 responses, but he accepted that few current recipients of home care had taken part, and he would arrange visits with providers' clients before the specification was finalised.

**RESOLVED:** That
(1) the Panel supports the move to a zoned framework for home care, subject to the comments made at the meeting;
(2) the Cabinet be recommended to require open-book accounting and payment of at least the real Living Wage in all contracts awarded under the framework; and
(3) the Assistant Director report the outcome of the procurement to the Panel in November 2025.

## 7. Wyre Lodge Intermediate Care Unit - Temporary Bed Closures

Carol Penhaligon gave a verbal update. Twelve of the 28 beds at Wyre Lodge had been closed
on a temporary basis since 6 January because the unit could not be safely staffed.
Patients who would have gone to Wyre Lodge were being supported at home by the discharge
to assess service or placed in spot-purchased nursing home beds.

Councillor Whitlock asked for the registered nurse vacancy rate at Wyre Lodge and what was being spent on agency staff.
*Response:* The vacancy rate was 31 per cent and agency spend for the unit had been £412,000 in the first ten months of the year. Six internationally recruited nurses would start in April, which would allow six beds to reopen.

Councillor Siddiqui asked whether the closure had been subject to public consultation.
*Response:* As a temporary closure on safety grounds it had not required formal consultation, but any proposal to make the closure permanent would be brought to the Panel first.

**RESOLVED:** That the update on the Wyre Lodge bed closures be noted.

Ms Penhaligon undertook to return to the July meeting with a timetable for reopening all 28 beds.

## 8. Healthwatch Castlemere Annual Report 2023/24

Ruth Adebayo presented the annual report. There were no questions.

**RESOLVED:** That the Healthwatch Castlemere Annual Report 2023/24 be noted.

## 9. Work Programme 2025/26

Hannah Okafor presented the draft work programme.

- Councillor Beckett requested that the ICB's financial recovery plan, including its savings target for 2025/26, be scheduled for the June meeting.
  - *Response:* The Chair agreed to invite the ICB's Chief Finance Officer to the June meeting.

**RESOLVED:** That the work programme be agreed, with the addition of the ICB financial recovery plan (June) and a joint session with the Children's Scrutiny Panel on CAMHS waiting times (date to be confirmed).

## 10. Date of Next Meeting

Tuesday 10 June 2025 at 6.30pm, Committee Room 2.

_The meeting closed at 9.07pm._

[HO comment: check S Rao's job title with the ICB before this goes on the website]

**Chair:** ______________________   **Date:** ______________
"""

TXT_GOLD = {
    "document": TXT_NAME,
    "doc_type": "minutes",
    "committee": "Health and Care Scrutiny Panel",
    "meeting_date": "2025-03-11",
    "items": [
        {"number": "1", "title": "Apologies and Substitutions"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes of the Previous Meeting"},
        {"number": "4", "title": "Public Questions"},
        {"number": "5", "title": "Community Pharmacy Access"},
        {"number": "6", "title": "Recommissioning of Home Care Services"},
        {"number": "7", "title": "Wyre Lodge Intermediate Care Unit - Temporary Bed Closures"},
        {"number": "8", "title": "Healthwatch Castlemere Annual Report 2023/24"},
        {"number": "9", "title": "Work Programme 2025/26"},
        {"number": "10", "title": "Date of Next Meeting"},
    ],
    "questions": [
        Q("4", "question", "How will the Panel hold these providers to account",
          "Ms Eileen Varga",
          "open-book accounting would be a condition of the new framework contracts",
          "Gareth Loughlin",
          ["privatisation", "subcontracting", "finance", "governance", "adult-social-care"]),
        Q("4", "question", "Will open-book accounting apply to the existing contracts before October",
          "Ms Eileen Varga",
          "the existing contracts could not be varied without each provider's agreement",
          "Mr Loughlin", ["subcontracting", "finance"]),
        Q("4", "question", "What is the ICB doing to get a pharmacy back",
          "Mr Desmond Achterberg",
          "the closure was a commercial decision for the contractor",
          "Sunita Rao", ["primary-care", "patient-and-public-input"]),
        Q("4", "question", "how many people are waiting for a home care package",
          "Ms Farah Lindqvist",
          "the Panel would request the figures under item 6",
          "The Chair", ["adult-social-care"]),
        Q("5", "question", "how many of the closures had been independent pharmacies",
          "Councillor Siddiqui",
          "Five of the six were branches of national chains",
          None, ["primary-care"]),
        Q("5", "concern", "closures were concentrated in the most deprived wards",
          "Councillor Morgan",
          "agreed that this was a health inequalities issue and said her team",
          "Dr Marchetti", ["primary-care", "public-health"]),
        Q("5", "request", "requested that the ICB share the full survey results",
          "Councillor Whitlock", None, None,
          ["primary-care", "patient-and-public-input"]),
        Q("5", "question", "whether GP practices were sending minor illness patients to Pharmacy First",
          "Councillor Beckett",
          "referrals from GP practices had risen to around 1,900 a month",
          "Ms Rao", ["primary-care"]),
        Q("5", "comment", "Healthwatch had received 37 pieces of feedback about pharmacy queues",
          "Ruth Adebayo", None, None, ["primary-care", "patient-and-public-input"]),
        Q("6", "question", "not considering bringing at least part of the service back in-house",
          "Councillor Fairbairn",
          "an in-house option had been appraised at Appendix C",
          "Mr Loughlin", ["privatisation", "finance", "adult-social-care"]),
        Q("6", "question", "queried whether the hourly rate would allow providers to pay care workers",
          "Councillor Oduya",
          "the rate had been modelled on the real Living Wage plus paid travel time",
          None, ["workforce", "finance", "adult-social-care"]),
        Q("6", "concern", "Concern was expressed by several Members about the number of people waiting",
          None,
          "at the end of February 63 people were waiting",
          "Mr Loughlin", ["adult-social-care"]),
        Q("6", "question", "what would happen if a lead provider failed mid-contract",
          "Councillor Morgan",
          "the framework allowed work to be moved to another provider in the zone",
          None, ["subcontracting", "adult-social-care"]),
        Q("6", "question", "how people who receive home care had been involved in writing the new specification",
          "The Chair",
          "two workshops had been held with the Carers' Forum",
          "Mr Loughlin", ["patient-and-public-input", "adult-social-care"]),
        Q("7", "question", "asked for the registered nurse vacancy rate at Wyre Lodge",
          "Councillor Whitlock",
          "The vacancy rate was 31 per cent and agency spend",
          None, ["workforce", "finance"]),
        Q("7", "question", "whether the closure had been subject to public consultation",
          "Councillor Siddiqui",
          "As a temporary closure on safety grounds it had not required formal consultation",
          None, ["patient-and-public-input"]),
        Q("9", "request", "requested that the ICB's financial recovery plan, including its savings target",
          "Councillor Beckett",
          "The Chair agreed to invite the ICB's Chief Finance Officer",
          "The Chair", ["finance"]),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 21 January 2025 be approved", "agreed", []),
        R("5", "the Health and Wellbeing Board be recommended to ensure the refreshed Pharmaceutical Needs Assessment",
          "recommended", ["primary-care"]),
        R("6", "the Panel supports the move to a zoned framework for home care",
          "recommended", ["subcontracting", "adult-social-care", "workforce"]),
        R("7", "the update on the Wyre Lodge bed closures be noted", "noted", []),
        R("8", "the Healthwatch Castlemere Annual Report 2023/24 be noted", "noted",
          ["patient-and-public-input"]),
        R("9", "the work programme be agreed, with the addition of the ICB financial recovery plan",
          "agreed", ["finance", "mental-health", "children-and-families"]),
    ],
    "attendees": [
        A("Priya Natarajan", "Chair", "present"),
        A("Tom Beckett", "Vice-Chair", "present"),
        A("Aled Morgan", None, "present"),
        A("Sandra Quayle", None, "present"),
        A("Imran Siddiqui", None, "present"),
        A("Jo Whitlock", None, "present"),
        A("Derek Fairbairn", None, "present"),
        A("Councillor Maureen Oduya", "Substitute", "present"),
        A("Ruth Adebayo", "Healthwatch Castlemere", "present"),
        A("Lewis Harte", None, "apologies"),
        A("Bernadette Kyle", None, "apologies"),
        A("Dr Helen Marchetti", "Director of Public Health", "in_attendance"),
        A("Gareth Loughlin", "Assistant Director, Adult Social Care Commissioning and Market Development", "in_attendance"),
        A("Sunita Rao", "Head of Primary Care Commissioning, Castlemere and Wyre Integrated Care Board", "in_attendance"),
        A("Mark Ellery", "Chief Operating Officer, Castlemere Community Health NHS Trust", "apologies"),
        A("Carol Penhaligon", "Deputy Chief Operating Officer, Castlemere Community Health NHS Trust", "in_attendance"),
        A("Hannah Okafor", "Democratic Services Officer", "in_attendance"),
    ],
}


def build_txt():
    (DOCS / TXT_NAME).write_text(TXT, encoding="utf-8")


# ======================================================================================
# 2. County council scrutiny committee PDF (Norbridge County Council)
# ======================================================================================

PDF_NAME = "t-norbridge-hasc-scrutiny-minutes-2025-02-19.pdf"

FOOTNOTES = {
    "1": "The national dental recovery plan, published in February 2024, introduced a one-off "
         "'new patient premium' payable to practices for treating patients who had not seen an "
         "NHS dentist in the previous two years.",
    "2": "A unit of dental activity (UDA) is the measure of work used under the national dental "
         "contract: a check-up counts as one UDA and a course of treatment including fillings "
         "as three.",
    "3": "Transfer of Undertakings (Protection of Employment) Regulations 2006. Staff transfer on "
         "their existing terms and conditions; pension rights are protected separately.",
}

# Each paragraph: (kind, text, options).  Markup: **bold**, [[n]] footnote marker.
#   kind "title": centred bold; "p": justified body; "item": hanging label = item number;
#   "sub": (a) sub-paragraph; "subsub": (i) clause; "head": bold left heading
PDF_PARAS = [
    ("title", "NORBRIDGE COUNTY COUNCIL", {}),
    ("title", "HEALTH AND ADULT SOCIAL CARE SCRUTINY COMMITTEE", {"space": 5}),
    ("p", "MINUTES of a meeting of the Health and Adult Social Care Scrutiny Committee held in "
          "the Wyvern Room, County Hall, Norbridge on Wednesday, 19 February 2025.", {}),
    ("p", "PRESENT: Mr A Pemberton-Hall (Chairman), Mrs B Okonedo (Vice-Chairman), Mr D Ashdown, "
          "Mrs L Carraway, Mr P Dhaliwal, Ms J Frobisher, Mr K Hollis, Mrs M Ingleby (Substitute "
          "for Mr T Quarrie), Mr S Mwangi and Dr R Venn", {"align": "L"}),
    ("p", "ALSO PRESENT: Mr G Tolhurst (Cabinet Member for Adult Social Care and Public Health) "
          "and Ms F Achebe (Chief Executive, Healthwatch Norbridge)", {"align": "L"}),
    ("p", "IN ATTENDANCE: Dr C Rowntree (Director of Public Health), Mr H Baptiste (Corporate "
          "Director Adult Social Care and Health), Ms V Strand (Director of Primary Care and "
          "Community Services, Norbridge and Medway Vale Integrated Care Board), Mr E Kowalczyk "
          "(Head of Dental Commissioning, Norbridge and Medway Vale Integrated Care Board), "
          "Mrs W Thackeray (Senior Scrutiny Research Officer) and Miss N Dunmore (Democratic "
          "Services Officer)", {"align": "L", "space": 5}),
    ("head", "UNRESTRICTED ITEMS", {}),
    ("item", "**Apologies and Substitutes.** Apologies for absence were received from Mr T "
             "Quarrie and Mr J Cheung. Mrs M Ingleby was present as a substitute for Mr Quarrie.",
     {"label": "(1)"}),
    ("item", "**Declarations of Interests by Members in Items on the Agenda.**", {"label": "(2)"}),
    ("sub", "Dr R Venn declared an interest in item (5) as a retired general dental practitioner "
            "who remained on the NHS dental performers list. He remained in the meeting and took "
            "part in the discussion.", {"label": "(a)"}),
    ("sub", "Mrs L Carraway declared that her daughter was employed as a community nurse by "
            "Norbridge Community Health NHS Foundation Trust (item (7) refers).", {"label": "(b)"}),
    ("item", "**Minutes of the meeting held on 4 December 2024.** RESOLVED that the minutes of "
             "the meeting held on 4 December 2024 are correctly recorded and that they be signed "
             "by the Chairman.", {"label": "(3)"}),
    ("item", "**Chairman's Announcements.** The Chairman informed the Committee that the "
             "Integrated Care Board had accepted all five of the Committee's recommendations on "
             "the reconfiguration of hyper-acute stroke services, and that the Board's response "
             "had been circulated to Members by email on 30 January. He also reminded Members "
             "that the joint meeting with Medway Vale Council's Health Scrutiny Panel would take "
             "place on 26 March 2025.", {"label": "(4)"}),
    ("item", "**Access to NHS Dentistry.** The Committee received a report from the Norbridge "
             "and Medway Vale Integrated Care Board on access to NHS dental services in the "
             "county one year on from the launch of the national dental recovery plan.[[1]] "
             "Ms Strand and Mr Kowalczyk attended for this item.", {"label": "(5)"}),
    ("sub", "Ms Strand introduced the report. Only 36 per cent of adults in Norbridge had seen "
            "an NHS dentist in the 24 months to December 2024, against 40 per cent nationally, "
            "and 14 practices had handed back all or part of their NHS contracts since 2022, a "
            "loss of some 96,000 units of dental activity.[[2]] The ICB had underspent its "
            "ringfenced dental budget by £4.3m in 2023/24.", {"label": "(a)"}),
    ("sub", "Mr Hollis asked whether the new patient premium had made any difference to access. "
            "In answer, Mr Kowalczyk said that uptake had been patchy: 46 of the 112 practices in "
            "the county had claimed it and it had funded around 9,400 new-patient appointments, "
            "but the scheme had not been confirmed beyond March 2025 and practices were reluctant "
            "to commit. Mrs Okonedo asked what the ICB was doing to replace the activity lost "
            "when practices handed back contracts. Mr Kowalczyk said that two procurements had "
            "been completed, for Thornwick and Eastry Bay, but the third, for Longmarsh, had "
            "attracted no bidders at the price on offer and would be re-advertised.",
     {"label": "(b)"}),
    ("sub", "Dr Venn asked whether the ICB had considered directly employed, salaried dentists, "
            "as the community dental service already employed for vulnerable patients. In "
            "answer, Ms Strand said that the ICB was piloting two salaried urgent access sessions "
            "a week at the Community Dental Service clinic in Norbridge, funded from the dental "
            "underspend, and would evaluate them in the summer. Mr Dhaliwal expressed concern "
            "about the number of children admitted to hospital to have teeth removed under "
            "general anaesthetic and asked for the latest figures. Dr Rowntree said that there "
            "had been 312 such admissions of children aged 0 to 17 in 2023/24, and that the "
            "supervised toothbrushing programme commissioned by the Council's public health team "
            "now reached 142 nurseries and primary schools.", {"label": "(c)"}),
    ("sub", "Ms Frobisher asked why the ICB could not simply move the unspent dental budget to "
            "practices that wanted to do more NHS work. In answer, Mr Kowalczyk said that this "
            "was being done where possible, but that under the national contract rules "
            "practices could be paid for no more than 110 per cent of their contracted "
            "activity.", {"label": "(d)"}),
    ("sub", "The Chairman reminded Members that Appendix 2 to the report, which set out the bids "
            "received in the Longmarsh procurement, was a Part B (exempt) document under "
            "paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 and could "
            "not be discussed in open session; Members who wished to raise matters arising from "
            "it could do so under item (10).", {"label": "(e)"}),
    ("sub", "RESOLVED that:", {"label": "(f)", "space": 1}),
    ("subsub", "the report be noted;", {"label": "(i)", "space": 1}),
    ("subsub", "the Integrated Care Board be asked to report back in September 2025 on the "
               "outcome of the salaried dental pilot and the Longmarsh re-procurement; and",
     {"label": "(ii)", "space": 1}),
    ("subsub", "the Chairman write to the Minister of State for Care on behalf of the Committee "
               "setting out its concerns about the effect of the national dental contract on "
               "access in Norbridge.", {"label": "(iii)"}),
    ("item", "**Home First Reablement Service - Proposed Contract Award (Decision No. "
             "25/00014).** The Committee considered a proposed decision by the Cabinet Member "
             "for Adult Social Care and Public Health to award a five-year contract for the Home "
             "First Reablement Service, currently delivered in-house by the Norbridge Enablement "
             "Service, to an external provider following a competitive tender. The annual value "
             "of the contract would be about £11.2m.", {"label": "(6)"}),
    ("sub", "Mr Baptiste introduced the report. The service supported around 3,100 people a "
            "year on discharge from hospital; the tender had been evaluated on a 60 per cent "
            "quality and 40 per cent price basis, and 186 staff would transfer to the "
            "successful provider under TUPE.[[3]]", {"label": "(a)"}),
    ("sub", "Mr Mwangi asked whether the staff who would transfer had been consulted and whether "
            "their pensions would be protected. In answer, Mr Baptiste said that collective "
            "consultation with UNISON and GMB had begun on 13 January and that the successful "
            "bidder would be required to offer continued membership of the Local Government "
            "Pension Scheme. Mrs Carraway questioned the basis of the projected saving of £1.4m "
            "a year and asked whether it depended on paying new starters less. Mr Baptiste said "
            "that the saving came mainly from lower management overheads and better scheduling "
            "technology, but he could not rule out that new starters would be employed on the "
            "provider's own terms and conditions. Ms Frobisher expressed concern about the "
            "record of private reablement providers elsewhere, citing a provider in a "
            "neighbouring county whose CQC rating had fallen to inadequate. In answer, "
            "Mr Tolhurst said that quality carried 60 per cent of the evaluation weighting and "
            "that the contract would give the Council step-in rights if performance failed. "
            "Ms Achebe asked whether people who had used the service had been asked for their "
            "views before the decision to outsource it. Mr Baptiste said that a survey of 140 "
            "recent users was summarised at Appendix 4, and that 88 per cent had rated the "
            "current service good or excellent.", {"label": "(b)"}),
    ("sub", "RESOLVED that the Committee endorse the proposed decision to be taken by the "
            "Cabinet Member for Adult Social Care and Public Health, and ask the Cabinet Member "
            "to ensure that the contract requires the provider to pay all staff at least the "
            "real Living Wage.", {"label": "(c)"}),
    ("item", "**Norbridge Community Health NHS Foundation Trust - Community Nursing "
             "Workforce.** The Committee received a written update from the Trust on vacancies, "
             "caseloads and the use of agency staff in community nursing teams. Mrs Carraway "
             "had declared an interest in this item (minute (2) refers). The Chairman explained "
             "that representatives of the Trust had been unable to attend at short notice and "
             "that Members' questions would be sent to the Trust in writing, with the answers to "
             "be published on the Committee's web pages.", {"label": "(7)"}),
    ("sub", "RESOLVED that the written update on the community nursing workforce be noted.",
     {"label": ""}),
    ("item", "**Integrated Sexual Health Service - Commissioning Options.** Dr Rowntree "
             "introduced the report. The current contract with Norbridge Community Health NHS "
             "Foundation Trust, which included an online testing service subcontracted to a "
             "national company, would expire on 31 March 2026. The report set out three options: "
             "a two-year extension, a re-procurement by the County Council alone, or a joint "
             "procurement with Medway Vale Council.", {"label": "(8)"}),
    ("sub", "Mr Hollis asked whether the online testing service would continue under each "
            "option. In answer, Dr Rowntree said that online testing accounted for 41 per cent "
            "of all tests and would be a required element of any new service, whoever delivered "
            "it. Mrs Ingleby asked whether the budget for the service was to be reduced. "
            "Dr Rowntree said the budget was £7.8m a year and there was no proposal to reduce "
            "it, although the public health grant uplift for 2025/26 had not covered pay "
            "inflation in the NHS provider.", {"label": "(a)"}),
    ("sub", "RESOLVED that the Committee recommend to the Cabinet Member for Adult Social Care "
            "and Public Health that the joint procurement option with Medway Vale Council be "
            "pursued.", {"label": "(b)"}),
    ("item", "**Work Programme 2025/26.** Mrs Carraway requested that the Committee receive a "
             "report on delayed hospital discharges and the use of care home beds before next "
             "winter. The Chairman agreed that the item be scheduled for the July meeting.",
     {"label": "(9)"}),
    ("sub", "RESOLVED that the work programme for 2025/26 be agreed, subject to the addition of "
            "a report on delayed hospital discharges in July 2025.", {"label": ""}),
    ("head", "EXEMPT ITEMS", {"space": 0.5}),
    ("p", "(Open access to minutes)", {"align": "L"}),
    ("item", "**Longmarsh Dental Re-procurement - Exempt Appendix (Part B).** RESOLVED that "
             "under Section 100A of the Local Government Act 1972 the press and public be "
             "excluded from the meeting for the following business on the grounds that it "
             "involved the likely disclosure of exempt information as defined in paragraph 3 of "
             "Part 1 of Schedule 12A of the Act.", {"label": "(10)"}),
    ("sub", "The Committee considered Appendix 2 to item (5). The discussion is recorded in a "
            "separate exempt minute, which is not for publication.", {"label": ""}),
    ("sub", "RESOLVED that the exempt information on the Longmarsh re-procurement be noted.",
     {"label": ""}),
    ("p", "The meeting closed at 12.47 pm.", {"align": "L", "space": 10}),
    ("p", "Chairman ........................................        Date ..............................",
     {"align": "L"}),
]

PDF_GOLD = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Health and Adult Social Care Scrutiny Committee",
    "meeting_date": "2025-02-19",
    "items": [
        {"number": "1", "title": "Apologies and Substitutes"},
        {"number": "2", "title": "Declarations of Interests by Members in Items on the Agenda"},
        {"number": "3", "title": "Minutes of the meeting held on 4 December 2024"},
        {"number": "4", "title": "Chairman's Announcements"},
        {"number": "5", "title": "Access to NHS Dentistry"},
        {"number": "6", "title": "Home First Reablement Service - Proposed Contract Award (Decision No. 25/00014)"},
        {"number": "7", "title": "Norbridge Community Health NHS Foundation Trust - Community Nursing Workforce"},
        {"number": "8", "title": "Integrated Sexual Health Service - Commissioning Options"},
        {"number": "9", "title": "Work Programme 2025/26"},
        {"number": "10", "title": "Longmarsh Dental Re-procurement - Exempt Appendix (Part B)"},
    ],
    "questions": [
        Q("5", "question", "whether the new patient premium had made any difference to access",
          "Mr Hollis", "46 of the 112 practices in the county had claimed it",
          "Mr Kowalczyk", ["primary-care", "finance"]),
        Q("5", "question", "what the ICB was doing to replace the activity lost",
          "Mrs Okonedo", "two procurements had been completed, for Thornwick and Eastry Bay",
          "Mr Kowalczyk", ["primary-care", "subcontracting"]),
        Q("5", "question", "whether the ICB had considered directly employed, salaried dentists",
          "Dr Venn", "funded from the dental underspend, and would evaluate them in the summer",
          "Ms Strand", ["primary-care", "workforce"]),
        Q("5", "concern", "expressed concern about the number of children admitted to hospital",
          "Mr Dhaliwal", "there had been 312 such admissions of children aged 0 to 17",
          "Dr Rowntree", ["primary-care", "children-and-families", "public-health"]),
        Q("5", "question", "why the ICB could not simply move the unspent dental budget",
          "Ms Frobisher", "practices could be paid for no more than 110 per cent",
          "Mr Kowalczyk", ["primary-care", "finance"]),
        Q("6", "question", "whether the staff who would transfer had been consulted",
          "Mr Mwangi", "collective consultation with UNISON and GMB had begun on 13 January",
          "Mr Baptiste", ["workforce", "subcontracting", "adult-social-care"]),
        Q("6", "question", "questioned the basis of the projected saving of £1.4m a year",
          "Mrs Carraway", "the saving came mainly from lower management overheads",
          "Mr Baptiste", ["finance", "workforce", "adult-social-care"]),
        Q("6", "concern", "expressed concern about the record of private reablement providers elsewhere",
          "Ms Frobisher", "quality carried 60 per cent of the evaluation weighting",
          "Mr Tolhurst", ["privatisation", "subcontracting", "governance", "adult-social-care"]),
        Q("6", "question", "whether people who had used the service had been asked for their views",
          "Ms Achebe", "a survey of 140 recent users was summarised at Appendix 4",
          "Mr Baptiste", ["patient-and-public-input", "subcontracting", "adult-social-care"]),
        Q("8", "question", "whether the online testing service would continue under each option",
          "Mr Hollis", "online testing accounted for 41 per cent of all tests",
          "Dr Rowntree", ["public-health", "subcontracting"]),
        Q("8", "question", "whether the budget for the service was to be reduced",
          "Mrs Ingleby", "the budget was £7.8m a year and there was no proposal to reduce it",
          "Dr Rowntree", ["finance", "public-health"]),
        Q("9", "request", "requested that the Committee receive a report on delayed hospital discharges",
          "Mrs Carraway", "The Chairman agreed that the item be scheduled for the July meeting",
          "The Chairman", ["adult-social-care"]),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 4 December 2024 are correctly recorded",
          "agreed", []),
        R("5", "the Integrated Care Board be asked to report back in September 2025",
          "agreed", ["primary-care", "subcontracting"]),
        R("6", "the Committee endorse the proposed decision to be taken by the Cabinet Member",
          "agreed", ["subcontracting", "privatisation", "workforce", "adult-social-care"]),
        R("7", "the written update on the community nursing workforce be noted", "noted",
          ["workforce"]),
        R("8", "the joint procurement option with Medway Vale Council be pursued",
          "recommended", ["public-health", "subcontracting"]),
        R("9", "the work programme for 2025/26 be agreed, subject to the addition",
          "agreed", ["adult-social-care"]),
        R("10", "the press and public be excluded from the meeting for the following business",
          "agreed", ["governance"]),
        R("10", "the exempt information on the Longmarsh re-procurement be noted", "noted",
          ["primary-care", "subcontracting"]),
    ],
    "attendees": [
        A("Mr A Pemberton-Hall", "Chairman", "present"),
        A("Mrs B Okonedo", "Vice-Chairman", "present"),
        A("Mr D Ashdown", None, "present"),
        A("Mrs L Carraway", None, "present"),
        A("Mr P Dhaliwal", None, "present"),
        A("Ms J Frobisher", None, "present"),
        A("Mr K Hollis", None, "present"),
        A("Mrs M Ingleby", "Substitute for Mr T Quarrie", "present"),
        A("Mr S Mwangi", None, "present"),
        A("Dr R Venn", None, "present"),
        A("Mr G Tolhurst", "Cabinet Member for Adult Social Care and Public Health", "in_attendance"),
        A("Ms F Achebe", "Chief Executive, Healthwatch Norbridge", "in_attendance"),
        A("Dr C Rowntree", "Director of Public Health", "in_attendance"),
        A("Mr H Baptiste", "Corporate Director Adult Social Care and Health", "in_attendance"),
        A("Ms V Strand", "Director of Primary Care and Community Services, Norbridge and Medway Vale Integrated Care Board", "in_attendance"),
        A("Mr E Kowalczyk", "Head of Dental Commissioning, Norbridge and Medway Vale Integrated Care Board", "in_attendance"),
        A("Mrs W Thackeray", "Senior Scrutiny Research Officer", "in_attendance"),
        A("Miss N Dunmore", "Democratic Services Officer", "in_attendance"),
        A("Mr T Quarrie", None, "apologies"),
        A("Mr J Cheung", None, "apologies"),
    ],
}


class Layout:
    """A tiny justified-text layout engine on top of fpdf2 with hyphenation, run-in bold,
    hanging labels, footnotes at page feet, running headers and footers."""

    PAGE_W, PAGE_H = 210.0, 297.0
    LM, RM, TOP = 25.0, 20.0, 22.0
    TEXT_BOTTOM = 271.0      # last baseline allowed when there are no footnotes
    SIZE, LH = 10.5, 5.1     # body font size (pt) and line height (mm)
    FN_SIZE, FN_LH = 7.8, 3.5

    def __init__(self, header, footer_left):
        from fpdf import FPDF
        self.pdf = FPDF(unit="mm", format="A4")
        self.pdf.set_creation_date(FIXED)
        self.pdf.set_producer("Microsoft® Word for Microsoft 365")
        self.pdf.set_creator("Microsoft® Word for Microsoft 365")
        self.pdf.set_author("Democratic Services")
        self.pdf.set_title("Printed minutes 19th-Feb-2025 10.00 Health and Adult Social Care Scrutiny Committee")
        self.pdf.set_auto_page_break(False)
        self.pdf.add_font("Body", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.pdf.add_font("Body", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.pdf.add_font("Body", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.header = header
        self.footer_left = footer_left
        self.page_no = 0
        self.page_fns = []
        self.new_page()

    # ---- measurement ------------------------------------------------------------------
    def width(self, text, style="", size=None):
        self.pdf.set_font("Body", style if style != "sup" else "", size or (self.SIZE if style != "sup" else 6.5))
        return self.pdf.get_string_width(text)

    def word_width(self, pieces):
        return sum(self.width(t, s) for t, s, _ in pieces)

    # ---- pages --------------------------------------------------------------------------
    def fn_height(self, fns):
        if not fns:
            return 0.0
        h = 4.0
        for n in fns:
            h += len(self.wrap_plain(FOOTNOTES[n], self.PAGE_W - self.LM - self.RM - 5, self.FN_SIZE)) * self.FN_LH + 0.8
        return h

    def wrap_plain(self, text, width, size):
        lines, cur = [], ""
        for w in text.split():
            t = (cur + " " + w).strip()
            if self.width(t, "", size) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def finish_page(self):
        pdf = self.pdf
        # footnotes
        if self.page_fns:
            y = 278.0 - self.fn_height(self.page_fns) + 4.0
            pdf.set_draw_color(0, 0, 0)
            pdf.set_line_width(0.2)
            pdf.line(self.LM, y - 3.0, self.LM + 50, y - 3.0)
            for n in self.page_fns:
                pdf.set_font("Body", "", 6)
                pdf.text(self.LM, y - 0.9, n)
                for i, line in enumerate(self.wrap_plain(FOOTNOTES[n], self.PAGE_W - self.LM - self.RM - 5, self.FN_SIZE)):
                    pdf.set_font("Body", "", self.FN_SIZE)
                    pdf.text(self.LM + 3.5, y, line)
                    y += self.FN_LH
                y += 0.8
        # footer
        pdf.set_font("Body", "", 8)
        pdf.set_text_color(60, 60, 60)
        pdf.text(self.LM, 288, self.footer_left)
        s = str(self.page_no)
        pdf.set_font("Body", "", 9.5)
        pdf.text((self.PAGE_W - pdf.get_string_width(s)) / 2, 288, s)
        pdf.set_text_color(0, 0, 0)

    def new_page(self):
        if self.page_no:
            self.finish_page()
        self.pdf.add_page()
        self.page_no += 1
        self.page_fns = []
        self.y = self.TOP
        if self.page_no > 1:
            pdf = self.pdf
            pdf.set_font("Body", "", 8)
            pdf.set_text_color(60, 60, 60)
            w = pdf.get_string_width(self.header)
            pdf.text(self.PAGE_W - self.RM - w, 13, self.header)
            pdf.set_text_color(0, 0, 0)
            self.y = self.TOP + 2

    # ---- tokenising -------------------------------------------------------------------
    @staticmethod
    def tokenize(markup):
        """-> list of words; each word is a list of (text, style, footnote) pieces."""
        runs = []
        bold = False
        for part in re.split(r"(\*\*|\[\[\d+\]\])", markup):
            if part == "**":
                bold = not bold
            elif part.startswith("[["):
                runs.append((part[2:-2], "sup", part[2:-2]))
            elif part:
                runs.append((part, "B" if bold else "", None))
        words, cur = [], []
        for text, style, fn in runs:
            if style == "sup":
                cur.append((text, "sup", fn))
                continue
            chunks = re.split(r"( )", text)
            for ch in chunks:
                if ch == " ":
                    if cur:
                        words.append(cur)
                        cur = []
                elif ch:
                    cur.append((ch, style, None))
        if cur:
            words.append(cur)
        return words

    # Explicit hyphenation points for long words ("·" marks a permitted break), and a
    # conservative prefix/suffix fallback for other lower-case words.  Names are never split.
    HYPH = {w.replace("·", ""): w for w in """
        com·mu·ni·ty prac·ti·tion·er per·form·ers in·te·grat·ed rec·om·men·da·tions
        re·con·fig·u·ra·tion cir·cu·lat·ed con·sul·ta·tion pro·cure·ment pro·cure·ments
        ap·point·ments con·firmed re·luc·tant con·sid·ered eval·u·ate an·aes·thet·ic
        su·per·vised tooth·brush·ing com·mis·sioned na·tion·al na·tion·al·ly con·tract·ed
        ac·tiv·i·ty gov·ern·ment dis·cussed de·liv·ered en·able·ment fol·low·ing
        com·pet·i·tive in·tro·duced eval·u·at·ed trans·fer suc·cess·ful con·sult·ed
        col·lec·tive mem·ber·ship de·pend·ed man·age·ment tech·nol·o·gy em·ployed
        re·able·ment neigh·bour·ing in·ad·e·quate eval·u·a·tion weight·ing
        per·for·mance sum·ma·rised ex·cel·lent work·force case·loads rep·re·sent·a·tives
        pub·lished sub·con·tract·ed ex·ten·sion re·cord·ed pub·li·ca·tion in·for·ma·tion
        dis·clo·sure dis·charg·es pro·gramme an·nounce·ments sub·sti·tutes chair·man
        re·sponse dec·la·ra·tions de·clared re·mained dis·cus·sion re·con·fig·u·ra·tion
        in·formed ac·cept·ed vul·ner·a·ble un·der·spend un·der·spent ring·fenced pa·tients
        nurs·eries pri·ma·ry ad·mis·sions gen·er·al re·quired pro·tect·ed ques·tioned
        pro·ject·ed start·ers over·heads sched·ul·ing pro·vid·er pro·vid·ers
        prac·tic·es re·ceived ex·plained rep·re·sen·ta·tives re·port·ed va·can·cies
        op·tions in·flu·ence in·fla·tion de·liv·ered el·e·ment dis·charg·es
        ad·di·tion sched·uled con·sid·ered ex·clud·ed dis·clo·sure sep·a·rate
        de·fined at·tend·ance at·tend·ed demo·crat·ic sub·sti·tute re·ceived
        den·tal den·tist den·tists den·tist·ry ur·gent ser·vice ser·vices sal·a·ried
        de·cem·ber feb·ru·ary cur·rent·ly ex·ter·nal pen·sion
        re·ad·ver·tised con·tin·ued re·duced con·tin·ue on·line test·ing
        """.split()}
    SUFFIXES = ("ations", "ation", "tions", "tion", "sions", "sion", "ments", "ment", "ness",
                "ings", "ing", "ship", "able")
    PREFIXES = ("under", "inter", "over", "trans", "sub", "dis", "con", "com")

    def split_points(self, word):
        """Candidate hyphenation points as (index, mark) for one word."""
        m = re.fullmatch(r"([A-Za-z]+)((?:'s)?[,.;:)]*)", word)
        if not m:
            # a compound with a hyphen may break after the hyphen
            if "-" in word.strip("-"):
                i = word.index("-") + 1
                if i >= 3 and len(word) - i >= 3:
                    return [(i, "")]
            return []
        core = m.group(1)
        low = core.lower()
        pts = []
        if low in self.HYPH:
            pos = 0
            for chunk in self.HYPH[low].split("·")[:-1]:
                pos += len(chunk)
                pts.append(pos)
        elif core[0].islower() and len(core) >= 8:
            for suf in self.SUFFIXES:
                if low.endswith(suf) and len(low) - len(suf) >= 4:
                    pts.append(len(low) - len(suf))
                    break
            for pre in self.PREFIXES:
                if low.startswith(pre) and len(low) - len(pre) >= 4 and low[len(pre)] not in "aeiou":
                    pts.append(len(pre))
                    break
        return [(i, "-") for i in sorted(set(pts)) if i >= 2 and len(core) - i >= 3]

    # ---- paragraph layout ------------------------------------------------------------
    def paragraph(self, markup, x0, x1, first_x=None, align="J", size=None, label=None,
                  label_x=None, label_style="B", space=2.6):
        words = self.tokenize(markup)
        width_full = x1 - x0
        space_w = self.width(" ")
        lines = []  # list of (words, is_last)
        cur, cur_w = [], 0.0
        queue = list(words)
        while queue:
            w = queue.pop(0)
            ww = self.word_width(w)
            need = ww + (space_w if cur else 0)
            if cur_w + need <= width_full or not cur:
                cur.append(w)
                cur_w += need
                continue
            # try hyphenation of a single-piece plain word
            placed = False
            if len(w) == 1 and w[0][1] in ("", "B"):
                text, style, _ = w[0]
                avail = width_full - cur_w - space_w
                best = None
                for i, mark in self.split_points(text):
                    head = text[:i] + mark
                    if self.width(head, style) <= avail:
                        best = (i, mark)
                if best:
                    i, mark = best
                    cur.append([(text[:i] + mark, style, None)])
                    queue.insert(0, [(text[i:], style, None)])
                    placed = True
            lines.append(cur)
            cur, cur_w = [], 0.0
            if not placed:
                queue.insert(0, w)
        if cur:
            lines.append(cur)

        pdf = self.pdf
        for li, line in enumerate(lines):
            fns = [p[2] for wd in line for p in wd if p[2]]
            limit = 278.0 - self.fn_height(self.page_fns + fns) if (self.page_fns or fns) else self.TEXT_BOTTOM
            if self.y + self.LH > limit:
                self.new_page()
            self.page_fns.extend(fns)
            base = self.y + 3.9
            if li == 0 and label:
                pdf.set_font("Body", label_style, self.SIZE)
                pdf.text(label_x, base, label)
            last = li == len(lines) - 1
            natural = sum(self.word_width(w) for w in line)
            gaps = len(line) - 1
            if align == "J" and not last and gaps > 0:
                gap = (width_full - natural) / gaps
            else:
                gap = space_w
            x = x0
            for w in line:
                for text, style, fn in w:
                    if style == "sup":
                        pdf.set_font("Body", "", 6.5)
                        pdf.text(x, base - 1.2, text)
                        x += pdf.get_string_width(text)
                    else:
                        pdf.set_font("Body", style, self.SIZE)
                        pdf.text(x, base, text)
                        x += pdf.get_string_width(text)
                x += gap
            self.y += self.LH
        self.y += space

    def centred(self, text, size=11.5, style="B", space=1.5):
        pdf = self.pdf
        pdf.set_font("Body", style, size)
        w = pdf.get_string_width(text)
        pdf.text((self.PAGE_W - w) / 2, self.y + 4.5, text)
        self.y += 6.0 + space

    def output(self, path):
        self.finish_page()
        self.pdf.output(str(path))


def build_pdf():
    lay = Layout(header="Health and Adult Social Care Scrutiny Committee - 19 February 2025",
                 footer_left="Chairman's initials ..........")
    x1 = Layout.PAGE_W - Layout.RM
    L = Layout.LM
    for kind, text, opt in PDF_PARAS:
        space = opt.get("space", 2.6)
        if kind == "title":
            lay.centred(text, space=opt.get("space", 1.0))
        elif kind == "head":
            lay.paragraph("**" + text + "**", L, x1, align="L", space=opt.get("space", 2.6))
        elif kind == "p":
            lay.paragraph(text, L, x1, align=opt.get("align", "J"), space=space)
        elif kind == "item":
            lay.paragraph(text, L + 12, x1, label=opt["label"], label_x=L, space=space)
        elif kind == "sub":
            lay.paragraph(text, L + 21, x1, label=opt["label"] or None, label_x=L + 12,
                          label_style="", space=space)
        elif kind == "subsub":
            lay.paragraph(text, L + 31, x1, label=opt["label"], label_x=L + 22,
                          label_style="", space=space)
    lay.output(DOCS / PDF_NAME)


# ======================================================================================
# 3. Word minutes with style-linked "Minute %1." heading numbering (Rivenhall Council)
# ======================================================================================

DOCX_NAME = "t-rivenhall-asch-select-minutes-2025-01-28.docx"

# Body structure: ("h", title) = Heading 2 (auto-numbered "Minute 31." ...);
# ("p", text) plain paragraph; ("lp", label, text) labelled paragraph (bold label);
# ("b", text) bold paragraph; ("table", [rows]) action table; ("i", text) italic paragraph
DOCX_BODY = [
    ("h", "Apologies for Absence and Substitutions"),
    ("p", "Apologies for absence were received from Councillor Neville Ashworth (Councillor Lorna "
          "McBride substituting) and from Councillor Priscilla Hale. Councillor Osei-Bonsu had "
          "given notice that he would arrive late and joined the meeting at 2.25 pm, during "
          "Minute 34."),
    ("h", "Declarations of Interest"),
    ("p", "Councillor Tait declared a non-pecuniary interest in Minute 36 (Carers' Strategy) as a "
          "trustee of Rivenhall Carers' Centre, and left the meeting for that item."),
    ("p", "Councillor Fairweather declared that he was an appointed governor of Rivenhall and "
          "Stourbank Hospitals NHS Foundation Trust. He did not consider this prevented him from "
          "taking part in any item."),
    ("h", "Minutes of the Previous Meeting"),
    ("lp", "AGREED:", "That the minutes of the meeting held on 26 November 2024 be confirmed as a "
                      "correct record and signed by the Chair."),
    ("h", "Public Questions"),
    ("p", "The Chair welcomed members of the public to the meeting. Four questions had been "
          "received in advance in accordance with the Committee's procedure rules and were put "
          "at the meeting. The questions and the answers given are recorded below."),
    ("lp", "Q.", "Mr Aurelio Bastos (Stourbank): The consultation on the future of Elmfield Day "
                 "Centre ran for only eight weeks, over Christmas. Why was it not extended to the "
                 "usual twelve weeks, given how many families were away or unwell?"),
    ("lp", "A.", "Councillor Qureshi (Cabinet Member for Adult Social Care and Housing): There is "
                 "no statutory minimum period for a consultation of this kind. Eight weeks was "
                 "judged proportionate, and the closing date was extended by a week to 10 January "
                 "because of the Christmas period. More than 300 responses were received."),
    ("lp", "Q.", "Mr Bastos (supplementary): Will the Cabinet Member publish all of the "
                 "responses, not just the summary?"),
    ("lp", "A.", "Councillor Qureshi: The full consultation report, including anonymised "
                 "responses, is Appendix B to the report considered under Minute 35 and is "
                 "already published."),
    ("lp", "Q.", "Ms Delyth Rowe, on behalf of Rivenhall Carers' Centre: How many carers' "
                 "assessments were completed in 2023/24, and how many carers are currently waiting "
                 "for one?"),
    ("lp", "A.", "Adeola Martins (Executive Director of Adult Social Care and Health): 1,486 "
                 "carers' assessments were completed in 2023/24. At 31 December 2024, 212 carers "
                 "were waiting, of whom 58 had waited more than 28 days. A breakdown by locality "
                 "will be sent to Ms Rowe."),
    ("lp", "Q.", "Mr Terence Hollins: Is it true that the Council intends to sell the Elmfield site "
                 "to a developer for housing, and if so will the proceeds be used for adult social "
                 "care?"),
    ("lp", "A.", "Councillor Qureshi: No decision has been taken on the future of the site. Any "
                 "disposal would be a matter for Cabinet and would follow the Council's asset "
                 "disposal policy."),
    ("table", [("Action", "By whom", "By when"),
               ("Send Ms Rowe a breakdown by locality of carers waiting for an assessment",
                "Adeola Martins", "14 February 2025")]),
    ("h", "Elmfield Day Centre - Outcome of Consultation and Future of Day Opportunities"),
    ("p", "Craig Whitfield, Head of Commissioning (Care, Support and Prevention), presented the "
          "report, which set out the outcome of the eight-week consultation on the proposal to "
          "close Elmfield Day Centre and to commission day opportunities for its 41 current "
          "attendees from voluntary sector and independent providers. The proposal would save an "
          "estimated £386,000 a year from 2025/26. Of 318 consultation responses, 71 per cent "
          "opposed the closure."),
    ("p", "Councillor Anwar asked how many of the 41 people who currently attended Elmfield had "
          "been reassessed and how many had an alternative placement identified. Ms Martins "
          "responded that 29 reviews had been completed and that 17 people had a placement "
          "identified; the remaining reviews would be completed by the end of February. "
          "Councillor Dunmore raised concerns that voluntary sector providers relied on "
          "short-term grants and might not be able to guarantee places for people with complex "
          "needs, and questioned whether any of them could offer personal care. Mr Whitfield said "
          "that two of the four providers in the proposed framework were registered with the CQC "
          "for personal care, and that the contracts would run for three years with an option to "
          "extend for two, which would give providers more certainty than grant funding. "
          "Councillor Stannard sought clarification of the savings figure, noting that the cost "
          "of transport to more distant venues did not appear to have been included. "
          "Mr Whitfield confirmed that transport costs of around £64,000 a year had been netted "
          "off the headline figure in the financial appendix, but acknowledged that this should "
          "have been clearer in the report."),
    ("p", "Councillor Penhallow moved an amendment, seconded by Councillor Dunmore, to add a "
          "further recommendation to Cabinet: \u201c(d) that the closure of Elmfield Day Centre "
          "should not take effect until every current attendee has an agreed alternative placement "
          "in place.\u201d Following debate, the amendment was put to the vote and was CARRIED "
          "(For: 6; Against: 2; Abstentions: 1)."),
    ("p", "The substantive recommendations, as amended, were then put to the vote (For: 7; "
          "Against: 0; Abstentions: 2) and it was"),
    ("lp", "AGREED:", "That the Committee recommends to Cabinet that:"),
    ("p", "(a)\tthe outcome of the consultation set out at Appendix B be noted;"),
    ("p", "(b)\tthe proposed framework for day opportunities be approved, subject to at least one "
          "provider being able to offer personal care in each locality;"),
    ("p", "(c)\tthe full cost of transport be shown separately in the report to Cabinet; and"),
    ("p", "(d)\tthe closure of Elmfield Day Centre should not take effect until every current "
          "attendee has an agreed alternative placement in place."),
    ("table", [("Action", "By whom", "By when"),
               ("Show the full cost of transport as a separate line in the Cabinet report",
                "Craig Whitfield", "3 February 2025 (Cabinet report deadline)"),
               ("Circulate an anonymised list of reviews completed and placements identified",
                "Adeola Martins", "28 February 2025")]),
    ("h", "Rivenhall Carers' Strategy 2025-2030"),
    ("i", "Councillor Tait, having declared an interest, left the meeting for this item."),
    ("p", "Dr Sushila Banerjee, Consultant in Public Health, and Adeola Martins presented the "
          "draft strategy, which had been co-produced with carers through twelve workshops and "
          "set six priorities, including carers' own health and wellbeing, access to breaks and "
          "support for young carers."),
    ("p", "Councillor McBride asked how young carers would be identified, given that many did "
          "not see themselves as carers; Dr Banerjee said that the Council was working with "
          "schools to include a question in the annual pupil survey and that the young carers' "
          "service had been extended to sixth-form colleges. Councillor Osei-Bonsu commented that "
          "the strategy had no funding attached to it and that funding for carers' breaks had been "
          "reduced in 2023. Ms Martins said that the Better Care Fund contribution to carers' "
          "services had been protected at £1.2m for 2025/26, although she agreed that the action "
          "plan should show the funding against each priority."),
    ("lp", "NOTED:", "The draft Carers' Strategy 2025-2030, and that the Committee's comments will "
                     "be reported to Cabinet on 13 February 2025."),
    ("h", "Rivenhall and Stourbank ICB - Joint Forward Plan and Financial Position"),
    ("p", "Felicity Drummond, Director of Strategy and Partnerships, gave a presentation. The ICB "
          "was forecasting a deficit of £46m for 2024/25 and had been asked by NHS England to "
          "deliver a balanced position in 2025/26, which would require savings of around 6 per "
          "cent across the system."),
    ("p", "Councillor Fairweather asked what the deficit would mean for community services in "
          "Rivenhall and whether any services would be cut; Ms Drummond replied that no "
          "decisions had been taken, but that all discretionary and \u2018low value\u2019 services "
          "were being reviewed and that any significant change would be brought to the Committee "
          "before a decision was made. Councillor Stannard asked whether the ICB would continue to "
          "meet the mental health investment standard; he was told that it would, and that "
          "spending on mental health would rise by 5.1 per cent in 2025/26. The Chair asked how "
          "much planned surgery was now being bought from the independent sector, expressing "
          "concern that NHS money was flowing to private hospitals while operating theatres at "
          "Stourbank were under-used. Ms Drummond said that about 14 per cent of elective "
          "activity was delivered by independent sector providers under the national patient "
          "choice rules, and that the ICB could not restrict patients' choice of provider."),
    ("lp", "NOTED:", "The presentation on the ICB's financial position for 2024/25 and 2025/26."),
    ("h", "Healthwatch Rivenhall - Quarterly Report"),
    ("p", "The report was received without discussion."),
    ("lp", "NOTED:", "The Healthwatch Rivenhall quarterly report for October to December 2024."),
    ("h", "Work Programme"),
    ("p", "Jonathan Pryce presented the work programme. Members suggested no further changes."),
    ("lp", "AGREED:", "That the work programme for the remainder of 2024/25 be approved, with the "
                      "implementation of the Elmfield Day Centre decision added for April."),
    ("h", "Date of Next Meeting"),
    ("p", "Tuesday 11 March 2025 at 2.00 pm in the Council Chamber, Rivenhall Town Hall."),
]

DOCX_GOLD = {
    "document": DOCX_NAME,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Health Select Committee",
    "meeting_date": "2025-01-28",
    "items": [
        {"number": str(31 + i), "title": t} for i, t in enumerate(
            [x[1] for x in DOCX_BODY if x[0] == "h"])
    ],
    "questions": [
        Q("34", "question", "Why was it not extended to the usual twelve weeks",
          "Mr Aurelio Bastos", "the closing date was extended by a week to 10 January",
          "Councillor Qureshi", ["patient-and-public-input", "adult-social-care"]),
        Q("34", "question", "Will the Cabinet Member publish all of the responses, not just the summary",
          "Mr Bastos", "The full consultation report, including anonymised responses, is Appendix B",
          "Councillor Qureshi", ["patient-and-public-input"]),
        Q("34", "question", "How many carers' assessments were completed in 2023/24",
          "Ms Delyth Rowe", "At 31 December 2024, 212 carers were waiting",
          "Adeola Martins", ["adult-social-care"]),
        Q("34", "question", "intends to sell the Elmfield site to a developer for housing",
          "Mr Terence Hollins", "No decision has been taken on the future of the site",
          "Councillor Qureshi", ["finance", "housing", "adult-social-care"]),
        Q("35", "question", "how many of the 41 people who currently attended Elmfield had been reassessed",
          "Councillor Anwar", "29 reviews had been completed and that 17 people had a placement identified",
          "Ms Martins", ["adult-social-care"]),
        Q("35", "concern", "voluntary sector providers relied on short-term grants",
          "Councillor Dunmore",
          "two of the four providers in the proposed framework were registered with the CQC",
          "Mr Whitfield", ["subcontracting", "finance", "adult-social-care"]),
        Q("35", "question", "sought clarification of the savings figure, noting that the cost of transport",
          "Councillor Stannard", "transport costs of around £64,000 a year had been netted off",
          "Mr Whitfield", ["finance", "adult-social-care"]),
        Q("36", "question", "how young carers would be identified, given that many did not see themselves",
          "Councillor McBride", "include a question in the annual pupil survey",
          "Dr Banerjee", ["children-and-families", "adult-social-care"]),
        Q("36", "comment", "the strategy had no funding attached to it",
          "Councillor Osei-Bonsu",
          "the Better Care Fund contribution to carers' services had been protected",
          "Ms Martins", ["finance", "adult-social-care", "integration"]),
        Q("37", "question", "what the deficit would mean for community services in Rivenhall",
          "Councillor Fairweather", "all discretionary and 'low value' services were being reviewed",
          "Ms Drummond", ["finance"]),
        Q("37", "question", "whether the ICB would continue to meet the mental health investment standard",
          "Councillor Stannard", "spending on mental health would rise by 5.1 per cent",
          None, ["mental-health", "finance"]),
        Q("37", "question", "how much planned surgery was now being bought from the independent sector",
          "The Chair",
          "about 14 per cent of elective activity was delivered by independent sector providers",
          "Ms Drummond", ["privatisation", "subcontracting", "finance"]),
    ],
    "resolutions": [
        R("33", "the minutes of the meeting held on 26 November 2024 be confirmed", "agreed", []),
        R("35", "the amendment was put to the vote and was CARRIED", "agreed",
          ["adult-social-care"]),
        R("35", "the proposed framework for day opportunities be approved, subject to at least one provider",
          "recommended", ["adult-social-care", "subcontracting"]),
        R("36", "and that the Committee's comments will be reported to Cabinet on 13 February",
          "noted", ["adult-social-care"]),
        R("37", "The presentation on the ICB's financial position for 2024/25 and 2025/26",
          "noted", ["finance"]),
        R("38", "The Healthwatch Rivenhall quarterly report for October to December 2024",
          "noted", ["patient-and-public-input"]),
        R("39", "the work programme for the remainder of 2024/25 be approved", "agreed",
          ["adult-social-care"]),
    ],
    "attendees": [
        A("Councillor Margaret Ellison", "Chair", "present"),
        A("Councillor Rhys Penhallow", "Vice-Chair", "present"),
        A("Bashir Anwar", None, "present"),
        A("Colette Dunmore", None, "present"),
        A("Gideon Fairweather", None, "present"),
        A("Lorna McBride", "Substitute", "present"),
        A("Kwame Osei-Bonsu", None, "present"),
        A("Oliver Stannard", None, "present"),
        A("Yasmin Tait", None, "present"),
        A("Councillor Hamid Qureshi", "Cabinet Member for Adult Social Care and Housing", "in_attendance"),
        A("Adeola Martins", "Executive Director of Adult Social Care and Health", "in_attendance"),
        A("Craig Whitfield", "Head of Commissioning (Care, Support and Prevention)", "in_attendance"),
        A("Dr Sushila Banerjee", "Consultant in Public Health", "in_attendance"),
        A("Jonathan Pryce", "Senior Democratic Services and Scrutiny Officer", "in_attendance"),
        A("Felicity Drummond", "Director of Strategy and Partnerships, Rivenhall and Stourbank Integrated Care Board", "in_attendance"),
        A("Matthew Oyelaran", "Chief Executive, Healthwatch Rivenhall", "in_attendance"),
        A("Councillor Neville Ashworth", None, "apologies"),
        A("Councillor Priscilla Hale", None, "apologies"),
    ],
}


def _qn(tag):
    from docx.oxml.ns import qn
    return qn(tag)


def _el(tag, **attrs):
    from docx.oxml import OxmlElement
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(_qn(k), str(v))
    return e


def _add_field(paragraph, instr):
    run = paragraph.add_run()
    r = run._r
    b = _el("w:fldChar", **{"w:fldCharType": "begin"})
    r.append(b)
    run2 = paragraph.add_run()
    it = _el("w:instrText")
    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    it.text = f" {instr} "
    run2._r.append(it)
    run3 = paragraph.add_run()
    run3._r.append(_el("w:fldChar", **{"w:fldCharType": "separate"}))
    paragraph.add_run("1")
    run4 = paragraph.add_run()
    run4._r.append(_el("w:fldChar", **{"w:fldCharType": "end"}))


def _fix_zip(path):
    """Rewrite the zip with fixed timestamps so the build is byte-for-byte repeatable."""
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 30, 11, 2, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def build_docx():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm, RGBColor

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Jonathan Pryce"
    cp.last_modified_by = "Jonathan Pryce"
    cp.title = "Minutes - Adult Social Care and Health Select Committee - 28 January 2025"
    cp.created = dt.datetime(2025, 1, 29, 10, 12, 0)
    cp.modified = dt.datetime(2025, 1, 30, 11, 2, 0)
    cp.revision = 7
    cp.comments = ""

    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)

    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)

    h2 = d.styles["Heading 2"]
    h2.font.name = "Arial"
    h2.font.size = Pt(12)
    h2.font.color.rgb = RGBColor(0, 0, 0)
    h2.paragraph_format.space_before = Pt(12)

    # ---- numbering: "Minute %1." starting at 31, linked to the Heading 2 style --------
    numbering = d.part.numbering_part.element
    abs_id = 1 + max(int(e.get(_qn("w:abstractNumId"))) for e in numbering.iter(_qn("w:abstractNum")))
    num_id = 1 + max(int(e.get(_qn("w:numId"))) for e in numbering.iter(_qn("w:num")))
    absnum = _el("w:abstractNum", **{"w:abstractNumId": abs_id})
    absnum.append(_el("w:nsid", **{"w:val": "5A3C21F0"}))
    absnum.append(_el("w:multiLevelType", **{"w:val": "singleLevel"}))
    absnum.append(_el("w:tmpl", **{"w:val": "0B1C4E22"}))
    lvl = _el("w:lvl", **{"w:ilvl": 0})
    lvl.append(_el("w:start", **{"w:val": 31}))
    lvl.append(_el("w:numFmt", **{"w:val": "decimal"}))
    lvl.append(_el("w:pStyle", **{"w:val": "Heading2"}))
    lvl.append(_el("w:lvlText", **{"w:val": "Minute %1."}))
    lvl.append(_el("w:lvlJc", **{"w:val": "left"}))
    ppr = _el("w:pPr")
    tabs = _el("w:tabs")
    tabs.append(_el("w:tab", **{"w:val": "num", "w:pos": 1560}))
    ppr.append(tabs)
    ppr.append(_el("w:ind", **{"w:left": 1560, "w:hanging": 1560}))
    lvl.append(ppr)
    absnum.append(lvl)
    first_num = numbering.find(_qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    num = _el("w:num", **{"w:numId": num_id})
    num.append(_el("w:abstractNumId", **{"w:val": abs_id}))
    numbering.append(num)
    # link the style to the list (the headings themselves carry no numPr)
    style_ppr = h2.element.get_or_add_pPr()
    numpr = style_ppr.get_or_add_numPr()
    numpr.get_or_add_numId().val = num_id

    # ---- header / footer ------------------------------------------------------------
    hp = sec.header.paragraphs[0]
    hp.text = "Rivenhall Council \u2013 Adult Social Care and Health Select Committee"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("28 January 2025 \u2013 Page ")
    _add_field(fp, "PAGE")
    fp.add_run(" of ")
    _add_field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(8)
    fp2 = sec.footer.add_paragraph("Chair\u2019s initials: ________")
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp2.runs[0].font.size = Pt(8)

    # ---- front matter -----------------------------------------------------------------
    def para(text="", bold=False, align=None, size=None, italic=False, after=None):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        return p

    para("RIVENHALL COUNCIL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, after=0)
    para("ADULT SOCIAL CARE AND HEALTH SELECT COMMITTEE", bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
    para("MINUTES of the meeting held on Tuesday 28 January 2025 at 2.00 pm in the Council "
         "Chamber, Rivenhall Town Hall", align=WD_ALIGN_PARAGRAPH.CENTER)

    def labelled(label, text, tab=True):
        p = d.add_paragraph()
        r = p.add_run(label)
        r.bold = True
        p.add_run(("\t" if tab else " ") + text)
        p.paragraph_format.left_indent = Cm(3.2)
        p.paragraph_format.first_line_indent = Cm(-3.2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
        return p

    labelled("Present:", "Councillor Margaret Ellison (Chair); Councillor Rhys Penhallow "
             "(Vice-Chair); Councillors Bashir Anwar, Colette Dunmore, Gideon Fairweather, "
             "Lorna McBride (substitute), Kwame Osei-Bonsu, Oliver Stannard and Yasmin Tait")
    labelled("Also present:", "Councillor Hamid Qureshi \u2013 Cabinet Member for Adult Social "
             "Care and Housing")
    p = labelled("Officers:", "Adeola Martins \u2013 Executive Director of Adult Social Care and Health")
    for line in ["Craig Whitfield \u2013 Head of Commissioning (Care, Support and Prevention)",
                 "Dr Sushila Banerjee \u2013 Consultant in Public Health",
                 "Jonathan Pryce \u2013 Senior Democratic Services and Scrutiny Officer"]:
        r = p.add_run()
        r.add_break()
        p.add_run(line)
    p = labelled("Partners:", "Felicity Drummond \u2013 Director of Strategy and Partnerships, "
                 "Rivenhall and Stourbank Integrated Care Board")
    r = p.add_run()
    r.add_break()
    p.add_run("Matthew Oyelaran \u2013 Chief Executive, Healthwatch Rivenhall (attended virtually)")
    para("")

    # ---- body ---------------------------------------------------------------------
    for entry in DOCX_BODY:
        kind = entry[0]
        if kind == "h":
            d.add_paragraph(entry[1], style="Heading 2")
        elif kind == "p":
            p = d.add_paragraph(entry[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if entry[1].startswith("("):
                p.paragraph_format.left_indent = Cm(2.0)
                p.paragraph_format.first_line_indent = Cm(-1.0)
            else:
                p.paragraph_format.left_indent = Cm(1.0)
        elif kind == "i":
            p = d.add_paragraph()
            p.add_run(entry[1]).italic = True
            p.paragraph_format.left_indent = Cm(1.0)
        elif kind == "lp":
            label, text = entry[1], entry[2]
            p = d.add_paragraph()
            p.add_run(label).bold = True
            p.add_run("\t" + text)
            p.paragraph_format.left_indent = Cm(2.6)
            p.paragraph_format.first_line_indent = Cm(-1.6)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(2.6))
        elif kind == "table":
            rows = entry[1]
            t = d.add_table(rows=len(rows), cols=3)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell_text in enumerate(row):
                    c = t.cell(i, j)
                    c.text = ""
                    run = c.paragraphs[0].add_run(cell_text)
                    run.font.size = Pt(9)
                    if i == 0:
                        run.bold = True
            widths = [Cm(9.5), Cm(3.5), Cm(3.6)]
            for row in t.rows:
                for j, c in enumerate(row.cells):
                    c.width = widths[j]
            para("", after=2)

    para("The meeting ended at 4.48 pm.", italic=True)
    para("")
    para("Chair: ......................................................        "
         "Date: ..............................")

    path = DOCS / DOCX_NAME
    d.save(str(path))
    _fix_zip(path)


# ======================================================================================
# 4. Not minutes: an FAQ leaflet (Northmoor County Council / community trust)
# ======================================================================================

HTML_NAME = "t-northmoor-larkspur-ward-faq.html"

FAQ = [
    ("What is changing?",
     "From 7 April 2025 the 18 inpatient beds on Larkspur Ward at Millbrook Community Hospital "
     "will close for at least six months. Patients who need rehabilitation after a hospital stay "
     "will instead be supported at home by the Millbrook Home First team, or in one of 12 "
     "'step-down' beds in local care homes that the NHS trust will pay for."),
    ("Why is the ward closing?",
     "The ward cannot be safely staffed. At the end of February, 11 of its 26 registered nurse "
     "posts were vacant, and the ward relied on agency nurses for almost half of its shifts. "
     "The trust's medical director and chief nurse have advised that this is not safe to "
     "continue."),
    ("Is this a permanent closure?",
     "No decision has been made about the long-term future of the ward. The trust will review "
     "the position in October 2025. Any proposal to close the ward permanently would be subject "
     "to public consultation and would be discussed with the County Council's Health Overview "
     "and Scrutiny Committee first."),
    ("Has the Health Overview and Scrutiny Committee been told?",
     "Yes. The proposal was reported to the Committee on 4 March 2025. Councillors asked the "
     "trust to come back in July with an update on recruitment and on how patients have been "
     "affected. You can read the report and the minutes of that meeting on the Council's "
     "website."),
    ("Will the rest of Millbrook Community Hospital stay open?",
     "Yes. The minor injuries unit, outpatient clinics, X-ray, the phlebotomy service and the "
     "community dental clinic are not affected."),
    ("Where will patients go instead?",
     "Most patients will go home with support from the Home First team, which includes nurses, "
     "therapists and care workers. Patients who cannot go home straight away will be offered a "
     "step-down bed in a care home as close to Millbrook as possible. We expect most of these "
     "beds to be within 10 miles."),
    ("Will I have to pay for a step-down bed in a care home?",
     "No. Step-down care for up to six weeks after a hospital stay is free. If you need care "
     "after that, social care staff will talk to you about your options and any charges."),
    ("What about staff who work on Larkspur Ward?",
     "No one will lose their job. Staff have been offered posts in the Home First team or on "
     "other wards, and the trust is continuing to recruit nurses so that the ward can reopen."),
    ("Is the service being handed over to a private company?",
     "No. The Home First team is run by Northmoor Community Healthcare NHS Trust. The 12 "
     "step-down beds are in independent care homes, as most care homes in the county are, and "
     "the beds are paid for by the NHS."),
    ("How will visitors get to the care homes?",
     "We know this is a concern, especially for people without a car. The Council's "
     "Community Transport scheme can help, and the trust will meet reasonable travel costs for "
     "close family members who receive certain benefits."),
    ("Can I give my views?",
     "Yes. Please fill in our short survey by 30 June 2025, or speak to Healthwatch Northmoor on "
     "0300 555 0174. Your feedback will be included in the report to the Committee in July."),
    ("Who can I contact with a question not answered here?",
     "Email larkspur.changes@northmoor-community.nhs.example or call the Patient Advice and "
     "Liaison Service (PALS) on 0300 555 0190, Monday to Friday, 9am to 4pm."),
]


def build_html():
    esc = html.escape
    parts = []
    for q, a in FAQ:
        parts.append(
            '      <div class="faq">\n'
            f'        <p class="faq__q"><strong>Q:</strong> {esc(q)}</p>\n'
            f'        <p class="faq__a"><strong>A:</strong> {esc(a)}</p>\n'
            '      </div>')
    body = "\n".join(parts)
    doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Larkspur Ward, Millbrook Community Hospital: frequently asked questions | Northmoor County Council</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Questions and answers about the temporary closure of Larkspur Ward at Millbrook Community Hospital from April 2025.">
  <link rel="stylesheet" href="/assets/css/northmoor.min.css?v=4.12.0">
</head>
<body class="page page--leaflet">
  <div class="cookie-banner" role="region" aria-label="Cookies on northmoor.gov.example">
    <p>We use some essential cookies to make this website work. <a href="/cookies">Cookie settings</a></p>
  </div>
  <header class="site-header">
    <a class="site-header__logo" href="/">Northmoor County Council</a>
    <nav class="site-nav" aria-label="Main">
      <ul>
        <li><a href="/adult-social-care">Adult social care</a></li>
        <li><a href="/health">Health and wellbeing</a></li>
        <li><a href="/council-and-democracy">Council and democracy</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <a href="/">Home</a> &gt; <a href="/health">Health and wellbeing</a> &gt;
    <a href="/health/nhs-changes">Changes to local NHS services</a> &gt; Larkspur Ward FAQs
  </nav>
  <main id="main">
    <article>
      <h1>Larkspur Ward, Millbrook Community Hospital: frequently asked questions</h1>
      <p class="lede">This leaflet was produced jointly by Northmoor Community Healthcare NHS
      Trust and Northmoor County Council. It answers the questions we have been asked most often
      since the temporary closure of Larkspur Ward was announced. A printable version and an
      Easy Read version are available from the links at the end of this page.</p>
{body}
      <h2>Other formats</h2>
      <ul>
        <li><a href="/downloads/larkspur-faq-print.pdf">Printable leaflet (PDF, 212KB)</a></li>
        <li><a href="/downloads/larkspur-faq-easy-read.pdf">Easy Read version (PDF, 1.1MB)</a></li>
      </ul>
      <p class="meta">Leaflet reference NCHT/COMMS/0425/07. Page last updated: 17 March 2025.</p>
    </article>
  </main>
  <aside class="feedback">
    <p>Was this page helpful? <a href="/feedback?page=larkspur-faq&amp;answer=yes">Yes</a> |
    <a href="/feedback?page=larkspur-faq&amp;answer=no">No</a></p>
  </aside>
  <footer class="site-footer">
    <p>&copy; Northmoor County Council, County Hall, Northmoor. <a href="/accessibility">Accessibility statement</a> |
    <a href="/privacy">Privacy</a> | <a href="/contact">Contact us</a></p>
  </footer>
</body>
</html>
"""
    (DOCS / HTML_NAME).write_text(doc, encoding="utf-8")


HTML_GOLD = {"document": HTML_NAME, "doc_type": "other"}


# ======================================================================================
# check mode
# ======================================================================================

ALL_GOLD = [TXT_GOLD, PDF_GOLD, DOCX_GOLD, HTML_GOLD]
KINDS = {"question", "concern", "request", "comment"}
OUTCOMES = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
ATTENDANCE = {"present", "apologies", "in_attendance", "absent"}


def theme_slugs():
    slugs = set()
    for line in THEMES_YML.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([a-z][a-z0-9-]*):\s*$", line)
        if m and m.group(1) != "ignore_names":
            slugs.add(m.group(1))
    return slugs


def source_text(path):
    suf = path.suffix.lower()
    if suf == ".txt":
        return path.read_text(encoding="utf-8")
    if suf == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if suf == ".docx":
        import docx
        d = docx.Document(str(path))
        out = []
        body = d.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append(_docx_par_text(child))
            elif tag == "tbl":
                for tr in child.iter(_qn("w:tr")):
                    cells = []
                    for tc in tr.iter(_qn("w:tc")):
                        cells.append(" ".join(_docx_par_text(p) for p in tc.iter(_qn("w:p"))))
                    out.append(" | ".join(cells))
        return "\n".join(out)
    if suf == ".html":
        raw = path.read_text(encoding="utf-8")
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    raise ValueError(path)


def _docx_par_text(p):
    out = []
    for el in p.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "t":
            out.append(el.text or "")
        elif tag in ("br", "cr"):
            out.append("\n")
        elif tag == "tab":
            out.append("\t")
    return "".join(out)


def tokens(s):
    return re.findall(r"\w+", s.lower())


def count_occurrences(hay, needle):
    n = len(needle)
    return sum(1 for i in range(len(hay) - n + 1) if hay[i:i + n] == needle)


def check():
    slugs = theme_slugs()
    problems = []
    for g in ALL_GOLD:
        path = DOCS / g["document"]
        gpath = GOLD / (g["document"] + ".json")
        if not path.exists():
            problems.append(f"missing document {path.name}")
            continue
        if not gpath.exists():
            problems.append(f"missing gold {gpath.name}")
        elif json.loads(gpath.read_text(encoding="utf-8")) != g:
            problems.append(f"gold file out of date: {gpath.name}")
        text = source_text(path)
        hay = tokens(text)
        hay_dehyph = tokens(re.sub(r"(\w)-\n(\w)", r"\1\2", text))
        items = {it["number"] for it in g.get("items", [])}
        phrases = []
        for q in g.get("questions", []):
            if q["item"] not in items:
                problems.append(f"{path.name}: question item {q['item']} not in items")
            if q["kind"] not in KINDS:
                problems.append(f"{path.name}: bad kind {q['kind']}")
            phrases.append(("question", q["text"]))
            if q["answer"] is not None:
                phrases.append(("answer", q["answer"]))
            for t in q["themes"]:
                if t not in slugs:
                    problems.append(f"{path.name}: unknown theme {t}")
        for r in g.get("resolutions", []):
            if r["item"] not in items:
                problems.append(f"{path.name}: resolution item {r['item']} not in items")
            if r["outcome"] not in OUTCOMES:
                problems.append(f"{path.name}: bad outcome {r['outcome']}")
            phrases.append(("resolution", r["text"]))
            for t in r["themes"]:
                if t not in slugs:
                    problems.append(f"{path.name}: unknown theme {t}")
        for a in g.get("attendees", []):
            if a["attendance"] not in ATTENDANCE:
                problems.append(f"{path.name}: bad attendance {a['attendance']}")
            if count_occurrences(hay, tokens(a["name"])) < 1:
                problems.append(f"{path.name}: attendee name not found: {a['name']}")
            if a["role"] and count_occurrences(hay_dehyph, tokens(a["role"])) < 1:
                problems.append(f"{path.name}: attendee role not found: {a['role']}")
        for it in g.get("items", []):
            if count_occurrences(hay_dehyph, tokens(it["title"])) < 1:
                problems.append(f"{path.name}: item title not found: {it['title']}")
        seen = set()
        for kind, ph in phrases:
            nwords = len(ph.split())
            if not 6 <= nwords <= 15:
                problems.append(f"{path.name}: {kind} phrase has {nwords} words: {ph!r}")
            tk = tuple(tokens(ph))
            if tk in seen:
                problems.append(f"{path.name}: phrase used twice: {ph!r}")
            seen.add(tk)
            c = count_occurrences(hay, list(tk))
            if c != 1:
                problems.append(f"{path.name}: {kind} phrase occurs {c} times: {ph!r}")
        nq, nr, na = len(g.get("questions", [])), len(g.get("resolutions", [])), len(g.get("attendees", []))
        print(f"{path.name}: doc_type={g['doc_type']} items={len(items)} questions={nq} "
              f"resolutions={nr} attendees={na}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  -", p)
        return 1
    print("\ncheck passed: every gold phrase occurs exactly once in its document's text")
    return 0


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_txt()
    build_pdf()
    build_docx()
    build_html()
    for g in ALL_GOLD:
        (GOLD / (g["document"] + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built:", ", ".join(g["document"] for g in ALL_GOLD))


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
