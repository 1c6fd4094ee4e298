#!/usr/bin/env python3
"""Build the "om-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_om.py           build documents/om-* and gold/om-*.json
        build_om.py --check   verify every gold phrase occurs once in its document
"""
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
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2025, 3, 20, 9, 30, 0, tzinfo=dt.timezone.utc)

MINUTES = "om-tarnmouth-carr-valley-hsjc-2025-03-13.pdf"
REPORT = "om-tarnmouth-hsjc-report-mental-health-inpatient-beds.docx"

COMMITTEE = "Carr Valley Health Scrutiny Joint Committee"
HEADER = f"{COMMITTEE} 13 March 2025"

# ---------------------------------------------------------------------------
# The minutes, as blocks
# ---------------------------------------------------------------------------
ATTENDANCE = [
    ("PRESENT:",
     "Councillors R Kellett (Chair) (Tarnmouth Council), S Pringle (Vice-Chair) (Hawkmoor "
     "Borough Council), M Ashby (Hawkmoor Borough Council), E Raine (Hawkmoor Borough "
     "Council) (as substitute for Councillor L Dunwell), J Oduya (Tarnmouth Council), "
     "T Brannigan (Tarnmouth Council), P Wardle (Stanbeck-on-Carr Borough Council), "
     "C Hinds (Stanbeck-on-Carr Borough Council), B Fenwick (Stanbeck-on-Carr Borough "
     "Council), D Mather (Coldharbour and Skelby Council), A Lisle (Coldharbour and Skelby "
     "Council) and G Thirlwell (Wardlow Borough Council)."),
    ("ALSO IN ATTENDANCE:",
     "K Marsden (Director of Operations, Northern Coast Ambulance Service NHS Foundation "
     "Trust), Dr F Adeyemi (Medical Director, North Shore and Fellside Integrated Care "
     "Board), L Garside (Head of Primary Care Commissioning (Dental), North Shore and "
     "Fellside Integrated Care Board), W Heslop (Deputy Director of Nursing, Tarnside and "
     "Hawkmoor NHS Foundation Trust), R Bamlett (Care Group Director, Adult Mental Health, "
     "Tarnside and Hawkmoor NHS Foundation Trust) and N Chadwick (Healthwatch Carr Valley)."),
    ("OFFICERS:",
     "C Ellerby (Tarnmouth Council), J Hutchinson (Hawkmoor Borough Council), M Scaife "
     "(Stanbeck-on-Carr Borough Council) and P Dodds (Tarnmouth Council)."),
    ("APOLOGIES FOR ABSENCE:",
     "were submitted on behalf of Councillors L Dunwell (Hawkmoor Borough Council), "
     "K Younis (Coldharbour and Skelby Council), H Okonjo (Wardlow Borough Council) and "
     "F Carrick (Wardlow Borough Council)."),
]

DECLARATIONS = [
    ("Name of Member", "Type of Interest", "Item/Nature of Interest"),
    ("Councillor C Hinds", "Non-Pecuniary",
     "Agenda Item 6 - Adult Mental Health Inpatient Services - close family member employed "
     "by Tarnside and Hawkmoor NHS Foundation Trust"),
    ("Councillor J Oduya", "Non-Pecuniary",
     "Agenda Item 4 - Northern Coast Ambulance Service - registered paramedic (employed "
     "outside the region)"),
]

B = []  # blocks


def item(num, title):
    B.append(("item", num, title))


def p(text):
    B.append(("p", text))


def bl(text):
    B.append(("bullet", text))


def num(n, text):
    B.append(("num", n, text))


def bold(text):
    B.append(("bold", text))


item("24/21", "WELCOME AND FIRE EVACUATION PROCEDURE")
p("The Chair welcomed all present to the meeting and read out the Building Evacuation "
  "Procedure. Members, officers and representatives of partner organisations introduced "
  "themselves.")

item("24/22", "DECLARATIONS OF INTEREST")
B.append(("table", DECLARATIONS))

item("24/23", "MINUTES - CARR VALLEY HEALTH SCRUTINY JOINT COMMITTEE - 16 JANUARY 2025")
p("The minutes of the Carr Valley Health Scrutiny Joint Committee meeting held on 16 "
  "January 2025 were submitted and approved as a correct record.")
p("Arising from minute 24/16, a Member queried whether the briefing note on non-emergency "
  "patient transport that had been promised at the last meeting had been circulated. The "
  "Scrutiny Officer (Tarnmouth Council) confirmed that the briefing note had been sent to "
  "all Members of the Joint Committee on 4 February 2025 and would be re-sent following "
  "the meeting.")

item("24/24", "NORTHERN COAST AMBULANCE SERVICE - WINTER PERFORMANCE AND HOSPITAL HANDOVER DELAYS")
p("The Director of Operations, Northern Coast Ambulance Service NHS Foundation Trust (NCAS), "
  "was in attendance to provide the Joint Committee with an update on the Trust's "
  "performance over the winter period, with particular reference to hospital handover "
  "delays across the Carr Valley.")
p("The Director of Operations advised that:")
bl("Demand over December 2024 and January 2025 had been the highest on record, with an "
   "average of 1,412 incidents per day across the Trust's area, an increase of 6.8 per cent "
   "on the previous winter.")
bl("The mean response time for Category 1 calls in January 2025 was 8 minutes 41 seconds "
   "against the national standard of 7 minutes. The Category 2 mean was 38 minutes 12 "
   "seconds against the 30 minute ambition set out in the national recovery plan.")
bl("Handover delays at Carr Valley University Hospital had reduced significantly following "
   "the introduction of a 45 minute 'release to respond' protocol in November 2024, although "
   "delays at the Tarnmouth General site remained a concern.")
bl("In January 2025, 9,730 hours had been lost to handover delays across the Trust, of "
   "which 2,115 hours were at the two Carr Valley hospital sites.")
bl("The Trust had recruited 118 additional paramedics and emergency medical technicians "
   "during 2024/25 and was on course to end the year with a vacancy rate below 3 per cent.")
bl("Hear and Treat rates had improved, with 14.6 per cent of 999 calls now closed through "
   "clinical advice over the telephone, which released ambulances for the most seriously "
   "ill patients.")
p("Members raised a number of questions and the following points were made:")
p("A Member queried how the release to respond protocol operated in practice and whether "
  "patients were being left in corridors once crews had been released. In response, the "
  "Director of Operations explained that, once 45 minutes had elapsed, the hospital took "
  "over responsibility for the patient's care so that the crew could respond to waiting "
  "calls in the community. The patient would be cared for by hospital staff in an "
  "appropriate area and the protocol did not permit a patient to be left without clinical "
  "oversight.")
p("Councillor Thirlwell commented that residents in the rural parts of Wardlow continued to "
  "experience much longer waits than those living in the towns and asked what was being "
  "done to address this. The Director of Operations acknowledged that rural response times "
  "remained a challenge and advised that two additional rapid response vehicles would be "
  "based at Wardlow community ambulance station from April 2025.")
p("Concerns were expressed regarding the number of hours lost at Tarnmouth General. Members "
  "were advised that the hospital trust had opened a twelve-trolley ambulance receiving "
  "area in February 2025 and that early indications were positive, however it was too "
  "early to draw firm conclusions.")
p("A Member asked whether the Trust's financial position would affect the planned "
  "recruitment of additional staff. It was confirmed that the recruitment was funded "
  "through recurrent investment agreed with the Integrated Care Board for 2024/25 and "
  "2025/26, although the Trust was still awaiting confirmation of its contract value for "
  "2025/26 from commissioners.")
p("A Member requested that future reports break down response times by local authority "
  "area so that each Council could see the position for its own residents. The Director "
  "of Operations agreed that this information would be included in future updates to the "
  "Joint Committee.")
p("The Vice-Chair raised the matter of the wellbeing of ambulance crews, noting reports "
  "from constituents of crews finishing their shifts several hours late because of "
  "handover delays.")
p("The Chair thanked the Director of Operations for his attendance and for the informative "
  "update.")
bold("AGREED that:")
num("1.", "the information presented be noted; and")
num("2.", "a further update, including response times for each local authority area, be "
          "provided to the Joint Committee in the autumn.")

item("24/25", "INTEGRATED URGENT CARE - NHS 111 PERFORMANCE")
p("The Chair advised that the representative of the NHS 111 provider had been unable to "
  "attend the meeting owing to illness and had asked that the item be considered at a "
  "future meeting.")
bold("AGREED that consideration of the item be deferred to the next meeting of the Joint "
     "Committee.")

item("24/26", "ADULT MENTAL HEALTH INPATIENT SERVICES - PROPOSED CONSOLIDATION OF ACUTE BEDS")
p("Councillor C Hinds had declared an interest in this item (minute 24/22 refers) and "
  "remained in the meeting.")
p("The Care Group Director, Adult Mental Health, and the Deputy Director of Nursing, "
  "Tarnside and Hawkmoor NHS Foundation Trust (THFT), together with the Medical Director, "
  "North Shore and Fellside Integrated Care Board (ICB), were in attendance to present "
  "proposals for the consolidation of adult acute mental health inpatient beds currently "
  "provided at Ashgill Ward, Stanbeck Hospital, and Larch Ward, Fellgate Hospital, "
  "Tarnmouth, onto a single site at Fellgate Hospital.")
p("The Joint Committee was reminded that, at its meeting on 16 January 2025, it had "
  "determined that the proposals constituted a substantial variation in the provision of "
  "health services for the purposes of the Local Authority (Public Health, Health and "
  "Wellbeing Boards and Health Scrutiny) Regulations 2013, and that the Joint Committee "
  "would respond to the consultation on behalf of the five local authorities.")
p("The Care Group Director provided a presentation, the main points of which were:")
bl("Ashgill Ward (18 beds) was in a building that did not meet current standards for "
   "privacy and dignity, with shared dormitory accommodation and ligature risks which could "
   "not be fully removed.")
bl("The proposal would see a new 24-bed ward with en-suite single rooms built at Fellgate "
   "Hospital at a capital cost of approximately £14.2 million. The total number of adult "
   "acute beds across the Carr Valley would reduce from 42 to 40.")
bl("A crisis house with six beds would open in Stanbeck in 2026, run in partnership with a "
   "local mental health charity, and the home treatment team would be expanded to operate "
   "24 hours a day, seven days a week.")
bl("Public consultation had run from 4 November 2024 to 27 January 2025. In total 612 "
   "responses had been received, together with feedback from 14 drop-in events and two "
   "focus groups with people with lived experience of inpatient care.")
bl("The main themes from the consultation were travel and access for families and carers, "
   "the loss of an inpatient service in Stanbeck, and concern that the reduction in beds "
   "would lead to more out of area placements.")
bl("The THFT Board of Directors would make a final decision in April 2025, taking account "
   "of the response of the Joint Committee.")
p("Members discussed the proposals in detail and the following issues were raised:")
bl("A Member representing Stanbeck-on-Carr expressed concern that families without a car "
   "would face a journey of over an hour and a half on two buses to reach Fellgate "
   "Hospital. The Deputy Director of Nursing advised that a travel support scheme, "
   "including reimbursed taxi fares for families on low incomes and a volunteer driver "
   "service, would be introduced, and that video calling would be available on the ward.")
bl("A Member queried how many patients from the Carr Valley were currently placed out of "
   "area and at what cost. In response, the Care Group Director stated that there had been "
   "11 out of area placements in January 2025, at an average cost of £785 per bed day, and "
   "that the aim was to eliminate inappropriate out of area placements by March 2026.")
bl("Concern was raised that the reduction from 42 to 40 beds was at odds with rising "
   "demand for acute care. The Medical Director explained that the bed modelling had been "
   "independently reviewed and that the crisis house and the expanded home treatment team "
   "were expected to reduce admissions by around ten per cent.")
bl("Councillor Mather asked what would happen to the staff currently working on Ashgill "
   "Ward. It was confirmed that all staff would be offered posts at Fellgate Hospital or in "
   "the new community teams, that there would be no compulsory redundancies, and that "
   "excess travel costs would be reimbursed for a period of four years.")
bl("A Member sought clarification as to whether the capital funding had been secured. The "
   "Care Group Director advised that £9.5 million had been approved nationally and that the "
   "balance would come from the Trust's own capital programme, subject to approval by the "
   "Board of Directors.")
bl("The representative of Healthwatch Carr Valley commented that people with lived "
   "experience who had taken part in the focus groups had broadly welcomed the move to "
   "single en-suite rooms, but had found the consultation documents difficult to "
   "understand. The Deputy Director of Nursing accepted the point and undertook to publish "
   "an easy read summary of the outcome of the consultation.")
bl("A Member asked whether adult social care and housing teams in the five local "
   "authorities had been involved in the proposals, given that delayed discharges from "
   "mental health wards were often caused by a lack of suitable accommodation.")
p("The Chair thanked the representatives of THFT and the ICB for their attendance and for "
  "responding to Members' questions. He proposed that the response of the Joint Committee "
  "be drafted by the scrutiny officers of the five authorities, reflecting the views "
  "expressed at the meeting.")
bold("AGREED that:")
num("1.", "the information presented be noted;")
num("2.", "the formal response of the Joint Committee to the consultation, reflecting the "
          "concerns raised regarding travel for families, bed numbers and out of area "
          "placements, be drafted by the scrutiny officers and approved by the Chair and "
          "Vice-Chair on behalf of the Joint Committee; and")
num("3.", "the response be submitted to Tarnside and Hawkmoor NHS Foundation Trust and the "
          "North Shore and Fellside Integrated Care Board in advance of the meeting of the "
          "THFT Board of Directors in April 2025.")

item("24/27", "NHS DENTAL SERVICES - ACCESS ACROSS THE CARR VALLEY")
p("The Head of Primary Care Commissioning (Dental), North Shore and Fellside Integrated "
  "Care Board, was in attendance to provide an update on access to NHS dental services "
  "across the five local authority areas, following the Joint Committee's request at its "
  "meeting in October 2024.")
p("Members heard that the ICB had inherited responsibility for commissioning dental "
  "services from NHS England in April 2023. Since then, seven practices in the Carr Valley "
  "had reduced their NHS commitment and two had handed back their NHS contracts entirely. "
  "The number of adults seen by an NHS dentist in the previous 24 months stood at 41.3 per "
  "cent, compared with 48.6 per cent before the pandemic. The ICB's dental recovery plan "
  "focused on urgent care, children and people with the greatest need.")
p("In response to a query regarding the number of practices accepting new NHS patients, "
  "the Head of Primary Care Commissioning advised that, as at 28 February 2025, only 6 of "
  "the 71 dental practices across the Carr Valley were accepting new adult NHS patients, "
  "although all practices were expected to see children and people in dental pain.")
p("A Member asked why the national 'golden hello' scheme had attracted so few dentists to "
  "the area. It was explained that only nine of the payments had been taken up across the "
  "ICB area, as the scheme required a three year commitment to areas of greatest need and "
  "many newly qualified dentists preferred to remain close to the dental schools.")
p("Councillor Pringle raised concerns that practices were handing back NHS contracts and "
  "asked whether the money was being lost to the area. The Head of Primary Care "
  "Commissioning confirmed that funding from contracts which had been handed back was "
  "ring-fenced for dentistry and was being recommissioned through an urgent dental care "
  "access scheme operating from 12 practices.")
p("Members commented that the oral health of children in parts of the Carr Valley was "
  "among the poorest in the country and that supervised toothbrushing in schools and "
  "nurseries should be expanded. Members were informed that supervised toothbrushing was "
  "commissioned by each local authority's public health team and was now in place in 142 "
  "schools and nurseries across the five areas.")
p("The Joint Committee noted the position regarding NHS dental access in the Carr Valley.")

item("24/28", "HEALTHWATCH CARR VALLEY - LEAVING HOSPITAL: PATIENT AND CARER EXPERIENCE")
p("The representative of Healthwatch Carr Valley presented the findings of its report on "
  "the experience of patients and carers when leaving hospital. The report drew on a survey "
  "of 327 patients and carers and on Enter and View visits to the discharge lounges at "
  "Carr Valley University Hospital and Tarnmouth General between September and December "
  "2024.")
p("The key findings were:")
bl("Two thirds of respondents said that they had not been told when they would be leaving "
   "hospital until the day of discharge.")
bl("Around one in five patients waited more than four hours in the discharge lounge for "
   "medication to take home.")
bl("Some patients had been discharged late in the evening, and a small number after 10.00 "
   "pm, without transport having been arranged.")
bl("Patients who went home with a package of care were generally positive about the "
   "reablement service, although some care did not start on the day of discharge.")
p("A Member asked whether the findings had been shared with the hospital trusts and the "
  "local authorities and what response had been received. The Healthwatch representative "
  "advised that the report had been shared with both acute trusts and with the Directors "
  "of Adult Social Care of the five authorities, and that formal responses were expected "
  "by the end of April 2025.")
p("Councillor Brannigan commented that the findings about patients being sent home late at "
  "night without their medication reflected casework he had received from residents.")
p("In response to a question about whether unpaid carers had been offered a carer's "
  "assessment before the person they cared for was discharged, it was reported that only "
  "18 per cent of carers who responded to the survey recalled being offered one.")
bold("AGREED that:")
num("1.", "the report be noted; and")
num("2.", "the Chair write on behalf of the Joint Committee to the Chief Executives of both "
          "acute trusts and to the five Directors of Adult Social Care, seeking their "
          "responses to the recommendations of the Healthwatch report.")

item("24/29", "CARR VALLEY HEALTH SCRUTINY JOINT COMMITTEE - WORK PROGRAMME 2025/2026")
p("The Scrutiny Officer (Tarnmouth Council) presented the draft work programme for the "
  "2025/2026 municipal year. It was noted that support for the Joint Committee would pass "
  "to Hawkmoor Borough Council from the Annual Meeting in June 2025, in line with the "
  "agreed rotation between the five authorities.")
p("A Member requested that the Joint Committee receive an update on the rebuilding "
  "programme for Tarnmouth General Hospital at its first meeting of the new municipal "
  "year. The Scrutiny Officer advised that the Trust had been approached and that the item "
  "would be added to the work programme for June 2025.")
bold("AGREED that the work programme, as amended, be approved.")

item("24/30", "DATE AND TIME OF NEXT MEETING")
p("Thursday, 12 June 2025 at 10.00 am - Council Chamber, Hawkmoor Civic Centre.")

item("24/31", "ANY OTHER URGENT ITEMS WHICH IN THE OPINION OF THE CHAIR, MAY BE CONSIDERED")
p("None.")

# ---------------------------------------------------------------------------
# Gold for the minutes
# ---------------------------------------------------------------------------
def q(item_, kind, text, asked_by, answer, given_by, themes):
    return {"item": item_, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item_, text, outcome, themes):
    return {"item": item_, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MH = "mental-health"
PC = "primary-care"
ASC = "adult-social-care"
PPI = "patient-and-public-input"

MINUTES_GOLD = {
    "document": MINUTES,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-13",
    "items_titlecase": [
        {"number": "24/21", "title": "Welcome and Fire Evacuation Procedure"},
        {"number": "24/22", "title": "Declarations of Interest"},
        {"number": "24/23", "title": "Minutes - Carr Valley Health Scrutiny Joint Committee - 16 January 2025"},
        {"number": "24/24", "title": "Northern Coast Ambulance Service - Winter Performance and Hospital Handover Delays"},
        {"number": "24/25", "title": "Integrated Urgent Care - NHS 111 Performance"},
        {"number": "24/26", "title": "Adult Mental Health Inpatient Services - Proposed Consolidation of Acute Beds"},
        {"number": "24/27", "title": "NHS Dental Services - Access Across the Carr Valley"},
        {"number": "24/28", "title": "Healthwatch Carr Valley - Leaving Hospital: Patient and Carer Experience"},
        {"number": "24/29", "title": "Carr Valley Health Scrutiny Joint Committee - Work Programme 2025/2026"},
        {"number": "24/30", "title": "Date and Time of Next Meeting"},
        {"number": "24/31", "title": "Any Other Urgent Items which in the opinion of the Chair, may be considered"},
    ],
    "questions": [
        q("24/23", "question",
          "queried whether the briefing note on non-emergency patient transport",
          None,
          "briefing note had been sent to all Members of the Joint Committee",
          "Scrutiny Officer (Tarnmouth Council)", []),
        q("24/24", "question",
          "queried how the release to respond protocol operated in practice",
          None,
          "the hospital took over responsibility for the patient's care",
          "Director of Operations", []),
        q("24/24", "comment",
          "residents in the rural parts of Wardlow continued to experience much longer waits",
          "Councillor Thirlwell",
          "two additional rapid response vehicles would be based at Wardlow",
          "Director of Operations", []),
        q("24/24", "concern",
          "Concerns were expressed regarding the number of hours lost at Tarnmouth General",
          None,
          "had opened a twelve-trolley ambulance receiving area in February 2025",
          None, []),
        q("24/24", "question",
          "asked whether the Trust's financial position would affect the planned recruitment",
          None,
          "the recruitment was funded through recurrent investment agreed with the Integrated Care Board",
          None, ["finance", "workforce"]),
        q("24/24", "request",
          "requested that future reports break down response times by local authority area",
          None,
          "agreed that this information would be included in future updates",
          "Director of Operations", []),
        q("24/24", "concern",
          "raised the matter of the wellbeing of ambulance crews",
          "Vice-Chair", None, None, ["workforce"]),
        q("24/26", "concern",
          "families without a car would face a journey of over an hour and a half",
          None,
          "a travel support scheme, including reimbursed taxi fares for families on low incomes",
          "Deputy Director of Nursing", [MH]),
        q("24/26", "question",
          "queried how many patients from the Carr Valley were currently placed out of area",
          None,
          "11 out of area placements in January 2025, at an average cost",
          "Care Group Director", [MH, "finance"]),
        q("24/26", "concern",
          "Concern was raised that the reduction from 42 to 40 beds",
          None,
          "expected to reduce admissions by around ten per cent",
          "Medical Director", [MH]),
        q("24/26", "question",
          "asked what would happen to the staff currently working on Ashgill Ward",
          "Councillor Mather",
          "all staff would be offered posts at Fellgate Hospital or in the new community teams",
          None, [MH, "workforce"]),
        q("24/26", "question",
          "sought clarification as to whether the capital funding had been secured",
          None,
          "£9.5 million had been approved nationally",
          "Care Group Director", [MH, "finance"]),
        q("24/26", "comment",
          "found the consultation documents difficult to understand",
          "The representative of Healthwatch Carr Valley",
          "undertook to publish an easy read summary of the outcome of the consultation",
          "Deputy Director of Nursing", [MH, PPI]),
        q("24/26", "question",
          "asked whether adult social care and housing teams in the five local authorities",
          None, None, None, [MH, ASC, "housing"]),
        q("24/27", "question",
          "In response to a query regarding the number of practices accepting new NHS patients",
          None,
          "only 6 of the 71 dental practices across the Carr Valley",
          "Head of Primary Care Commissioning", [PC]),
        q("24/27", "question",
          "asked why the national 'golden hello' scheme had attracted so few dentists",
          None,
          "only nine of the payments had been taken up across the ICB area",
          None, [PC, "workforce"]),
        q("24/27", "concern",
          "raised concerns that practices were handing back NHS contracts",
          "Councillor Pringle",
          "was ring-fenced for dentistry and was being recommissioned through an urgent dental care",
          "Head of Primary Care Commissioning", [PC, "finance", "subcontracting"]),
        q("24/27", "comment",
          "supervised toothbrushing in schools and nurseries should be expanded",
          None,
          "commissioned by each local authority's public health team",
          None, [PC, "public-health", "children-and-families"]),
        q("24/28", "question",
          "asked whether the findings had been shared with the hospital trusts",
          None,
          "the report had been shared with both acute trusts",
          "Healthwatch representative", [ASC, PPI]),
        q("24/28", "comment",
          "reflected casework he had received from residents",
          "Councillor Brannigan", None, None, [ASC]),
        q("24/28", "question",
          "whether unpaid carers had been offered a carer's assessment",
          None,
          "only 18 per cent of carers who responded to the survey",
          None, [ASC]),
        q("24/29", "request",
          "receive an update on the rebuilding programme for Tarnmouth General Hospital",
          None,
          "the item would be added to the work programme for June 2025",
          "Scrutiny Officer", []),
    ],
    "resolutions": [
        r("24/23", "were submitted and approved as a correct record", "agreed", []),
        r("24/24", "a further update, including response times for each local authority area",
          "agreed", []),
        r("24/25", "consideration of the item be deferred to the next meeting",
          "deferred", []),
        r("24/26", "the formal response of the Joint Committee to the consultation",
          "agreed", [MH, PPI]),
        r("24/27", "noted the position regarding NHS dental access in the Carr Valley",
          "noted", [PC]),
        r("24/28", "seeking their responses to the recommendations of the Healthwatch report",
          "agreed", [ASC, PPI]),
        r("24/29", "the work programme, as amended, be approved", "agreed", []),
    ],
    "attendees": [
        a("Councillor R Kellett", "Chair", "present"),
        a("Councillor S Pringle", "Vice-Chair", "present"),
        a("Councillor M Ashby", None, "present"),
        a("Councillor E Raine", None, "present"),
        a("Councillor J Oduya", None, "present"),
        a("Councillor T Brannigan", None, "present"),
        a("Councillor P Wardle", None, "present"),
        a("Councillor C Hinds", None, "present"),
        a("Councillor B Fenwick", None, "present"),
        a("Councillor D Mather", None, "present"),
        a("Councillor A Lisle", None, "present"),
        a("Councillor G Thirlwell", None, "present"),
        a("K Marsden", "Director of Operations", "in_attendance"),
        a("Dr F Adeyemi", "Medical Director", "in_attendance"),
        a("L Garside", "Head of Primary Care Commissioning (Dental)", "in_attendance"),
        a("W Heslop", "Deputy Director of Nursing", "in_attendance"),
        a("R Bamlett", "Care Group Director, Adult Mental Health", "in_attendance"),
        a("N Chadwick", None, "in_attendance"),
        a("C Ellerby", None, "in_attendance"),
        a("J Hutchinson", None, "in_attendance"),
        a("M Scaife", None, "in_attendance"),
        a("P Dodds", None, "in_attendance"),
        a("Councillor L Dunwell", None, "apologies"),
        a("Councillor K Younis", None, "apologies"),
        a("Councillor H Okonjo", None, "apologies"),
        a("Councillor F Carrick", None, "apologies"),
    ],
}

# item titles exactly as printed (capitals), taken from the blocks themselves
MINUTES_GOLD["items"] = [{"number": blk[1], "title": blk[2]} for blk in B if blk[0] == "item"]
del MINUTES_GOLD["items_titlecase"]
MINUTES_GOLD = {k: MINUTES_GOLD[k] for k in ("document", "doc_type", "committee", "meeting_date",
                                            "items", "questions", "resolutions", "attendees")}

REPORT_GOLD = {"document": REPORT, "doc_type": "report"}


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------
def build_pdf(path):
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            self.set_font("Sans", "", 9)
            self.set_xy(20, 10)
            self.cell(170, 5, HEADER, align="L")
            self.set_y(22)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Printed minutes - Carr Valley Health Scrutiny Joint Committee - 13 March 2025")
    pdf.set_author("Tarnmouth Council")
    pdf.set_creator("Tarnmouth Council Democratic Services")
    pdf.set_producer("Tarnmouth Council")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    LH = 5.2
    pdf.set_font("Sans", "B", 12)
    pdf.cell(170, 7, COMMITTEE.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(170, LH, f"A meeting of the {COMMITTEE} was held on Thursday 13 March 2025.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    # attendance: label in a hanging column
    for label, names in ATTENDANCE:
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(20, y)
        pdf.multi_cell(50, LH, label, align="L", new_x="LMARGIN", new_y="NEXT")
        y_label = pdf.get_y()
        pdf.set_font("Sans", "", 10)
        pdf.set_xy(72, y)
        pdf.multi_cell(118, LH, names, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), y_label) + 2.5)
    pdf.ln(2)

    BODY_X, BODY_W = 40, 150
    for blk in B:
        kind = blk[0]
        if kind == "item":
            _, n, title = blk
            pdf.ln(2)
            if pdf.get_y() > 255:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 10)
            pdf.set_xy(20, y)
            pdf.cell(20, LH, n)
            pdf.set_xy(BODY_X, y)
            pdf.multi_cell(BODY_W, LH, title, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Sans", "", 10)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, blk[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "bold":
            pdf.set_font("Sans", "B", 10)
            pdf.set_x(BODY_X)
            pdf.multi_cell(BODY_W, LH, blk[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "bullet":
            pdf.set_font("Sans", "", 10)
            y = pdf.get_y()
            if y > 268:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(BODY_X + 2, y)
            pdf.cell(5, LH, "•")
            pdf.set_xy(BODY_X + 8, y)
            pdf.multi_cell(BODY_W - 8, LH, blk[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
        elif kind == "num":
            _, n, text = blk
            pdf.set_font("Sans", "B", 10)
            y = pdf.get_y()
            pdf.set_xy(BODY_X, y)
            pdf.cell(8, LH, n)
            pdf.set_xy(BODY_X + 8, y)
            pdf.multi_cell(BODY_W - 8, LH, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            rows = blk[1]
            pdf.set_font("Sans", "", 9)
            pdf.set_left_margin(BODY_X)
            pdf.set_x(BODY_X)
            with pdf.table(width=BODY_W, col_widths=(38, 30, 82), align="LEFT",
                           line_height=4.6, first_row_as_headings=True,
                           text_align="LEFT") as table:
                for row in rows:
                    tr = table.row()
                    for c in row:
                        tr.cell(c)
            pdf.set_left_margin(20)
            pdf.ln(3)

    pdf.ln(4)
    pdf.set_font("Sans", "", 10)
    pdf.set_x(BODY_X)
    pdf.multi_cell(BODY_W, LH, "The meeting closed at 12.40 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return pdf.pages_count


# ---------------------------------------------------------------------------
# DOCX: the scrutiny officer's cover report for the mental health beds item
# ---------------------------------------------------------------------------
def build_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rr = t.add_run("Agenda Item 6")
    rr.bold = True

    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = h.add_run("TARNMOUTH COUNCIL")
    rr.bold = True
    rr.font.size = Pt(14)

    grid = d.add_table(rows=0, cols=2)
    grid.style = "Table Grid"
    for k, v in [
        ("Report of:", "Scrutiny Officer, Tarnmouth Council (on behalf of the scrutiny "
                       "officers of the five Carr Valley authorities)"),
        ("Submitted to:", "Carr Valley Health Scrutiny Joint Committee"),
        ("Date:", "13 March 2025"),
        ("Title:", "Adult Mental Health Inpatient Services - Proposed Consolidation of "
                   "Acute Beds - Consultation Response"),
        ("Report for:", "Decision"),
        ("Status:", "Public"),
        ("Key decision:", "Not applicable"),
        ("Urgent:", "No"),
    ]:
        cells = grid.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = v

    def head(text):
        p_ = d.add_paragraph()
        p_.paragraph_format.space_before = Pt(12)
        rn = p_.add_run(text)
        rn.bold = True

    def para(text, style=None):
        return d.add_paragraph(text, style=style) if style else d.add_paragraph(text)

    head("Executive summary")
    para("Tarnside and Hawkmoor NHS Foundation Trust (THFT) and the North Shore and Fellside "
         "Integrated Care Board (ICB) have consulted on proposals to consolidate adult acute "
         "mental health inpatient beds from Ashgill Ward, Stanbeck Hospital, and Larch Ward, "
         "Fellgate Hospital, onto a single site at Fellgate Hospital. At its meeting on 16 "
         "January 2025 the Joint Committee determined that the proposals are a substantial "
         "variation and that it would respond to the consultation on behalf of the five "
         "local authorities.")
    para("Representatives of THFT and the ICB will attend the meeting to present the outcome "
         "of the consultation. This report sets out the background, the areas Members may wish "
         "to explore and the options for the Joint Committee's response.")

    head("Purpose")
    para("1. To provide Members with the information needed to scrutinise the proposals and "
         "to agree how the Joint Committee's formal response to the consultation will be "
         "prepared and submitted.")

    head("Recommendations")
    para("2. That the Carr Valley Health Scrutiny Joint Committee:")
    for x in ["a) considers the information presented by THFT and the ICB;",
              "b) determines whether it supports the proposals, supports them subject to "
              "conditions, or does not support them; and",
              "c) agrees that its formal response be drafted by the scrutiny officers and "
              "approved by the Chair and Vice-Chair before the THFT Board meets in April 2025."]:
        p_ = para(x)
        p_.paragraph_format.left_indent = Cm(1)

    head("Rationale for the recommended decision(s)")
    para("3. The Local Authority (Public Health, Health and Wellbeing Boards and Health "
         "Scrutiny) Regulations 2013 require the NHS to consult the relevant scrutiny body on "
         "any proposal for a substantial variation in services. Where more than one authority "
         "is consulted, the authorities must appoint a joint committee for the purpose, and "
         "only that committee may comment on the proposal, require information or require "
         "attendance.")
    para("4. Should the Joint Committee not be satisfied that the consultation has been "
         "adequate, or that the proposals are in the interests of the health service in the "
         "area, it may report to the Secretary of State after first attempting local "
         "resolution with THFT and the ICB.")

    head("Background")
    para("5. Ashgill Ward provides 18 beds in a 1970s building that does not meet current "
         "standards for privacy and dignity. Larch Ward provides 24 beds. The proposal is to "
         "build a new 24-bed ward at Fellgate Hospital, reducing the total number of adult "
         "acute beds across the Carr Valley from 42 to 40, and to invest in a crisis house "
         "and an expanded home treatment team.")
    para("6. The consultation ran from 4 November 2024 to 27 January 2025. THFT reports that 612 "
         "responses were received. A summary of the consultation feedback is attached at "
         "Appendix 1 and the THFT presentation will be circulated on the day.")

    head("Possible lines of questioning")
    para("7. Members may wish to consider the following questions:")
    for x in [
        "How will families and carers from Stanbeck and Wardlow without a car reach Fellgate "
        "Hospital, and what help with travel costs will be offered?",
        "How many Carr Valley residents are currently placed out of area, and what is the "
        "annual cost of those placements?",
        "What evidence supports the assumption that the crisis house and home treatment team "
        "will reduce admissions enough to offset the loss of two beds?",
        "Has the capital funding for the new ward been secured, and what happens if it is not?",
        "What will happen to staff currently working on Ashgill Ward?",
        "How were people with lived experience involved in designing the proposals, and how "
        "will the outcome of the consultation be fed back to them?",
        "Have local authority adult social care and housing services been involved, given the "
        "link between delayed discharge and a lack of suitable accommodation?",
    ]:
        para(x, style="List Bullet")

    head("Options for the Joint Committee's response")
    tbl = d.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    tbl.rows[0].cells[0].text = "Option"
    tbl.rows[0].cells[1].text = "Implications"
    for k, v in [
        ("Support the proposals", "THFT Board proceeds in April 2025; no further scrutiny "
         "role beyond monitoring implementation."),
        ("Support subject to conditions", "Conditions (for example on travel support and "
         "out of area placements) are set out in the response and monitored through the "
         "work programme."),
        ("Do not support the proposals", "Local resolution would be required before any "
         "referral to the Secretary of State could be considered."),
    ]:
        cells = tbl.add_row().cells
        cells[0].text = k
        cells[1].text = v

    head("Financial, legal and other implications")
    para("8. There are no direct financial implications for the five local authorities arising "
         "from this report. Legal implications are set out in paragraphs 3 and 4.")

    head("Background papers")
    para("Minutes of the Carr Valley Health Scrutiny Joint Committee, 16 January 2025. "
         "THFT and ICB consultation document, 'Better Places to Recover', November 2024.")
    para("Contact: Caroline Ellerby, Scrutiny Officer, Tarnmouth Council")
    para("Email: scrutiny@tarnmouth.gov.uk")

    cp = d.core_properties
    cp.author = "Tarnmouth Council"
    cp.last_modified_by = "Tarnmouth Council"
    cp.title = "Adult Mental Health Inpatient Services - Consultation Response"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the file is byte-for-byte reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gf in sorted(GOLD.glob("om-*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        path = DOCS / g["document"]
        if not path.exists():
            print(f"MISSING {path}")
            ok = False
            continue
        text = norm(doc_text(path))
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["text"]))
            if row.get("answer"):
                phrases.append(("answer", row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for kind, ph in phrases:
            n_words = len(ph.split())
            c = text.count(norm(ph))
            if c != 1 or not (6 <= n_words <= 15):
                ok = False
                print(f"FAIL {gf.name} {kind} ({c} matches, {n_words} words): {ph}")
        print(f"{gf.name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    pages = build_pdf(DOCS / MINUTES)
    build_docx(DOCS / REPORT)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {MINUTES} ({pages} pages), {REPORT} and their gold files")


if __name__ == "__main__":
    main()
