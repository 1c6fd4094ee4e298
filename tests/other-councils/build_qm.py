#!/usr/bin/env python3
"""Build the "qm-" documents of round 228 and their gold annotations.

Usage:  build_qm.py           build documents/qm-* and gold/qm-*.json
        build_qm.py --check   verify every gold phrase occurs once in its document

Both documents are plain text as an OCR program would give it from a scanned
paper copy (2006): running heads and page numbers inside the text, a rubber stamp
and a signature read as text, and a few slips of the scanner.
"""
from __future__ import annotations

import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qm-threnshire-health-overview-scrutiny-committee-2006-10-11.txt"
LEAFLET_NAME = "qm-threnshire-hollesby-community-hospital-consultation-leaflet.txt"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# A plain string is a paragraph, wrapped at WIDTH; ("raw", text) is kept line for line.

WIDTH = 76
LINES_PER_PAGE = 53
RUNNING_HEAD = "Health Overview and Scrutiny Committee                  11 October 2006"

FIRST_PAGE_TOP = [
    ("raw", "                                          .-----------------------.\n"
            " ,                                        | MEMBER SUPPORT UNIT    |\n"
            "                                          |    l 3 OCT 2006        |\n"
            "                                          |   R E C E I V E D      |\n"
            "                                          '-----------------------'"),
    ("raw", "MINUTES OF A MEETING OF THE HEALTH OVERVIEW AND SCRUTINY\n"
            "COMMITTEE HELD AT COUNTY HALL, THRENFORD ON WEDNESDAY\n"
            "11 OCTOBER 2006 AT l0.00 AM"),
    ("raw", "Membership"),
    ("raw", "* Councillor R A Pennick (Chairman)          * Councillor Mrs J E Hollis\n"
            "* Councillor D L Fairweather (Vice-Chairman)    Councillor M Jessop\n"
            "* Councillor T Ashworth-Bell                  * Councillor C R Oddie\n"
            "* Councillor Mrs P Kemble                       Councillor K Strood\n"
            "* Councillor Mrs G Tansley                    * Councillor B J Whitlock\n"
            "* Councillor N O Vardy (substitute)"),
    ("raw", "Co-opted Non-Voting Members"),
    ("raw", "* Councillor S Pargeter          Markwold Borough Council\n"
            "  Councillor Mrs A Dyball        Hollesby District Council\n"
            "  Councillor J Cattermole        Dunmarsh District Council\n"
            "* Mrs E Harker                   Threnshire Patients' Forums Network"),
    ("raw", "* Present"),
    ("raw", "The following officers were present in support throughout the meeting:"),
    ("raw", "Alison Penfold       -   Scrutiny Officer\n"
            "Derek Coyle          -   Committee Officer"),
    ("raw", "Also present:\n"
            "Councillor Mrs V Blakemore, Cabinet Member for Adult Social Care"),
]


def minute(number: str, title: str) -> tuple:
    return ("raw", f"{number}.   {title}")


BODY = [
    minute("1", "Apologies and Substitution Notices"),
    "The Committee Officer reported the following apologies and substitutions:",
    ("raw", "          Apology                           Substitute\n"
            "          Councillor M Jessop               --\n"
            "          Councillor K Strood               Councillor N O Vardy"),
    "Apologies for absence were also received from Councillor Mrs A Dyball "
    "(Hollesby District Council), co-opted member.",

    minute("2", "Declarations of Interest"),
    "Councillor Mrs P Kemble declared a personal interest in minute 7 as a member of "
    "the League of Friends of Hollesby War Memorial Hospital.",
    "Councillor S Pargeter declared a personal interest in minute 6 as her son-in-law "
    "was a dental practitioner in Colsey holding an NHS contract.",
    "Mrs E Harker declared a personal interest in minutes 7 and 8 as a member of the "
    "North Threnshire Primary Care Trust Patient and Public Involvement Forum.",

    minute("3", "Minutes"),
    "The minutes of the meeting held on 13 September 2006 were approved as a correct "
    "record and signed by the Chairman, subject to the amendment of minute 5 to "
    "record that Councillor C R Oddie had been present at that meeting.",
    "Arising from minute 6 of that meeting (Ambulance Response Times in Rural Areas) "
    "the Scrutiny Officer reported that the information on category A response times "
    "by postcode district requested by Members had been circulated on 29 September "
    "2006.",

    minute("4", "Questions from the Public"),
    "Mr Victor Ransome, of Hollesby, asked the following question of the Chairman:",
    ("raw", "  \"Will the Committee insist that the Primary Care Trust keeps the\n"
            "  consultation on Hollesby War Memorial Hospital open until all of the\n"
            "  public meetings have been held, given that the meeting at Pellow Green\n"
            "  was cancelled at two days' notice?\""),
    "The Chairman replied that the Committee would be considering the consultation "
    "under minute 7 below and that he had already written to the Chief Executive of "
    "the Primary Care Trust asking that the cancelled meeting be rearranged well "
    "before the consultation closed. Mr Ransome thanked the Chairman for his reply.",
    "Mrs Doreen Fitch, of the Colsey Dental Action Group, asked why residents who had "
    "been removed from a dentist's NHS list in Colsey were being told by the PCT "
    "helpline that the nearest practice accepting NHS patients was in Threnford, over "
    "twenty miles away. The Chairman advised that he would raise the matter with the "
    "PCT under minute 6 and that a written reply would be sent to Mrs Fitch after "
    "the meeting.",

    minute("5", "Independent Sector Treatment Centre - Phase Two Proposals"),
    "The Committee considered report HOSC/43/06 which set out the Department of "
    "Health's second wave of Independent Sector Treatment Centres (ISTCs) as it "
    "affected Threnshire, and in particular the proposal to procure elective "
    "orthopaedic and general surgery for the north of the county from a single "
    "independent sector provider at a new centre to be built on the Threnford "
    "General Hospital site. Members were reminded that the Committee had examined "
    "the first wave of the programme, and the diagnostic centre at Markwold, at its "
    "meeting in March 2005, when it had asked to be kept informed of any further "
    "proposals for the county.",
    ("raw", "The Committee was joined for this item by:\n"
            "\n"
            "Mr Neil Gadsby       -  Director of Commissioning, North Threnshire\n"
            "                        Primary Care Trust\n"
            "Ms Fiona Rendall     -  Programme Director, Threnshire Elective Care\n"
            "                        Scheme"),
    "Mr Gadsby introduced the item. He advised that the scheme would provide up to "
    "4,800 procedures a year under a five year contract, that the successful bidder "
    "would be paid at the national tariff and that three bids had been received. A "
    "preferred bidder was expected to be named in December 2006 and the centre would "
    "open in the spring of 2008. Ms Rendall outlined the arrangements for patient "
    "choice, under which GPs would offer the centre as one of at least four options "
    "through the Choose and Book system. Patients would be able to choose the "
    "centre only for the procedures covered by the contract, which included hip and "
    "knee replacements, hernia repairs, gall bladder removal and a range of day case "
    "procedures, and would be referred on to Threnford General Hospital if they were "
    "found to be unsuitable for treatment at the centre.",
    "Councillor Whitlock joined the meeting at 10.20 am.",
    "Councillor Ashworth-Bell asked whether the new centre would take work and income "
    "away from Threnford Hospitals NHS Trust, which was already forecasting a deficit "
    "of £6.2 million for the year. Mr Gadsby replied that the volumes had been set "
    "nationally and that the Trust had been consulted on the activity to be "
    "transferred. The Trust's own estimate was a loss of income of about £3.5 "
    "million a year, but the transfer would also release theatre time for more "
    "complex work.",
    "Concern was expressed by Councillor Mrs Hollis that the centre would recruit its "
    "staff from the Trust's own theatre teams, which were already short of "
    "anaesthetists. Ms Rendall advised that the contract contained an additionality "
    "clause preventing the provider from employing NHS staff in shortage specialties "
    "who had worked for the NHS in the previous six months, although this did not "
    "extend to nursing and support staff.",
    "Councillor Oddie asked what would happen to patients who developed complications "
    "after surgery at the centre. It was confirmed that the provider would be "
    "required to have an agreement with the Trust for the transfer of patients "
    "needing emergency care, and that the cost of any such transfer would fall on the "
    "provider.",
    "Councillor Vardy questioned whether the scheme amounted to the privatisation of "
    "NHS surgery by the back door, and whether the provider would be free to treat "
    "private patients at the centre. Mr Gadsby stated that patients would remain NHS "
    "patients, treated free at the point of use, and that private work would not be "
    "permitted under the contract.",
    "Mrs Harker requested that members of the Patients' Forum be allowed to visit the "
    "centre once it opened. Ms Rendall undertook to raise this with the preferred "
    "bidder and to write to Mrs Harker.",
    "Councillor Whitlock sought clarification on the cost of the procurement to date. "
    "Members were advised that the procurement was being run and paid for by the "
    "Department of Health's Commercial Directorate and that no figure was held "
    "locally.",
    "The Vice-Chairman commented that the national timetable had left very little "
    "room for local scrutiny of a scheme which would change where several thousand "
    "Threnshire residents had their operations.",
    ("raw", "Resolved:"),
    "That (1) the report be noted; and (2) a further report be made to the Committee "
    "once the preferred bidder has been named, setting out the arrangements for "
    "monitoring the quality of care at the centre.",
    "The Chairman thanked Mr Gadsby and Ms Rendall for attending and they left the "
    "meeting.",
    ("raw", "The meeting adjourned at 11.25 am and reconvened at 11.35 am."),

    minute("6", "NHS Dentistry - Access Six Months On"),
    "The Committee received report HOSC/44/06 from South Threnshire Primary Care "
    "Trust on access to NHS dentistry six months after the introduction of the new "
    "dental contract on 1 April 2006.",
    ("raw", "The Committee was joined for this item by:\n"
            "\n"
            "Mr Alan Strudwick    -  Head of Primary Care Contracting, South\n"
            "                        Threnshire Primary Care Trust\n"
            "Mr Keith Barrowcliffe - Consultant in Dental Public Health"),
    "Mr Strudwick reported that 14 of the 97 dental practices in the county had "
    "declined the new contract and now treated adults privately, and that some "
    "31,000 patients had been affected. The money released had been used to "
    "commission additional units of dental activity from six practices, mostly in "
    "Threnford and Markwold. The PCT dental helpline had taken 5,200 calls since "
    "April.",
    "Mr Barrowcliffe presented the findings of the most recent survey of the oral "
    "health of five year olds, which showed that children in Threnshire had on "
    "average 1.6 decayed, missing or filled teeth, against 1.5 for England, with "
    "wide differences between the most and least deprived wards. He explained that "
    "the new contract paid practices for courses of treatment rather than for each "
    "item of treatment and was intended to encourage preventive care, but that it "
    "was too early to say whether it had done so.",
    "In the course of discussion the following points were raised:",
    ("raw", "e   Councillor Mrs Kemble asked how long patients were waiting to be found\n"
            "    an NHS dentist through the helpline. The Committee was informed that\n"
            "    the average wait was currently eleven weeks, and that patients in\n"
            "    pain were seen at the dental access centre in Threnford within 24\n"
            "    hours.\n"
            "\n"
            "e   Councillor Mrs Tansley expressed concern that five year olds in the\n"
            "    Dunmarsh area had some of the worst levels of tooth decay in the\n"
            "    region. Mr Barrowcliffe agreed that the figures were poor and said\n"
            "    that a fluoride varnish programme in nursery and infant schools would\n"
            "    begin in January 2007.\n"
            "\n"
            "e   Councillor Pargeter asked what the PCT was doing about practices which\n"
            "    reached their annual target early and then stopped seeing NHS\n"
            "    patients before the end of the year. Mr Strudwick advised that\n"
            "    activity was now being monitored monthly and that practices would be\n"
            "    expected to spread appointments evenly through the year.\n"
            "\n"
            "e   Councillor Vardy queried whether the money taken back from practices\n"
            "    that had gone private was being spent on dentistry. It was confirmed\n"
            "    that the dental allocation was ring-fenced until March 2009 and that\n"
            "    none of it had been used to meet the PCT's deficit.\n"
            "\n"
            "«   The Chairman referred to the question from Mrs Fitch under minute 4\n"
            "    and asked that the PCT reply to her directly. Mr Strudwick agreed to\n"
            "    write to Mrs Fitch and to copy his reply to all Members.\n"
            "\n"
            "e   Councillor Ashworth-Bell commented that the new contract had been a\n"
            "    disaster for NHS patients in the south of the county."),
    "It was AGREED that the Chairman write to the Strategic Health Authority "
    "expressing the Committee's concern at the loss of NHS dental capacity in the "
    "Colsey and Dunmarsh areas and asking what support would be given to the PCTs to "
    "commission new practices.",
    "The Chairman thanked Mr Strudwick and Mr Barrowcliffe for attending and they "
    "left the meeting.",

    minute("7", "Proposed Changes to Community Hospital Services in the Hollesby Area"),
    "The Committee considered report HOSC/45/06 by the Scrutiny Officer, together "
    "with the consultation document 'Your Hospital, Your Say' issued by North "
    "Threnshire Primary Care Trust. The PCT proposed to close the 18 in-patient beds "
    "at Hollesby War Memorial Hospital, to provide rehabilitation beds instead at "
    "Threnford Community Hospital, to set up a rapid response team to care for "
    "patients in their own homes and to reduce the opening hours of the minor "
    "injuries unit at Hollesby to 8.00 am to 8.00 pm on weekdays. The consultation "
    "had opened on 4 September and would close on 27 November 2006. The report "
    "reminded Members that under the Health and Social Care Act 2001 the Committee "
    "could refer a proposal for substantial variation to the Secretary of State if it "
    "was not satisfied with the consultation.",
    ("raw", "The Committee was joined for this item by:\n"
            "\n"
            "Mrs Lorna Peckover   -  Chief Executive, North Threnshire Primary Care\n"
            "                        Trust\n"
            "Dr Hugh Ansell       -  Chairman of the Professional Executive\n"
            "                        Committee, North Threnshire Primary Care Trust"),
    "Mrs Peckover advised that the beds at Hollesby were occupied on average by 12 "
    "patients, that the ward did not meet current standards for privacy and single "
    "sex accommodation and that the PCT could not recruit enough qualified nurses to "
    "staff it safely at night. The proposals would release £1.4 million a year.",
    "Dr Ansell spoke on behalf of the GPs in the Hollesby area. He said that most of "
    "the patients now admitted to Hollesby could be cared for at home with the right "
    "support, and that the GPs had supported the proposals on the understanding that "
    "the rapid response team would be in place before any beds closed. Mrs Peckover "
    "added that 214 questionnaires had been returned so far, that two public "
    "meetings had been held and that a petition of 4,100 signatures opposing the "
    "closure had been presented to the PCT Board in September.",
    "Councillor Whitlock asked how many patients from the Hollesby area would have to "
    "travel to Threnford and what public transport was available. Mrs Peckover "
    "replied that there were around 310 admissions a year, that the journey took 50 "
    "minutes by bus, and that the PCT was working with the County Council's passenger "
    "transport unit on a community car scheme for visitors.",
    "Concern was expressed that the consultation document did not make clear whether "
    "the £1.4 million would be used to reduce the PCT's deficit. Mrs Peckover stated "
    "that all of the money would be reinvested in community services in the north of "
    "the county, and undertook to publish a breakdown of the reinvestment before the "
    "end of the consultation.",
    "Councillor Mrs Tansley asked whether the County Council had agreed to provide the "
    "additional home care that the rapid response team would rely on. The Cabinet "
    "Member for Adult Social Care said that discussions with the PCT were continuing "
    "but that the County Council had not yet committed any funding.",
    "Mrs Harker reported that the Forum had received complaints that the "
    "questionnaire was difficult to read and requested that large print and audio "
    "versions be made available. Mrs Peckover agreed that these would be produced "
    "within a week and sent to every GP surgery in the area.",
    "Councillor Oddie questioned the clinical case for the change. Dr Ansell explained "
    "that evidence from the pilot in the Dunmarsh area showed that older patients "
    "treated at home regained their independence more quickly and were less likely to "
    "be readmitted.",
    "Councillor Ashworth-Bell asked what would happen to the 23 staff working on the "
    "ward. In reply Mrs Peckover said that no compulsory redundancies were expected "
    "and that staff would be offered posts in the new rapid response team.",
    "The Chairman asked that the cancelled public meeting at Pellow Green be held "
    "before the close of consultation. Mrs Peckover confirmed that it had been "
    "rearranged for Thursday 2 November 2006 at Pellow Green Methodist Church.",
    "Councillor Vardy moved, and Councillor Ashworth-Bell seconded, that the "
    "Committee inform the PCT that the consultation had been inadequate and that the "
    "proposals be referred to the Secretary of State. On being put to the vote the "
    "motion was lost, three Members voting for and five against, with one abstention.",
    ("raw", "Resolved:"),
    "That the Scrutiny Officer prepare a draft response to the consultation, "
    "reflecting the views expressed by Members at this meeting, for agreement at the "
    "meeting on 8 November 2006.",
    "The Chairman thanked Mrs Peckover and Dr Ansell for attending and they left the "
    "meeting.",
    ("raw", "Councillor Oddie left the meeting at 12.15 pm."),

    minute("8", "Patient and Public Involvement - A Stronger Local Voice"),
    "The Committee received report HOSC/46/06 by the Scrutiny Officer on the "
    "Government's proposals, published in July 2006, to abolish Patients' Forums "
    "and the Commission for Patient and Public Involvement in Health and to replace "
    "them with Local Involvement Networks (LINks), to be set up by each social "
    "services authority from April 2008.",
    ("raw", "The Committee was joined for this item by:\n"
            "\n"
            "Mr Martin Garrod     -  Head of Strategy and Commissioning, Adult Social\n"
            "                        Care, Threnshire County Council"),
    "Mr Garrod explained that, unlike the Forums, which each looked at a single NHS "
    "trust, a LINk would cover all health and social care services in the county, "
    "including those commissioned by the County Council. The LINk would be able to "
    "ask for information, to enter and view services and to refer matters to the "
    "Committee. The Bill to give effect to the proposals was expected in the new "
    "year, and the Department of Health would issue guidance to councils on the "
    "commissioning of host organisations.",
    "Mrs Harker expressed concern that the experience built up by Forum members "
    "would be lost in the change. Mr Garrod responded that the County Council "
    "intended to invite Forum members to help design the Threnshire LINk and would "
    "hold a stakeholder event in the new year.",
    "Councillor Mrs Hollis asked how LINks would be funded and whether the money "
    "would be ring-fenced. Mr Garrod advised that the funding would come to the "
    "County Council through a grant which had not yet been announced, and that it "
    "was not expected to be ring-fenced.",
    "The Vice-Chairman asked whether the organisation to host the LINk would be "
    "chosen by tender. Mr Garrod confirmed that the County Council would have to "
    "contract with a host organisation, most likely from the voluntary sector, "
    "following a competitive tender.",
    "Councillor Whitlock commented that the Committee would need to agree with the "
    "LINk how matters referred by it would be dealt with.",
    "The Committee NOTED the report and the proposed timetable for setting up a Local "
    "Involvement Network in Threnshire.",
    "The Chairman thanked Mr Garrod for attending.",

    minute("9", "Forward Look"),
    "The Committee considered its Forward Look for the remainder of the municipal "
    "year (HOSC/47/O6). The items already programmed were winter pressures and "
    "delayed discharges from hospital (November), the annual health check ratings "
    "of the county's NHS trusts (December) and the mental health trust's proposals "
    "for its older people's services (February 2007). The Scrutiny Officer reported "
    "that the task and finish group on hospital car parking charges would report to "
    "the Committee in March 2007.",
    "Councillor Mrs Tansley requested an item on the readiness of stop smoking "
    "services for the smoke-free legislation coming into force in July 2007. The "
    "Scrutiny Officer said that this could be taken at the January meeting.",
    ("raw", "Resolved:"),
    "That the Forward Look be agreed, subject to the addition of an item on stop "
    "smoking services and smoke-free legislation in January 2007.",

    minute("10", "Urgent Business"),
    "There was no urgent business.",

    minute("11", "Date of Next Meeting"),
    "The Committee NOTED that the next meeting would be held on Wednesday 8 November "
    "2006 at 10.00 am in Committee Room 1, County Hall, Threnford.",
    ("raw", "The meeting closed at 12.52 pm."),
    ("raw", "\n\n                         /?  ,/ 1\n"
            "                   ....~.~.\\..~....)J.r.-'.:.:..........\n"
            "                                  Chairman\n"
            "\n"
            "                              8/ll/06"),
]

# Slips of the scanner, made in the wrapped text (never inside a gold phrase):
# (old, new, which occurrence, counting from 1).
OCR_SLIPS = [
    ("the Committee would be considering", "theCommittee would be considering", 1),
    ("The Committee considered report HOSC/43/06", "The Cornmittee considered report HOSC/43/06", 1),
    ("procedures a year", "proce dures a year", 1),
    ("Choose and Book", "Choose and B ook", 1),
    ("The Chairman thanked Mr Gadsby", "The Chairrnan thanked Mr Gadsby", 1),
    ("Trust on access to NHS", "Trust on access to NIHS", 1),
    ("now treated adults privately", "now treated adu1ts privately", 1),
    ("Threnford and Markwold", "Threnford and Markwo1d", 1),
    ("Commercial Directorate", "Commercia1 Directorate", 1),
    ("wide differences between", "wide diff erences between", 1),
    ("Hollesby War Memorial Hospital, to provide", "Hollesby War Mernorial Hospital, to provide", 1),
    ("The Chairman thanked Mrs Peckover", "The Chairman thanked Mrs Peckover ,", 1),
    ("Local Involvement Networks (LINks)", "Local Involvement Networks (LlNks)", 1),
    ("for the remainder of the municipal", "for the remainder ofthe municipal", 1),
]


def block_lines(block) -> list[str]:
    if isinstance(block, tuple):
        return block[1].split("\n")
    return textwrap.wrap(block, WIDTH, break_long_words=False, break_on_hyphens=False)


def apply_slips(text: str) -> str:
    for old, new, nth in OCR_SLIPS:
        pattern = r"\s+".join(re.escape(w) for w in old.split(" "))
        matches = list(re.finditer(pattern, text))
        if len(matches) < nth:
            raise SystemExit(f"slip not found: {old!r}")
        m = matches[nth - 1]
        # keep the wrapped text's line breaks at the same word positions
        seps = re.findall(r"\s+", m.group(0))
        words_new = new.split(" ")
        if len(words_new) == len(seps) + 1:
            repl = words_new[0] + "".join(s + w for s, w in zip(seps, words_new[1:]))
        else:
            repl = new
        text = text[:m.start()] + repl + text[m.end():]
    return text


def minutes_text() -> str:
    body: list[str] = []
    for block in BODY:
        if body:
            body.append("")
        body.extend(block_lines(block))
    first: list[str] = []
    for block in FIRST_PAGE_TOP:
        if first:
            first.append("")
        first.extend(block_lines(block))
    lines = first + [""] + body

    pages: list[list[str]] = []
    cur: list[str] = []
    for line in lines:
        if len(cur) >= LINES_PER_PAGE:
            pages.append(cur)
            cur = []
        if not cur and line == "" and pages:
            continue
        cur.append(line)
    if cur:
        pages.append(cur)

    out: list[str] = []
    marks = {2: "|", 4: "'", 6: ". ,"}
    for n, page in enumerate(pages, 1):
        while page and page[-1] == "":
            page.pop()
        if n > 1:
            out.append(RUNNING_HEAD)
            out.append("")
            if n in marks:
                out.append(marks[n])
        out.extend(page)
        out.append("")
        out.append(f"                                    {n}".replace("1", "l") if n == 1
                   else f"                                    {n}")
        out.append("")
    text = "\n".join(out) + "\n"
    return apply_slips(text)


# ---------------------------------------------------------------------------
# The leaflet (not minutes)
# ---------------------------------------------------------------------------

LEAFLET = """\
NHS
North Threnshire
Primary Care Trust                              THRENSHIRE
                                                County Council
                                                working for you

YOUR HOSPITAL, YOUR SAY

Changes to community hospital services
in the Hollesby area

A consultation by North Threnshire Primary Care Trust,
working with Threnshire County Council

4 September to 27 November 2006


Why are we asking for your views?

Hollesby War Memorial Hospital has served the people of Hollesby and the
surrounding villages since 1921. It was built with money raised by local
families in memory of those who died in the Great War, and we know how much
it means to the community.

But the way we care for older people has changed a great deal, even in the
last ten years. More people now want to be cared for in their own homes, and
the evidence tells us that many of them get better more quickly when they are.
At the same time the ward at Hollesby no longer meets modern standards: it has
one bay of eight beds and one of ten, no single rooms and only two toilets on
the ward.

We want to use our money and our staff in the way that does most good for the
most people. Before we make any decision we want to hear what you think.


What are we proposing?

We are proposing to:

  *  close the 18 in-patient beds at Hollesby War Memorial Hospital
  *  provide 10 extra rehabilitation beds at Threnford Community Hospital, in
     a new ward with single rooms
  *  set up a Rapid Response Team of nurses, therapists and care staff who can
     look after people at home, 24 hours a day, for up to two weeks
  *  open the Minor Injuries Unit at Hollesby from 8am to 8pm, Monday to Friday
     (it is now open 8am to 10pm seven days a week)
  *  keep the outpatient clinics, the X-ray service and the day hospital at
     Hollesby, and bring more clinics into the building

We are not proposing to close Hollesby War Memorial Hospital.


What would this mean for me?

If you need to stay in a community hospital bed, you would go to Threnford
Community Hospital rather than Hollesby. Threnford is about 14 miles from
Hollesby. We are working with Threnshire County Council to set up a voluntary
car scheme so that relatives without a car can visit.

If you could be looked after at home, the Rapid Response Team would visit you
as often as you need, including at night. The team would work closely with
your GP and with the County Council's home care service.

If you have a minor injury in the evening or at a weekend, you would need to
go to the Minor Injuries Unit at Threnford, or ring NHS Direct on 0845 4647.


You asked ... We said

Over the summer we held four drop-in sessions and talked to more than 300
people. Here are some of the questions you asked us most often.

You asked:  Is this just about saving money?
We said:    No. The changes would free up about £1.4 million a year, and every
            penny of it would be spent on community services in the north of
            the county, including the Rapid Response Team.

You asked:  What will happen to the staff?
We said:    We expect every member of staff who wants to stay with us to be
            offered a job, either at Threnford or in the new team.

You asked:  Will the League of Friends' money be spent somewhere else?
We said:    No. The League of Friends decides how its own money is spent. We
            have asked it to help us plan the new clinics at Hollesby.

You asked:  Why can't you just modernise the ward?
We said:    We looked at this. It would cost about £2.3 million and would still
            leave us unable to staff the ward safely at night.

You asked:  Has this already been decided?
We said:    No. The PCT Board will make its decision in January 2007, after it
            has considered every response.


Questions you may want to ask us

If you come to one of our public meetings, you may want to ask:

  *  How quickly will the Rapid Response Team get to me?
  *  What happens if I need more care at home after two weeks?
  *  How will I get to Threnford to visit my husband or wife?
  *  Who do I ring if I have an accident on a Saturday?
  *  How will you know if the changes are working?

Our staff will be happy to answer these and any other questions.


Public meetings

  Hollesby Village Hall            Tuesday 19 September      7.00pm
  Kettlemere Community Centre     Wednesday 4 October       2.30pm
  Pellow Green Methodist Church    Thursday 2 November *     7.00pm
  Threnford Community Hospital     Monday 13 November        7.00pm

  * This meeting replaces the meeting on 5 October, which had to be
    cancelled. We apologise for any inconvenience.


What happens next?

Threnshire County Council's Health Overview and Scrutiny Committee will look
at our proposals and at the way we have consulted on them. We will publish a
report of what people have told us in December 2006. The PCT Board will meet in
public in January 2007 to make its decision.


How to have your say

  *  fill in the questionnaire below and send it to us - you do not need a
     stamp
  *  come to one of the public meetings
  *  e-mail: yoursay@norththrenshire-pct.nhs.uk
  *  ring our Patient Advice and Liaison Service on 01632 960 670


- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -
                                                 [scissors] cut here

QUESTIONNAIRE

Q1  Do you agree that we should close the in-patient beds at Hollesby and
    provide extra rehabilitation beds at Threnford?

      Yes D        No D        Not sure D

Q2  Do you agree with our plans for a Rapid Response Team?

      Yes D        No D        Not sure D

Q3  Would the changes to the opening hours of the Minor Injuries Unit affect
    you or your family?

      Yes D        No D        Not sure D

Q4  Is there anything else you would like us to think about?

    ..........................................................................

    ..........................................................................

Q5  Which of these best describes you?   (please tick all that apply)

      Patient D    Carer D    Member of staff D    Other D

Your postcode (this helps us understand where responses come from):
    ................

Please return by 27 November 2006 to:
FREEPOST RLZT-KXGB-ACSE, Consultation, North Threnshire Primary Care Trust,
Wellbrook House, Threnford TH1 4QA


This leaflet is available in large print, on audio tape and in other
languages. Please ring 01632 960 670.

Published by North Threnshire Primary Care Trust, September 2006.
Reprinted with corrections, October 2006.                          NT/CON/06/14
"""

LEAFLET_SLIPS = [
    ("the evidence tells us", "the evidence te1ls us"),
    ("Rapid Response Team of nurses", "Rapid Response Tearn of nurses"),
    ("14 miles from", "l4 miles from"),
    ("every response.", "every response ."),
]

# The page break of the scan falls in the middle of the "What would this mean"
# section; the leaflet's footer and the printer's mark are read as text there.
LEAFLET_BREAK_AFTER = "Hollesby. We are working with Threnshire County Council to set up a voluntary"
LEAFLET_BREAK = ("\n\n     Your Hospital, Your Say                                   page 2\n"
                 "   ~\n\n")
LEAFLET_BREAK2_AFTER = "Our staff will be happy to answer these and any other questions."
LEAFLET_BREAK2 = ("\n\n     Your Hospital, Your Say                                   page 3\n"
                  "  .   ,\n")


def leaflet_text() -> str:
    text = LEAFLET
    for old, new in LEAFLET_SLIPS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    for after, brk in ((LEAFLET_BREAK_AFTER, LEAFLET_BREAK),
                       (LEAFLET_BREAK2_AFTER, LEAFLET_BREAK2)):
        assert text.count(after) == 1, after
        text = text.replace(after, after + brk)
    return text


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
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2006-10-11",
    "items": [
        {"number": "1", "title": "Apologies and Substitution Notices"},
        {"number": "2", "title": "Declarations of Interest"},
        {"number": "3", "title": "Minutes"},
        {"number": "4", "title": "Questions from the Public"},
        {"number": "5", "title": "Independent Sector Treatment Centre - Phase Two Proposals"},
        {"number": "6", "title": "NHS Dentistry - Access Six Months On"},
        {"number": "7", "title": "Proposed Changes to Community Hospital Services in the "
                                 "Hollesby Area"},
        {"number": "8", "title": "Patient and Public Involvement - A Stronger Local Voice"},
        {"number": "9", "title": "Forward Look"},
        {"number": "10", "title": "Urgent Business"},
        {"number": "11", "title": "Date of Next Meeting"},
    ],
    "questions": [
        # 4 Questions from the Public
        q("4", "question",
          "keeps the consultation on Hollesby War Memorial Hospital open until all",
          "Mr Victor Ransome",
          "he had already written to the Chief Executive of the Primary Care Trust",
          "Chairman", ["patient-and-public-input"]),
        q("4", "question",
          "asked why residents who had been removed from a dentist's NHS list",
          "Mrs Doreen Fitch",
          "a written reply would be sent to Mrs Fitch after the meeting",
          "Chairman", ["primary-care"]),
        # 5 ISTC
        q("5", "question",
          "asked whether the new centre would take work and income away",
          "Councillor Ashworth-Bell",
          "the volumes had been set nationally and that the Trust had been consulted",
          "Mr Gadsby", ["finance", "subcontracting"]),
        q("5", "concern",
          "the centre would recruit its staff from the Trust's own theatre teams",
          "Councillor Mrs Hollis",
          "the contract contained an additionality clause preventing the provider from "
          "employing",
          "Ms Rendall", ["workforce", "subcontracting"]),
        q("5", "question",
          "asked what would happen to patients who developed complications after surgery",
          "Councillor Oddie",
          "the provider would be required to have an agreement with the Trust",
          None, ["subcontracting"]),
        q("5", "question",
          "questioned whether the scheme amounted to the privatisation of NHS surgery",
          "Councillor Vardy",
          "patients would remain NHS patients, treated free at the point of use",
          "Mr Gadsby", ["privatisation", "subcontracting"]),
        q("5", "request",
          "members of the Patients' Forum be allowed to visit the centre",
          "Mrs Harker",
          "undertook to raise this with the preferred bidder and to write",
          "Ms Rendall", ["patient-and-public-input"]),
        q("5", "question",
          "sought clarification on the cost of the procurement to date",
          "Councillor Whitlock",
          "the procurement was being run and paid for by the Department of Health's",
          None, ["finance", "subcontracting"]),
        q("5", "comment",
          "the national timetable had left very little room for local scrutiny",
          "Vice-Chairman", None, None, ["governance"]),
        # 6 NHS dentistry
        q("6", "question",
          "asked how long patients were waiting to be found an NHS dentist",
          "Councillor Mrs Kemble",
          "the average wait was currently eleven weeks, and that patients in pain",
          None, ["primary-care"]),
        q("6", "concern",
          "five year olds in the Dunmarsh area had some of the worst levels",
          "Councillor Mrs Tansley",
          "a fluoride varnish programme in nursery and infant schools would begin",
          "Mr Barrowcliffe", ["public-health", "primary-care", "children-and-families"]),
        q("6", "question",
          "asked what the PCT was doing about practices which reached their annual target",
          "Councillor Pargeter",
          "activity was now being monitored monthly and that practices would be expected",
          "Mr Strudwick", ["primary-care"]),
        q("6", "question",
          "queried whether the money taken back from practices that had gone private",
          "Councillor Vardy",
          "the dental allocation was ring-fenced until March 2009",
          None, ["finance", "primary-care"]),
        q("6", "request",
          "asked that the PCT reply to her directly",
          "Chairman",
          "agreed to write to Mrs Fitch and to copy his reply to all Members",
          "Mr Strudwick", ["primary-care"]),
        q("6", "comment",
          "the new contract had been a disaster for NHS patients in the south",
          "Councillor Ashworth-Bell", None, None, ["primary-care"]),
        # 7 Community hospital services
        q("7", "question",
          "asked how many patients from the Hollesby area would have to travel to Threnford",
          "Councillor Whitlock",
          "there were around 310 admissions a year, that the journey took 50 minutes",
          "Mrs Peckover", []),
        q("7", "concern",
          "the consultation document did not make clear whether the £1.4 million",
          None,
          "all of the money would be reinvested in community services in the north",
          "Mrs Peckover", ["finance", "patient-and-public-input"]),
        q("7", "question",
          "asked whether the County Council had agreed to provide the additional home care",
          "Councillor Mrs Tansley",
          "the County Council had not yet committed any funding",
          "Cabinet Member for Adult Social Care",
          ["adult-social-care", "finance", "integration"]),
        q("7", "request",
          "requested that large print and audio versions be made available",
          "Mrs Harker",
          "these would be produced within a week and sent to every GP surgery",
          "Mrs Peckover", ["patient-and-public-input"]),
        q("7", "question",
          "questioned the clinical case for the change",
          "Councillor Oddie",
          "older patients treated at home regained their independence more quickly",
          "Dr Ansell", []),
        q("7", "question",
          "asked what would happen to the 23 staff working on the ward",
          "Councillor Ashworth-Bell",
          "no compulsory redundancies were expected and that staff would be offered posts",
          "Mrs Peckover", ["workforce"]),
        q("7", "request",
          "asked that the cancelled public meeting at Pellow Green be held",
          "Chairman",
          "it had been rearranged for Thursday 2 November 2006",
          "Mrs Peckover", ["patient-and-public-input"]),
        # 8 LINks
        q("8", "concern",
          "the experience built up by Forum members would be lost in the change",
          "Mrs Harker",
          "intended to invite Forum members to help design the Threnshire LINk",
          "Mr Garrod", ["patient-and-public-input"]),
        q("8", "question",
          "asked how LINks would be funded and whether the money would be ring-fenced",
          "Councillor Mrs Hollis",
          "the funding would come to the County Council through a grant",
          "Mr Garrod", ["finance", "patient-and-public-input"]),
        q("8", "question",
          "asked whether the organisation to host the LINk would be chosen by tender",
          "Vice-Chairman",
          "most likely from the voluntary sector, following a competitive tender",
          "Mr Garrod", ["subcontracting"]),
        q("8", "comment",
          "the Committee would need to agree with the LINk how matters referred",
          "Councillor Whitlock", None, None, ["governance"]),
        # 9 Forward Look
        q("9", "request",
          "requested an item on the readiness of stop smoking services",
          "Councillor Mrs Tansley",
          "this could be taken at the January meeting",
          "Scrutiny Officer", ["public-health"]),
    ],
    "resolutions": [
        res("3", "were approved as a correct record and signed by the Chairman",
            "agreed", []),
        res("5", "a further report be made to the Committee once the preferred bidder",
            "agreed", ["subcontracting"]),
        res("6", "the Chairman write to the Strategic Health Authority expressing the Committee's",
            "agreed", ["primary-care"]),
        res("7", "the motion was lost, three Members voting for and five against",
            "rejected", ["governance", "patient-and-public-input"]),
        res("7", "the Scrutiny Officer prepare a draft response to the consultation",
            "agreed", ["patient-and-public-input"]),
        res("8", "NOTED the report and the proposed timetable for setting up",
            "noted", ["patient-and-public-input"]),
        res("9", "the Forward Look be agreed, subject to the addition of an item",
            "agreed", ["public-health"]),
        res("11", "NOTED that the next meeting would be held on Wednesday 8 November",
            "noted", []),
    ],
    "attendees": [
        att("Councillor R A Pennick", "Chairman", "present"),
        att("Councillor D L Fairweather", "Vice-Chairman", "present"),
        att("Councillor T Ashworth-Bell", None, "present"),
        att("Councillor Mrs P Kemble", None, "present"),
        att("Councillor Mrs G Tansley", None, "present"),
        att("Councillor N O Vardy", "substitute", "present"),
        att("Councillor Mrs J E Hollis", None, "present"),
        att("Councillor M Jessop", None, "apologies"),
        att("Councillor C R Oddie", None, "present"),
        att("Councillor K Strood", None, "apologies"),
        att("Councillor B J Whitlock", None, "present"),
        att("Councillor S Pargeter", "Markwold Borough Council", "present"),
        att("Councillor Mrs A Dyball", "Hollesby District Council", "apologies"),
        att("Councillor J Cattermole", "Dunmarsh District Council", "absent"),
        att("Mrs E Harker", "Threnshire Patients' Forums Network", "present"),
        att("Alison Penfold", "Scrutiny Officer", "in_attendance"),
        att("Derek Coyle", "Committee Officer", "in_attendance"),
        att("Councillor Mrs V Blakemore", "Cabinet Member for Adult Social Care",
            "in_attendance"),
        att("Mr Neil Gadsby", "Director of Commissioning, North Threnshire Primary Care Trust",
            "in_attendance"),
        att("Ms Fiona Rendall", "Programme Director, Threnshire Elective Care Scheme",
            "in_attendance"),
        att("Mr Alan Strudwick",
            "Head of Primary Care Contracting, South Threnshire Primary Care Trust",
            "in_attendance"),
        att("Mr Keith Barrowcliffe", "Consultant in Dental Public Health", "in_attendance"),
        att("Mrs Lorna Peckover", "Chief Executive, North Threnshire Primary Care Trust",
            "in_attendance"),
        att("Dr Hugh Ansell", "Chairman of the Professional Executive Committee, North "
            "Threnshire Primary Care Trust", "in_attendance"),
        att("Mr Martin Garrod", "Head of Strategy and Commissioning, Adult Social Care, "
            "Threnshire County Council", "in_attendance"),
    ],
}

LEAFLET_GOLD = {"document": LEAFLET_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_text().encode("utf-8"))
    (DOCS / LEAFLET_NAME).write_bytes(leaflet_text().encode("utf-8"))
    for gold in (MINUTES_GOLD, LEAFLET_GOLD):
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
    for gold_path in sorted(GOLD.glob("qm-*.json")):
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
        answered = sum(1 for row in gold["questions"] if row["answer"])
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / LEAFLET_NAME}\ngold in {GOLD}")
