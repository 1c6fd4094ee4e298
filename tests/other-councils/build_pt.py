#!/usr/bin/env python3
"""Build the "pt-" documents (round 218) and their gold annotations.

Usage:  build_pt.py           build documents/pt-* and gold/pt-*.json
        build_pt.py --check   verify every gold phrase occurs once in its document

The minutes are a ModernGov "Agenda and draft minutes" page of an inner London
borough's scrutiny commission, copied from the browser and saved from Notepad as
plain text (CRLF line ends, tabs after the item numbers, non-breaking spaces
where the page had &nbsp;). The second document is an officer's briefing note in
Word, which is not minutes.
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

MINUTES_NAME = "pt-ferrisham-health-adult-social-care-scrutiny-commission-2026-03-10.txt"
NOTE_NAME = "pt-ferrisham-care-at-home-reprocurement-briefing-note.docx"

FIXED = dt.datetime(2026, 2, 24, 10, 30, 0)
NB = "\u00a0"

# ---------------------------------------------------------------------------
# The minutes: one string per line as the browser's copy gives it
# ---------------------------------------------------------------------------

PAGE_TOP = [
    "Skip to main content",
    "",
    "London Borough of Ferrisham logo",
    "Search this site",
    "Search",
    "Menu",
    "",
    "    Residents",
    "    Business",
    "    Council and democracy",
    "    Jobs and careers",
    "    Contact us",
    "",
    "    Home",
    "    Council and democracy",
    "    Councillors, committees and meetings",
    "    Health and Adult Social Care Scrutiny Commission",
    "    Meeting",
    "",
    "Councillors | Committees | Calendar | Decisions | Forward plan | Library | "
    "Search documents | Subscribe to updates",
    "",
    "Committee details",
    "",
    "Agenda and draft minutes",
    "",
    "Health and Adult Social Care Scrutiny Commission - Tuesday 10th March 2026 7.00 p.m.",
    "",
    "    Attendance details",
    "    Agenda frontsheet PDF 184 KB",
    "    Agenda reports pack PDF 6 MB",
    "    Printed draft minutes PDF 231 KB",
    "",
    "Venue: Committee Room 2, Ferrisham Old Town Hall, 9 Market Row, Ferrisham Cross, "
    "E22 4PQ. View directions",
    "",
    f"Contact: Niamh Corrigan, Senior Scrutiny Policy Officer{NB} Tel: 020 7946 0381;"
    f" E-mail:{NB} scrutiny@ferrisham.gov.uk",
    "",
    "Media",
    "",
    "This meeting was webcast. Watch the recording on the council's YouTube channel "
    "(opens in a new window)",
    "",
    "Attendance",
    "",
    "Commission Members present:",
    "Councillor Adaeze Nwachukwu-Hart (Chair)",
    "Councillor Tomasz Wierzbicki (Vice-Chair)",
    "Councillor Dennis Arkwright-Lowe",
    "Councillor Farzana Begum-Ali",
    "Councillor Shirin Chowdhury",
    "Councillor Marcus Okonedo",
    "Councillor Lewis Tranter (from 7.25 p.m.)",
    "",
    "Co-opted Member (non-voting):",
    "Desmond Achterberg (co-opted, Ferrisham Over 50s Forum)",
    "",
    "Apologies:",
    "Councillor Hamida Qureshi",
    "Councillor Stephen Palfrey",
    "",
    "Also in attendance:",
    "Councillor Joanna Brisbane-Kaur \u2013 Cabinet Lead for Health and Adult Social Care",
    "",
    "Officers:",
    "Graham Petrossian \u2013 Corporate Director, Adults and Health",
    "Dr Miriam Ashworth-Oduya \u2013 Director of Public Health",
    "Selina Thorogood \u2013 Director of Commissioning and Market Development (Adults)",
    "Dr Rafael Quintero \u2013 Consultant in Public Health",
    "Kwabena Mensah \u2013 Head of Trading Standards and Licensing",
    "Niamh Corrigan \u2013 Senior Scrutiny Policy Officer",
    "Tunde Adeyinka \u2013 Committee Services Officer",
    "",
    "Partners:",
    "Sunita Varghese \u2013 Director of Primary Care, East Riverside Integrated Care Board",
    "Dr Callum Brewin \u2013 Consultant in Dental Public Health, East Riverside Integrated "
    "Care Board",
    "Harriet Oyelaran \u2013 Chief Executive, Healthwatch Ferrisham",
    "",
    "Items",
    "No.\tItem",
    "",
]

BUL = "\u00b7" + NB * 8 + " "   # a Word bullet pasted into the minutes


def item(number: str, title: str, agenda: list[str], docs: list[str] | None = None) -> list[str]:
    out = [f"{number}.\t", "", title, ""]
    for para in agenda:
        out += [para, ""]
    if docs:
        out += ["Additional documents:", ""]
        out += [f"    {d}" for d in docs]
        out += [""]
    out += ["Minutes:", ""]
    return out


def paras(*ps: str) -> list[str]:
    out: list[str] = []
    for p in ps:
        out += [p, ""]
    return out


BODY: list[str] = []

# 1 ---------------------------------------------------------------------------
BODY += item("1", "Apologies for Absence", ["To receive any apologies for absence."])
BODY += paras(
    "Apologies for absence were received from Cllr Qureshi and Cllr Palfrey.",
    "Cllr Tranter had notified the Chair that he would be delayed by a ward commitment; he "
    "joined the meeting at 7.25 p.m., during item 9.",
)

# 2 ---------------------------------------------------------------------------
BODY += item("2", "Declarations of Interest", [
    "Members are asked to declare any interest they may have in any matter which is to be "
    "considered at this meeting. The Code of Conduct is set out in Part 5 of the Council's "
    "Constitution.",
])
BODY += paras(
    "Cllr Begum-Ali declared a non-pecuniary interest in item 7, as her mother received care "
    "at home from a provider on the council's current framework. She remained in the room "
    "and took part in the discussion.",
    "Cllr Okonedo declared a non-pecuniary interest in item 8, as he was a registered patient "
    "of the Larkspur Road dental practice referred to in the submissions.",
    "There were no other declarations of interest.",
)

# 3 ---------------------------------------------------------------------------
BODY += item("3", "Minutes of the Previous Meeting pdf icon PDF 214 KB", [
    "To agree the minutes of the meeting held on 21st January 2026 as a correct record.",
])
BODY += paras(
    "RESOLVED: That the minutes of the meeting held on 21st January 2026 be agreed as a "
    "correct record, subject to the correction of Mr Achterberg's name in the list of those "
    "present.",
    "Matters arising",
    "Cllr Wierzbicki asked whether the breakdown of falls-related ambulance call-outs by ward, "
    "which had been promised at the last meeting, had been circulated. The Senior Scrutiny "
    "Policy Officer (SSPO) advised that the figures had been received from the ambulance "
    "service on 4th March and would be sent to Members with these minutes.",
)

# 4 ---------------------------------------------------------------------------
BODY += item("4", "Management of the Business of the Meeting", [
    "The Chair will agree with Members the arrangements for the meeting, including the "
    "order of business and confirmation of agenda items.",
])
BODY += paras(
    "The Chair proposed that item 9 (Youth Vaping: Prevention and Enforcement) be taken "
    "immediately after item 5, so that the Head of Trading Standards and Licensing could "
    "leave to attend an evening test-purchasing operation. The Chair reminded Members that "
    "under the Commission's procedure rules the meeting would end at 9.30 p.m. unless "
    "extended.",
    "RESOLVED: That the order of business be varied as proposed by the Chair.",
    "(The minutes are recorded in the order of the agenda.)",
)

# 5 ---------------------------------------------------------------------------
BODY += item("5", "Questions from Members of the Public", [
    "To receive questions from members of the public submitted in accordance with the "
    "Commission's procedure rules. The deadline for questions for this meeting was 12 noon "
    "on Thursday 5th March 2026.",
])
BODY += paras(
    "One question had been received, from Mrs Gloria Featherstone, a resident of Ferrisham "
    "Vale ward, relating to item 7. Mrs Featherstone attended the meeting and put her "
    "question:",
    "\u201cUnder the present arrangements some of the big home care agencies hand visits on "
    "to smaller agencies. How will the council make sure that every care worker who comes "
    "into my home, whoever employs them, is paid at least the London Living Wage and paid "
    "for the time they spend travelling between visits?\u201d",
    "The Cabinet Lead for Health and Adult Social Care thanked Mrs Featherstone for her "
    "question and responded that the new specification would require every provider, and "
    "any subcontractor a provider used, to pay at least the London Living Wage and to pay "
    "for travel time, and that compliance would be checked through payslip sampling at each "
    "contract monitoring visit.",
    "By way of a supplementary question, Mrs Featherstone asked whether the council would "
    "publish how many hours of care were subcontracted each year. The Cabinet Lead said that "
    "she could not give that commitment at the meeting, but she would ask officers to look "
    "at what could be published and would write to Mrs Featherstone.",
    "The Chair thanked Mrs Featherstone for attending.",
)

# 6 ---------------------------------------------------------------------------
BODY += item("6", "Emerging Matters in Health and Adult Social Care", [
    "To receive a verbal update from the Cabinet Lead for Health and Adult Social Care and "
    "the Corporate Director, Adults and Health on emerging matters in the health and care "
    "system.",
])
BODY += paras(
    "The Cabinet Lead for Health and Adult Social Care and the Corporate Director, Adults "
    "and Health (CDAH) gave a verbal update on emerging matters, which covered the following:",
)
BODY += [
    BUL + "CQC assessment \u2013 the council had received the final report of the Care Quality "
    "Commission's assessment of its adult social care functions on 19th February 2026 and had "
    "been rated \u2018Good\u2019 overall. One quality statement, on care provision, integration "
    "and continuity, had been scored lower than the others, and an action plan was being "
    "prepared;",
    BUL + "Winter \u2013 the number of Ferrisham residents in Ferrisham General Hospital who no "
    "longer met the criteria to reside had averaged 38 a day in January, against 51 a day "
    "the previous January, following the opening of 16 step-down flats at Cordwainer Court;",
    BUL + "Budget \u2013 adult social care was forecasting an overspend of \u00a33.8m for "
    "2025/26, mainly because of the rising cost of placements for people with learning "
    "disabilities, and a savings programme of \u00a32.1m had been built into the budget for "
    "2026/27 agreed by Council on 23rd February.",
    "",
]
BODY += paras(
    "In the discussion that followed:",
    "Cllr Arkwright-Lowe commented that the CQC rating was a credit to front-line staff, "
    "many of whom had worked through a difficult year of change.",
    "Cllr Okonedo congratulated officers on the outcome and enquired what the lower score "
    "for care provision, integration and continuity related to. The CDAH explained that "
    "inspectors had found the home care market too dependent on a small number of large "
    "providers, and had also been critical of waiting times for occupational therapy "
    "assessments; both would be addressed in the action plan, which would come to the "
    "Commission in June.",
    "The Vice-Chair sought assurance that the overspend would not be closed by reducing "
    "people's care packages. The CDAH advised that no change to eligibility was proposed "
    "and that the savings programme focused on reablement and on reviewing high-cost "
    "placements outside the borough, not on reducing the care people had been assessed as "
    "needing.",
    "Cllr Chowdhury raised concerns about reports from residents that older people were "
    "being sent home from Ferrisham General Hospital late at night before their care at "
    "home had started. In reply, the Cabinet Lead said she was aware of two such cases, "
    "both of which had been referred as safeguarding concerns, and that the hospital had "
    "agreed that from 1st April no patient who needed care at home would be discharged "
    "after 8.00 p.m.",
    "Mr Achterberg wished to know whether the new online referral form had replaced the "
    "telephone line for adult social care, as several members of the Over 50s Forum had "
    "been told. The CDAH said that the telephone line had not been withdrawn and was still "
    "open from 9.00 a.m. to 5.00 p.m. on weekdays, and that the online form was an "
    "additional route; he accepted that this had not been explained clearly and undertook "
    "to have the wording on the council's website corrected.",
    "The Commission AGREED to note the verbal update.",
)

# 7 ---------------------------------------------------------------------------
BODY += item(
    "7",
    "Care at Home Re-procurement: Proposed Commissioning Model (Pre-decision Scrutiny) "
    "pdf icon PDF 488 KB",
    ["To consider the proposed commissioning model for care at home services ahead of the "
     "report to Cabinet on 14th April 2026."],
    ["Appendix A - Market engagement summary pdf icon PDF 256 KB",
     "Appendix B - Equality impact assessment pdf icon PDF 301 KB"],
)
BODY += paras(
    "The Director of Commissioning and Market Development (Adults) (DCMD) introduced the "
    "report, which set out the proposed model for re-procuring care at home services when "
    "the current framework expired on 30th September 2026. Around 1,650 residents received "
    "care at home commissioned by the council, at a cost of \u00a331.4m a year. The key "
    "proposals were:",
)
BODY += [
    BUL + "to move from an open framework of 31 providers to six neighbourhood zones, each "
    "with one lead provider and one reserve provider;",
    BUL + "to award contracts for five years, with an option to extend for up to two more;",
    BUL + "to set a minimum hourly rate of \u00a325.10, which would include paid travel time "
    "and payment of at least the London Living Wage;",
    BUL + "to limit subcontracting to 15% of each lead provider's hours, with the council's "
    "written consent needed in advance; and",
    BUL + "to evaluate tenders on the basis of 60% quality and 40% price, with 10% of the "
    "quality score awarded for social value.",
    "",
]
BODY += paras(
    "The following points were raised by Members in the discussion that followed:",
    "(i) Cllr Tranter asked why the model still allowed any subcontracting at all, given "
    "the problems that had arisen in 2024 when a lead provider in the north of the borough "
    "had passed packages to an agency which later lost its registration. The DCMD replied "
    "that a small amount of subcontracting was needed to cover peaks in demand and hospital "
    "discharges at short notice, and that under the new contract every subcontractor would "
    "have to be approved by the council and work to the same terms as the lead provider.",
    "(ii) Cllr Begum-Ali expressed concern that a zoned model would squeeze smaller local "
    "agencies out of the market, including agencies run by and for the borough's Bengali "
    "and Somali communities. The DCMD acknowledged the risk and explained that, as a result "
    "of market engagement, a separate lot for culturally specific care had been added to "
    "the model, alongside the reserve provider role in each zone.",
    "(iii) The Vice-Chair queried whether \u00a325.10 an hour would be enough for providers to "
    "pay the London Living Wage, travel time and holiday pay and still operate safely, "
    "noting that the rate recommended by the national homecare trade association was "
    "higher. The DCMD said that the rate had been tested against an open-book cost of care "
    "exercise with 14 providers, and that it would be uprated each April in line with the "
    "London Living Wage.",
    "(iv) Cllr Arkwright-Lowe asked whether the council had considered bringing some or all "
    "of the service back in-house. The CDAH said that an options appraisal in 2025 had "
    "estimated the additional cost of an in-house service at \u00a34.2m a year, largely "
    "because of pension and on-costs, and it had not been taken forward; the council's own "
    "reablement team would however be expanded by 12 posts.",
    "(v) Cllr Chowdhury asked how people who used care at home, and their carers, had been "
    "involved in designing the new model. The DCMD said that 212 people had responded to "
    "the survey, two co-production workshops had been held with the Carers' Partnership "
    "Board, and two people with lived experience would sit on each evaluation panel.",
    "(vi) Mr Achterberg commented that for older people continuity of care mattered more "
    "than any target in the contract, and requested that the number of different care "
    "workers visiting each person in a month be reported as a key performance indicator. "
    "The DCMD agreed to include this in the performance framework.",
    "(vii) Cllr Okonedo asked what would happen to care workers employed by providers which "
    "did not win a zone. The DCMD explained that TUPE was likely to apply where care "
    "workers moved with the packages they supported, and that outgoing and incoming "
    "providers would be required to share workforce information three months before the "
    "transfer.",
    "Cllr Arkwright-Lowe proposed, and Cllr Tranter seconded, that the Commission recommend "
    "to Cabinet that an in-house care at home service be set up in one zone as a pilot. On "
    "being put to the vote, the proposal was lost (2 votes for, 5 against).",
    "The Commission AGREED to make the following recommendations to Cabinet:",
    "(1) That the limit on subcontracting be set out in the contract terms and that each "
    "lead provider report its subcontracted hours to the council every quarter;",
    "(2) That continuity of care, measured by the number of different care workers visiting "
    "each person, be adopted as a key performance indicator;",
    "(3) That the hourly rate be reviewed against the cost of care before any extension of "
    "the contracts is agreed; and",
    "(4) That the Cabinet report set out how the culturally specific lot will be evaluated.",
    "Action: DCMD to include the Commission's recommendations and Cabinet's response in "
    "the report to Cabinet on 14th April 2026.",
)

# 8 ---------------------------------------------------------------------------
BODY += item(
    "8",
    "Access to NHS Dental Services in Ferrisham pdf icon PDF 362 KB",
    ["To receive submissions from East Riverside Integrated Care Board and Healthwatch "
     "Ferrisham on access to NHS dental services, including urgent care and children's "
     "oral health."],
    ["Healthwatch Ferrisham - Dentistry mystery shopping findings, February 2026 "
     "pdf icon PDF 1 MB"],
)
BODY += paras(
    "The Chair welcomed Sunita Varghese, Director of Primary Care, and Dr Callum Brewin, "
    "Consultant in Dental Public Health, East Riverside Integrated Care Board (ICB), and "
    "Harriet Oyelaran, Chief Executive, Healthwatch Ferrisham, to the meeting.",
    "The Commission received the submissions from the ICB and from Healthwatch Ferrisham. "
    "The Director of Primary Care highlighted that:",
)
BODY += [
    BUL + "there were 27 NHS dental practices in Ferrisham, two fewer than in 2023, after the "
    "Hallam Street and Larkspur Road practices had handed back their contracts;",
    BUL + "41% of adults and 52% of children in the borough had seen an NHS dentist in the "
    "previous 24 months, both below the London average; and",
    BUL + "the ICB had commissioned 6,400 additional urgent dental appointments in 2025/26, "
    "of which 5,930 had been used by the end of February.",
    "",
]
BODY += paras(
    "The Chief Executive of Healthwatch Ferrisham reported that, of the 27 practices "
    "contacted in a mystery shopping exercise in January 2026, only three had said they "
    "were accepting new adult NHS patients, and four had offered private treatment instead.",
    "Cllr Wierzbicki wished to know what had happened to patients of the Hallam Street "
    "practice since it closed. The Director of Primary Care said that the contract had "
    "been re-procured and a new provider would open in the same building in May 2026; in "
    "the meantime patients who needed urgent treatment were being directed to the dental "
    "access centre at Ferrisham Cross.",
    "Cllr Tranter questioned why, if the ICB had money for extra urgent appointments, the "
    "same funding could not be used to buy routine check-ups. Dr Brewin explained that "
    "under the national contract practices were paid for units of dental activity, and "
    "that many practices in Ferrisham were already unable to deliver the activity they "
    "were contracted for because they could not recruit dentists.",
    "Concern was expressed by Cllr Chowdhury about the level of tooth decay among "
    "five-year-olds in Ferrisham, which at 34% was among the highest in London. The "
    "Director of Public Health (DPH) advised that the supervised toothbrushing programme "
    "now reached 61 nurseries and primary schools, and that fluoride varnish would be "
    "offered in the borough's family hubs from September.",
    "Mr Achterberg asked whether housebound older people could get a dentist to visit them "
    "at home. Dr Brewin said that the community dental service provided domiciliary visits "
    "on referral from a GP or social worker, but accepted that waiting times were currently "
    "around 16 weeks.",
    "Cllr Begum-Ali requested that the ICB share the list of practices accepting new NHS "
    "patients with ward councillors every month. The Director of Primary Care agreed to "
    "send the list to the Senior Scrutiny Policy Officer on the first working day of each "
    "month.",
    "The Chair commented that the Healthwatch findings painted a very different picture "
    "from the ICB's submission and asked that the two organisations reconcile their "
    "figures before the item returned to the Commission.",
    "The Commission AGREED:",
    "(1) To note the submissions and comments made; and",
    "(2) That the Chair write to the Secretary of State for Health and Social Care on behalf "
    "of the Commission, calling for urgent reform of the NHS dental contract, with copies to "
    "the borough's two Members of Parliament.",
)

# 9 ---------------------------------------------------------------------------
BODY += item(
    "9",
    "Youth Vaping: Prevention and Enforcement pdf icon PDF 297 KB",
    ["To consider a joint report of the Director of Public Health and the Head of Trading "
     "Standards and Licensing on youth vaping in Ferrisham."],
)
BODY += paras(
    "This item was taken after item 5 (see item 4 above).",
    "The Director of Public Health (DPH) and the Head of Trading Standards and Licensing "
    "(HTSL) introduced the report, which highlighted that:",
)
BODY += [
    BUL + "in the 2025 Ferrisham schools health survey, 14% of pupils in Year 10 said they "
    "vaped at least once a week, up from 9% in 2023;",
    BUL + "of 38 test purchases carried out by volunteers aged 15 and 16 since April 2025, 11 "
    "had resulted in a sale;",
    BUL + "more than 4,100 illegal or non-compliant vapes had been seized from 19 shops; and",
    BUL + "since the ban on single-use vapes came into force on 1st June 2025, officers had "
    "found disposable products being sold as \u2018refillable\u2019 in shops near schools.",
    "",
]
BODY += paras(
    "Cllr Okonedo asked whether the council had powers to refuse or review the licences of "
    "shops that were repeatedly caught selling vapes to children. The HTSL explained that "
    "selling vapes was not a licensable activity in itself, but where a shop also held an "
    "alcohol licence, repeated underage sales could be used as evidence in a licence "
    "review; two such reviews were in progress.",
    "Cllr Begum-Ali raised concerns that young people who wanted to give up vaping had "
    "nowhere to turn, as the stop smoking service was designed for adults. The DPH "
    "responded that, since January 2026, the service had offered support to young people "
    "aged 12 and over, and that school nurses had been trained to refer pupils to it.",
    "The Vice-Chair asked whether the council's campaign risked putting adult smokers off "
    "switching to vapes. The Consultant in Public Health said the council's position, in "
    "line with national guidance, was that vaping was much less harmful than smoking for "
    "adults who smoked, but that children and people who had never smoked should not vape.",
    "Cllr Chowdhury requested figures on vaping by school, so that ward councillors could "
    "target their own messages. The DPH advised that figures for individual schools could "
    "not be published because of the small numbers involved, but offered to provide "
    "figures for each ward instead.",
    "The Commission AGREED to note the report and the comments made.",
)

# 10 --------------------------------------------------------------------------
BODY += item(
    "10",
    "Scrutiny Commission Work Programme 2025/26 and Recommendations Tracker "
    "pdf icon PDF 176 KB",
    ["To consider the Commission's work programme for the remainder of 2025/26 and the "
     "tracker of its recommendations."],
)
BODY += paras(
    "At 9.28 p.m. the Commission AGREED to extend the meeting by 15 minutes in order to "
    "complete the remaining business.",
    "The SSPO presented the work programme and the tracker of the Commission's "
    "recommendations to the Cabinet and to NHS partners.",
    "Cllr Tranter requested that an item on temporary accommodation and the health of "
    "homeless families be added for 2026/27. The Chair agreed, and said that she would "
    "discuss the scope with the Chair of the Housing Scrutiny Commission so as to avoid "
    "duplication.",
    "Cllr Wierzbicki asked why three recommendations from the Commission's review of mental "
    "health crisis care were still shown as \u2018awaiting response\u2019. The SSPO explained "
    "that the Cabinet's response to the review was due to be considered at its meeting on "
    "14th April 2026.",
    "RESOLVED: That the work programme be agreed, subject to the addition of the CQC action "
    "plan at the June 2026 meeting, and that the recommendations tracker be noted.",
)

# 11 --------------------------------------------------------------------------
BODY += item("11", "Date of Next Meeting", [
    "To note that the next meeting of the Commission will be held on Tuesday 16th June 2026 "
    "at 7.00 p.m.",
])
BODY += paras(
    "The next meeting would be held on Tuesday 16th June 2026 at 7.00 p.m. in the Council "
    "Chamber, Ferrisham Old Town Hall.",
    "The meeting finished at 9.41 p.m.",
)

PAGE_FOOT = [
    "Back to top",
    "",
    "Draft minutes are published within ten working days of the meeting and are confirmed "
    "at the next meeting of the Commission.",
    "",
    "Useful links",
    "",
    "    Accessibility statement",
    "    Cookies",
    "    Privacy notice",
    "    Terms of use",
    "    Contact the council",
    "",
    "Follow us",
    "",
    "    Facebook",
    "    X (formerly Twitter)",
    "    Instagram",
    "    LinkedIn",
    "",
    "\u00a9 London Borough of Ferrisham 2026",
    "",
]


def minutes_text() -> str:
    lines = PAGE_TOP + BODY + PAGE_FOOT
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------------------
# The briefing note (not minutes)
# ---------------------------------------------------------------------------

def build_note(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    section = doc.sections[0]
    fp = section.footer.paragraphs[0]
    fp.text = "OFFICIAL \u2013 Briefing note for Members"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("London Borough of Ferrisham")
    r.bold = True
    r.font.size = Pt(14)

    p = doc.add_paragraph()
    r = p.add_run("BRIEFING NOTE")
    r.bold = True
    r.font.size = Pt(18)

    head = doc.add_table(rows=6, cols=2)
    head.style = "Table Grid"
    for row, (a, b) in zip(head.rows, (
        ("To:", "Members of the Health and Adult Social Care Scrutiny Commission"),
        ("From:", "Selina Thorogood, Director of Commissioning and Market Development "
                  "(Adults)"),
        ("Date:", "24 February 2026"),
        ("Subject:", "Care at Home re-procurement \u2013 what residents, carers and providers "
                     "told us"),
        ("Status:", "For information. This note is not for decision."),
        ("Related item:", "Care at Home Re-procurement: Proposed Commissioning Model, "
                          "Commission meeting of 10 March 2026"),
    )):
        row.cells[0].text = a
        row.cells[1].text = b
        row.cells[0].paragraphs[0].runs[0].bold = True

    def h(text: str) -> None:
        doc.add_heading(text, level=2)

    counter = [0, 0]

    def para(text: str) -> None:
        counter[1] += 1
        doc.add_paragraph(f"{counter[0]}.{counter[1]}\t{text}")

    def section_(title: str) -> None:
        counter[0] += 1
        counter[1] = 0
        h(f"{counter[0]}.\t{title}")

    section_("Purpose")
    para("This note gives Members background on the engagement carried out with residents, "
         "carers and care providers during the development of the proposed commissioning "
         "model for care at home services. It is provided to assist the Commission's "
         "pre-decision scrutiny at its meeting on 10 March 2026, before the report to "
         "Cabinet in April.")
    para("It does not repeat the content of the main report, which sets out the proposed "
         "model, the financial position and the equality impact assessment.")

    section_("Background")
    para("The council currently purchases around 27,000 hours of care at home each week "
         "for about 1,650 residents through an open framework of 31 providers. The "
         "framework was let in 2020 and expires on 30 September 2026.")
    para("In 2025 the council reviewed how the framework was working. The review found "
         "that four providers delivered almost 60% of all hours, that some packages were "
         "being passed from one agency to another with little oversight, and that people "
         "often saw many different care workers in the same week.")
    para("Engagement took place between 6 October and 12 December 2025. It included an "
         "online and paper survey (212 responses), two co-production workshops with the "
         "Carers' Partnership Board, four drop-in sessions in libraries and community "
         "centres, and a provider market engagement event attended by 38 organisations.")

    section_("What residents and carers told us")
    para("The table below summarises the questions people asked most often during the "
         "engagement period, and how the proposed model responds to them.")
    t = doc.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    for row, (a, b) in zip(t.rows, (
        ("You asked", "We said"),
        ("Will I keep the same care workers if my agency does not win a contract?",
         "Where an agency does not win a zone, care workers are likely to transfer to the "
         "new provider with the people they support, so that most people keep their "
         "regular care workers."),
        ("Why do visits sometimes get cut short?",
         "The new contracts will pay for travel time separately, so that care workers do "
         "not have to take travel time out of the visit. We will also check call "
         "monitoring data for short visits every month."),
        ("Who do I complain to if the care worker is from a different agency?",
         "The lead provider in each zone will be responsible for all care delivered in "
         "that zone, including by any subcontractor, and must deal with complaints in the "
         "same way."),
        ("Can the council run the service itself?",
         "The council looked at this in 2025. The cost of an in-house service was "
         "estimated to be \u00a34.2m a year higher, and this option is not being taken "
         "forward, but the council's own reablement team will grow."),
        ("Will carers have a say in choosing the providers?",
         "Yes. Two people with lived experience of care at home, including at least one "
         "carer, will sit on each evaluation panel and will be paid for their time."),
        ("Will there be care workers who speak my language?",
         "A separate lot has been added for culturally specific care, following what "
         "residents and community organisations told us."),
    )):
        row.cells[0].text = a
        row.cells[1].text = b
    for cell in t.rows[0].cells:
        cell.paragraphs[0].runs[0].bold = True

    section_("What providers told us")
    para("Providers generally supported a zoned model but raised three main points: that "
         "the hourly rate must reflect the London Living Wage, travel time and rising "
         "employer costs; that zones must be large enough to be viable but small enough "
         "to keep travel between visits short; and that smaller, specialist agencies "
         "should not be shut out.")
    para("In response, the proposed rate of \u00a325.10 per hour has been tested through an "
         "open-book cost of care exercise with 14 providers, the number of zones has been "
         "reduced from eight to six, and a reserve provider role has been created in each "
         "zone alongside the culturally specific lot.")

    section_("Equality considerations")
    para("Around 62% of people who receive care at home are women, and just over half are "
         "from Black, Asian and other minority ethnic communities. Many speak a first "
         "language other than English. The equality impact assessment attached to the main "
         "report identifies the main risks as a loss of continuity during the transfer to "
         "new providers and a reduction in choice for people who prefer an agency from "
         "their own community.")
    para("The assessment proposes a phased transfer over twelve weeks, zone by zone, and "
         "a named contact in the Commissioning Team for anyone whose provider changes. "
         "People who pay for their own care and buy it from the same agencies will not be "
         "directly affected, but officers will write to the agencies concerned to explain "
         "the changes.")

    section_("How we will keep listening")
    para("The engagement did not end in December. A Care at Home Reference Group of eight "
         "residents and carers has been set up and will meet every two months until the "
         "new contracts have been running for a year. Its members helped to write the "
         "quality questions in the tender and will help to test the new complaints "
         "process.")
    para("A short survey will be sent to everyone who receives care at home six months "
         "after the new contracts start, asking the same questions as the 2025 survey so "
         "that the results can be compared. The results will be shared with the "
         "Commission.")

    section_("Timetable")
    tt = doc.add_table(rows=6, cols=2)
    tt.style = "Table Grid"
    for row, (a, b) in zip(tt.rows, (
        ("Stage", "Date"),
        ("Health and Adult Social Care Scrutiny Commission", "10 March 2026"),
        ("Cabinet decision on commissioning model", "14 April 2026"),
        ("Tender published", "May 2026"),
        ("Contract award", "August 2026"),
        ("New contracts start", "1 October 2026"),
    )):
        row.cells[0].text = a
        row.cells[1].text = b

    section_("Questions the Commission may wish to ask")
    para("Members may find the following lines of enquiry helpful when considering the "
         "main report:")
    for line in (
        "How will the council know whether subcontracting stays within the proposed limit "
        "of 15% of hours?",
        "What will happen if a lead provider fails or withdraws part way through the "
        "contract?",
        "Is the proposed hourly rate sufficient to attract and keep care workers in a "
        "competitive London labour market?",
        "How will the culturally specific lot be evaluated, and how will smaller agencies "
        "be supported to bid?",
        "How will residents and carers continue to be involved once the new contracts "
        "have started?",
    ):
        doc.add_paragraph(line, style="List Bullet")

    section_("Contact")
    para("For further information please contact the Commissioning Team (Adults), "
         "commissioning.adults@ferrisham.gov.uk, or the Senior Scrutiny Policy Officer, "
         "scrutiny@ferrisham.gov.uk.")

    cp = doc.core_properties
    cp.author = "Selina Thorogood"
    cp.last_modified_by = "Selina Thorogood"
    cp.title = "Briefing note - Care at Home re-procurement engagement"
    cp.subject = "Health and Adult Social Care Scrutiny Commission"
    cp.revision = 4
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 24, 10, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


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
    "committee": "Health and Adult Social Care Scrutiny Commission",
    "meeting_date": "2026-03-10",
    "items": [
        {"number": "1", "title": "Apologies for Absence"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes of the Previous Meeting"},
        {"number": "4", "title": "Management of the Business of the Meeting"},
        {"number": "5", "title": "Questions from Members of the Public"},
        {"number": "6", "title": "Emerging Matters in Health and Adult Social Care"},
        {"number": "7", "title": "Care at Home Re-procurement: Proposed Commissioning Model "
                                 "(Pre-decision Scrutiny)"},
        {"number": "8", "title": "Access to NHS Dental Services in Ferrisham"},
        {"number": "9", "title": "Youth Vaping: Prevention and Enforcement"},
        {"number": "10", "title": "Scrutiny Commission Work Programme 2025/26 and "
                                  "Recommendations Tracker"},
        {"number": "11", "title": "Date of Next Meeting"},
    ],
    "questions": [
        # 3 matters arising
        q("3", "question",
          "asked whether the breakdown of falls-related ambulance call-outs by ward",
          "Cllr Wierzbicki",
          "the figures had been received from the ambulance service on 4th March",
          "Senior Scrutiny Policy Officer", []),
        # 5 public question and supplementary
        q("5", "question",
          "make sure that every care worker who comes into my home",
          "Mrs Gloria Featherstone",
          "compliance would be checked through payslip sampling at each contract monitoring visit",
          "Cabinet Lead for Health and Adult Social Care",
          ["workforce", "subcontracting", "adult-social-care"]),
        q("5", "question",
          "asked whether the council would publish how many hours of care were subcontracted",
          "Mrs Featherstone",
          "she would ask officers to look at what could be published",
          "Cabinet Lead", ["subcontracting", "adult-social-care"]),
        # 6 emerging matters
        q("6", "comment",
          "commented that the CQC rating was a credit to front-line staff",
          "Cllr Arkwright-Lowe", None, None, ["governance", "workforce"]),
        q("6", "question",
          "enquired what the lower score for care provision, integration and continuity related to",
          "Cllr Okonedo",
          "inspectors had found the home care market too dependent on a small number",
          "CDAH", ["governance", "adult-social-care"]),
        q("6", "concern",
          "sought assurance that the overspend would not be closed by reducing people's care packages",
          "Vice-Chair",
          "no change to eligibility was proposed and that the savings programme focused on reablement",
          "CDAH", ["finance", "adult-social-care"]),
        q("6", "concern",
          "raised concerns about reports from residents that older people were being sent home",
          "Cllr Chowdhury",
          "both of which had been referred as safeguarding concerns",
          "Cabinet Lead", ["adult-social-care"]),
        q("6", "question",
          "wished to know whether the new online referral form had replaced the telephone line",
          "Mr Achterberg",
          "the telephone line had not been withdrawn and was still open",
          "CDAH", ["adult-social-care"]),
        # 7 care at home re-procurement
        q("7", "question",
          "asked why the model still allowed any subcontracting at all",
          "Cllr Tranter",
          "every subcontractor would have to be approved by the council",
          "DCMD", ["subcontracting", "adult-social-care"]),
        q("7", "concern",
          "expressed concern that a zoned model would squeeze smaller local agencies out of the market",
          "Cllr Begum-Ali",
          "a separate lot for culturally specific care had been added to the model",
          "DCMD", ["subcontracting", "adult-social-care"]),
        q("7", "question",
          "queried whether £25.10 an hour would be enough for providers",
          "Vice-Chair",
          "tested against an open-book cost of care exercise with 14 providers",
          "DCMD", ["finance", "workforce", "adult-social-care"]),
        q("7", "question",
          "asked whether the council had considered bringing some or all of the service back in-house",
          "Cllr Arkwright-Lowe",
          "estimated the additional cost of an in-house service at £4.2m a year",
          "CDAH", ["privatisation", "finance", "adult-social-care"]),
        q("7", "question",
          "asked how people who used care at home, and their carers, had been involved",
          "Cllr Chowdhury",
          "two people with lived experience would sit on each evaluation panel",
          "DCMD", ["patient-and-public-input", "adult-social-care"]),
        q("7", "request",
          "requested that the number of different care workers visiting each person in a month",
          "Mr Achterberg",
          "The DCMD agreed to include this in the performance framework",
          "DCMD", ["adult-social-care", "workforce"]),
        q("7", "question",
          "asked what would happen to care workers employed by providers which did not win",
          "Cllr Okonedo",
          "TUPE was likely to apply where care workers moved with the packages",
          "DCMD", ["workforce", "subcontracting", "adult-social-care"]),
        # 8 dentistry
        q("8", "question",
          "wished to know what had happened to patients of the Hallam Street practice",
          "Cllr Wierzbicki",
          "a new provider would open in the same building in May 2026",
          "Director of Primary Care", ["primary-care", "subcontracting"]),
        q("8", "question",
          "questioned why, if the ICB had money for extra urgent appointments",
          "Cllr Tranter",
          "many practices in Ferrisham were already unable to deliver the activity",
          "Dr Brewin", ["primary-care", "finance", "workforce"]),
        q("8", "concern",
          "Concern was expressed by Cllr Chowdhury about the level of tooth decay",
          "Cllr Chowdhury",
          "the supervised toothbrushing programme now reached 61 nurseries and primary schools",
          "Director of Public Health",
          ["primary-care", "public-health", "children-and-families"]),
        q("8", "question",
          "asked whether housebound older people could get a dentist to visit them",
          "Mr Achterberg",
          "accepted that waiting times were currently around 16 weeks",
          "Dr Brewin", ["primary-care", "adult-social-care"]),
        q("8", "request",
          "requested that the ICB share the list of practices accepting new NHS patients",
          "Cllr Begum-Ali",
          "agreed to send the list to the Senior Scrutiny Policy Officer",
          "Director of Primary Care", ["primary-care"]),
        q("8", "request",
          "asked that the two organisations reconcile their figures before the item returned",
          "Chair", None, None, ["patient-and-public-input"]),
        # 9 youth vaping
        q("9", "question",
          "asked whether the council had powers to refuse or review the licences of shops",
          "Cllr Okonedo",
          "repeated underage sales could be used as evidence in a licence review",
          "HTSL", ["public-health", "children-and-families"]),
        q("9", "concern",
          "raised concerns that young people who wanted to give up vaping had nowhere to turn",
          "Cllr Begum-Ali",
          "school nurses had been trained to refer pupils to it",
          "DPH", ["public-health", "children-and-families"]),
        q("9", "question",
          "asked whether the council's campaign risked putting adult smokers off switching to vapes",
          "Vice-Chair",
          "vaping was much less harmful than smoking for adults who smoked",
          "Consultant in Public Health", ["public-health"]),
        q("9", "request",
          "requested figures on vaping by school, so that ward councillors could target",
          "Cllr Chowdhury",
          "figures for individual schools could not be published because of the small numbers",
          "DPH", ["public-health", "children-and-families"]),
        # 10 work programme
        q("10", "request",
          "requested that an item on temporary accommodation and the health of homeless families",
          "Cllr Tranter",
          "would discuss the scope with the Chair of the Housing Scrutiny Commission",
          "Chair", ["housing"]),
        q("10", "question",
          "asked why three recommendations from the Commission's review of mental health crisis care",
          "Cllr Wierzbicki",
          "the Cabinet's response to the review was due to be considered",
          "SSPO", ["mental-health", "governance"]),
    ],
    "resolutions": [
        res("3", "the minutes of the meeting held on 21st January 2026 be agreed",
            "agreed", []),
        res("4", "That the order of business be varied as proposed by the Chair",
            "agreed", []),
        res("6", "The Commission AGREED to note the verbal update",
            "noted", []),
        res("7", "recommend to Cabinet that an in-house care at home service be set up",
            "rejected", ["privatisation", "adult-social-care"]),
        res("7", "That the limit on subcontracting be set out in the contract terms",
            "recommended", ["subcontracting", "adult-social-care"]),
        res("8", "the Chair write to the Secretary of State for Health and Social Care",
            "agreed", ["primary-care"]),
        res("9", "The Commission AGREED to note the report and the comments made",
            "noted", ["public-health"]),
        res("10", "AGREED to extend the meeting by 15 minutes in order to complete",
            "agreed", []),
        res("10", "That the work programme be agreed, subject to the addition of the CQC",
            "agreed", ["governance"]),
    ],
    "attendees": [
        att("Councillor Adaeze Nwachukwu-Hart", "Chair", "present"),
        att("Councillor Tomasz Wierzbicki", "Vice-Chair", "present"),
        att("Councillor Dennis Arkwright-Lowe", None, "present"),
        att("Councillor Farzana Begum-Ali", None, "present"),
        att("Councillor Shirin Chowdhury", None, "present"),
        att("Councillor Marcus Okonedo", None, "present"),
        att("Councillor Lewis Tranter", None, "present"),
        att("Desmond Achterberg", "co-opted, Ferrisham Over 50s Forum", "present"),
        att("Councillor Hamida Qureshi", None, "apologies"),
        att("Councillor Stephen Palfrey", None, "apologies"),
        att("Councillor Joanna Brisbane-Kaur", "Cabinet Lead for Health and Adult Social Care",
            "in_attendance"),
        att("Graham Petrossian", "Corporate Director, Adults and Health", "in_attendance"),
        att("Dr Miriam Ashworth-Oduya", "Director of Public Health", "in_attendance"),
        att("Selina Thorogood", "Director of Commissioning and Market Development (Adults)",
            "in_attendance"),
        att("Dr Rafael Quintero", "Consultant in Public Health", "in_attendance"),
        att("Kwabena Mensah", "Head of Trading Standards and Licensing", "in_attendance"),
        att("Niamh Corrigan", "Senior Scrutiny Policy Officer", "in_attendance"),
        att("Tunde Adeyinka", "Committee Services Officer", "in_attendance"),
        att("Sunita Varghese", "Director of Primary Care, East Riverside Integrated Care Board",
            "in_attendance"),
        att("Dr Callum Brewin",
            "Consultant in Dental Public Health, East Riverside Integrated Care Board",
            "in_attendance"),
        att("Harriet Oyelaran", "Chief Executive, Healthwatch Ferrisham", "in_attendance"),
    ],
}

NOTE_GOLD = {"document": NOTE_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_text().encode("utf-8"))
    build_note(DOCS / NOTE_NAME)
    for gold in (MINUTES_GOLD, NOTE_GOLD):
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
    for gold_path in sorted(GOLD.glob("pt-*.json")):
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / NOTE_NAME}\ngold in {GOLD}")
