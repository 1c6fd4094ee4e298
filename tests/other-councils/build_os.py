#!/usr/bin/env python3
"""Build the "os-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_os.py           build documents/os-* and gold/os-*.json
        build_os.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MIN_NAME = "os-tolland-police-crime-panel-2025-01-31.pdf"
NEWS_NAME = "os-tolland-pcp-news-precept-2025.html"

COMMITTEE = "Tolland and Isle of Sarne Police and Crime Panel"

# --------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------

OPENING = ("AT A MEETING of the Tolland and Isle of Sarne Police and Crime Panel of "
           "TOLLAND COUNTY COUNCIL held at The Castle, Wintonbury on Friday, 31st January, 2025")

# (mark, name, line under the name)
CHAIRMAN = ("p", "Councillor Marian Kettley", "Isle of Sarne Council")
VICE = ("p", "Councillor Roger Falconer", "East Tolland District Council")
MEMBERS = [
    ("p", "Councillor Nadia Brightwell", "Bramley and Oakhurst Borough Council"),
    ("p", "Councillor Owen Tredgold", "Kingsport City Council"),
    ("p", "Councillor Colin Ashdown", "Easton Borough Council"),
    ("a", "Councillor Dennis Lavington", "Testbury Borough Council"),
    ("p", "Councillor Karen Whitlock", "Farnleigh Borough Council"),
    ("p", "Councillor Helen Mapplebeck", "Havenford Borough Council"),
    ("p", "Councillor Stuart Yelland", "Gosmere Borough Council"),
    ("p", "Councillor Terence Hobday", "Hartwell District Council"),
    ("p", "Councillor Graham Fairweather", "Tolland County Council"),
    ("p", "Councillor Michael Dunstone", "New Chase District Council"),
    ("a", "Councillor Julie Penrose", "Rushwick Borough Council"),
    ("p", "Councillor Ayesha Rahman", "Southmere City Council"),
    ("p", "Councillor Priya Sandhu", "Wintonbury City Council"),
]
COOPTED = [
    ("p", "Councillor Lucy Carbery", "Additional Local Authority Co-opted Member"),
    ("p", "Councillor Barry Ogunleye", "Additional Local Authority Co-opted Member"),
    ("a", "Councillor Fiona Strickland", "Additional Local Authority Co-opted Member"),
    ("p", "Alan Westlake MBE", "Independent Co-opted Member"),
    ("p", "Rosalind Heap", "Independent Co-opted Member"),
]
DEPUTIES = [
    ("p", "Councillor Martin Quayle", "Testbury Borough Council"),
]
INVITED = [
    ("Eleanor Stanbridge", "Police and Crime Commissioner"),
    ("David Rowcliffe", "Chief Constable, Tolland Constabulary"),
    ("Jonathan Pryke", "Chief Executive, Office of the Police and Crime Commissioner"),
    ("Sarah Elphick", "Chief Finance Officer, Office of the Police and Crime Commissioner"),
]

# Body blocks: ("item", number, TITLE) / ("p", text) / ("bullets", [..]) /
# ("label", text) bold line / ("quote", text) indented italic
BODY = [
    ("item", "58", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies were received from:"),
    ("bullets", [
        "Councillor Dennis Lavington, Testbury Borough Council",
        "Councillor Julie Penrose, Rushwick Borough Council",
        "Councillor Fiona Strickland, Additional Local Authority Co-opted Member",
    ]),
    ("p", "Councillor Martin Quayle was in attendance as the deputy for Testbury Borough "
          "Council. Rushwick Borough Council had not nominated a deputy for this meeting."),

    ("item", "59", "DECLARATIONS OF INTEREST"),
    ("p", "Members were able to disclose to the meeting any disclosable pecuniary interest "
          "they may have in any matter on the agenda for the meeting, where that interest is "
          "not already entered in their appointing authority\u2019s register of interests, and "
          "any other pecuniary or non-pecuniary interests in any such matter that Members may "
          "wish to disclose."),
    ("p", "Councillor Ashdown declared a non-pecuniary interest in Item 8 as a trustee of "
          "Easton Victim and Witness Support, which received grant funding from the "
          "Commissioner."),

    ("item", "60", "MINUTES OF THE PREVIOUS MEETING"),
    ("p", "The Minutes from the 8 November 2024 meeting were confirmed as a correct record "
          "and signed by the Chairman."),

    ("item", "61", "QUESTIONS AND DEPUTATIONS"),
    ("p", "The Police and Crime Panel (\u2018the Panel\u2019) received one written question "
          "to the meeting, from Mr Keith Darnell, a resident of Havenford:"),
    ("quote", "\u201cResidents of the Old Town in Havenford have been reporting groups of "
              "young people gathering around the bus station after dark for well over a year. "
              "What is the Commissioner doing to make sure there is a visible police presence "
              "in the town centre in the evenings, and will she pay to reinstate the CCTV "
              "cameras that were switched off in 2023?\u201d"),
    ("p", "The Chairman read out the response provided by the Commissioner, which set out "
          "that the Havenford neighbourhood policing team had been increased by two police "
          "community support officers in October and now patrolled the bus station on "
          "Thursday to Saturday evenings. The Commissioner had no plans to fund the CCTV "
          "cameras directly, as public space CCTV was the responsibility of the borough "
          "council, but Havenford Borough Council could apply to her Safer Communities Fund, "
          "which reopened in April. A copy of the full response would be sent to Mr Darnell."),
    ("p", "A deputation was received from Ms Linda Corrie, on behalf of the Sarne Farm and "
          "Rural Watch, regarding the theft of agricultural machinery and fuel on the Isle "
          "of Sarne. Ms Corrie requested that the Panel press the Commissioner to restore a "
          "dedicated rural crime officer to the Island, which had been without one since the "
          "previous postholder retired. The Chairman thanked Ms Corrie for her deputation."),

    ("item", "62", "CHAIRMAN'S ANNOUNCEMENTS"),
    ("p", "The Chairman announced that the Panel\u2019s annual development session would be "
          "held on 14 March 2025 and that the Home Office had confirmed the Panel\u2019s grant "
          "for 2025/26 at the same level as the current year. She reminded Members that "
          "the Police and Crime Commissioner elections would be held in May 2028 and that "
          "the Panel would need to review the Commissioner\u2019s new Police and Crime Plan "
          "later in the year."),

    ("item", "63", "POLICE AND CRIME COMMISSIONER\u2019S PROPOSED PRECEPT 2025/26"),
    ("p", "Members received a report from the Police and Crime Commissioner setting out her "
          "proposed precept for 2025/26, together with a report of the Chief Finance Officer "
          "to the Panel on the proposal (Item 6 in the Minute Book)."),
    ("p", "The Commissioner introduced her report and explained that she proposed to "
          "increase the policing element of council tax by \u00a314 a year for a Band D "
          "property, an increase of 5.4%, taking the Band D precept to \u00a3271.47. The "
          "provisional police grant settlement had assumed that every Commissioner would use "
          "the full \u00a314 flexibility, and without it the Constabulary would need to find "
          "further savings of \u00a35.6m in 2025/26. The Chief Finance Officer of the Office "
          "of the Police and Crime Commissioner (OPCC) outlined the medium term financial "
          "strategy, which showed a remaining budget gap of \u00a38.2m by 2027/28 after "
          "planned savings of \u00a311.9m."),
    ("p", "Members questioned the assumption that the rise in employer\u2019s national "
          "insurance contributions would be fully funded, and heard that the Home Office had "
          "allocated a specific grant of \u00a36.1m but that this left a shortfall of around "
          "\u00a31.4m, which had been built into the budget."),
    ("p", "In response to a question about the use of reserves, the Chief Finance Officer "
          "confirmed that \u00a33.2m would be drawn from the budget management reserve in "
          "2025/26 and that the general reserve would remain at 3% of net revenue "
          "expenditure, which she considered to be prudent."),
    ("p", "A Member asked how many additional officers the increase would pay for. The "
          "Chief Constable explained that the precept would not pay for additional officers "
          "but would protect the 3,190 officers the Constabulary was required to maintain "
          "under the national uplift, together with 45 police staff investigators recruited "
          "in 2024 to reduce the number of files waiting to be charged."),
    ("p", "Concerns were expressed that households in the lower council tax bands, many of "
          "whom were still struggling with the cost of living, would feel a further increase "
          "most. The Commissioner acknowledged the pressure on household budgets but said "
          "that 61% of the 4,812 respondents to her precept survey had supported an increase "
          "of at least \u00a314, and that a Band A property would pay an extra 18 pence a "
          "week."),
    ("p", "Members sought clarification on whether the results of the survey had been "
          "weighted, as only 212 responses had come from the Isle of Sarne. It was confirmed "
          "that the results had not been weighted by area, and that the OPCC would work "
          "with the Island\u2019s town and parish councils to raise the response rate next "
          "year."),
    ("p", "Councillor Whitlock commented that much of the Constabulary\u2019s estate in the "
          "north of the county, including Farnleigh police station, was in poor repair, and "
          "asked that the Panel receive the estates strategy at a future meeting."),
    ("p", "The Chairman moved that the Panel support the proposed precept. Following a vote, "
          "with 14 Members in favour, 2 against and 1 abstention, it was:"),
    ("label", "RESOLVED:"),
    ("p", "That the Tolland and Isle of Sarne Police and Crime Panel supports the Police and "
          "Crime Commissioner\u2019s proposal to increase the policing element of council tax "
          "by \u00a314 for a Band D property in 2025/26, to \u00a3271.47."),

    ("item", "64", "POLICE AND CRIME PLAN \u2013 PERFORMANCE REPORT"),
    ("p", "The Panel received a report from the Chief Executive of the OPCC setting out "
          "performance against the priorities of the Police and Crime Plan for the period to "
          "30 November 2024 (Item 7 in the Minute Book). The Chief Constable remained for "
          "this item to answer questions on operational matters."),
    ("p", "Members asked about the performance of the 101 non-emergency service, noting "
          "complaints from residents about long waits. The Chief Constable explained that "
          "the average time to answer 101 calls had fallen from 14 minutes in April 2024 to "
          "just under six minutes in November, following the recruitment of 38 additional "
          "contact handlers, and that online reporting now accounted for around a third of "
          "non-emergency contact."),
    ("p", "A Member queried why the charge rate for rape and serious sexual offences remained "
          "below the national average. The Chief Constable accepted that it was still too "
          "low, but said that the specialist investigation teams set up under Operation "
          "Soteria were now fully staffed, and that the proportion of victims withdrawing "
          "their support for a prosecution had fallen from 61% to 49% over the year."),
    ("p", "Members sought assurance that the introduction of Right Care Right Person, under "
          "which the Constabulary no longer attended most calls about mental health where "
          "there was no immediate risk to life and no crime had been committed, had not "
          "left vulnerable people without support. Members heard that the phased approach "
          "had been agreed with the Tolland and Sarne Integrated Care Board, the mental "
          "health trust and adult social care in both upper tier councils, that a joint "
          "review of the first two phases had found no serious incidents attributable to "
          "the change, and that the time officers spent waiting with patients in hospital "
          "emergency departments had fallen by around 1,900 hours a month. It was "
          "acknowledged that officers were still too often waiting for an ambulance to "
          "attend people in crisis, and the Commissioner had raised this with the ambulance "
          "trust\u2019s chief executive."),
    ("p", "Councillor Rahman raised concerns about the rise in shoplifting in Southmere city "
          "centre and asked whether the Constabulary would attend every incident where a "
          "suspect had been detained by store staff. In response, the Chief Constable "
          "confirmed that it was already the Constabulary\u2019s policy to attend where a "
          "suspect was detained, and that a retail crime officer now worked with the "
          "Southmere business improvement district."),
    ("p", "Members asked what was being done to reduce serious youth violence and knife "
          "crime, particularly in Kingsport and Southmere. The Commissioner explained that "
          "the Violence Reduction Unit had commissioned youth workers in both cities\u2019 "
          "emergency departments and custody suites, and had funded a programme in "
          "secondary schools that had reached over 9,000 pupils since September."),
    ("p", "Councillor Hobday commented that rural communities in Hartwell felt that "
          "neighbourhood policing had been withdrawn from the villages and that the Country "
          "Watch team was too small to cover a district of its size."),
    ("p", "A Member asked whether the Panel could see stop and search data broken down by "
          "ethnicity at ward level. The Chief Executive of the OPCC undertook to provide "
          "this to Members after the meeting."),
    ("p", "The Panel noted the performance report."),

    ("item", "65", "PROACTIVE SCRUTINY \u2013 COMMISSIONED SERVICES FOR VICTIMS"),
    ("p", "Members received a report from Councillor Brightwell, as lead Member of the "
          "Panel\u2019s working group, setting out the findings of the Panel\u2019s proactive "
          "scrutiny of the services commissioned by the Commissioner to support victims of "
          "crime (Item 8 in the Minute Book). Councillor Brightwell thanked the providers and "
          "the OPCC\u2019s commissioning team for their help with the review."),
    ("p", "Members asked whether the contract for the Victim Care Service, which was due to "
          "expire in March 2026, would be re-tendered or extended. The Commissioner "
          "confirmed that she intended to extend the contract by one year, to allow a joint "
          "procurement with the neighbouring Wyvern police area from 2027."),
    ("p", "Concerns were raised about the waiting list for independent sexual violence "
          "advisers, which had grown to 212 people in December. The Chief Executive of the "
          "OPCC explained that the Commissioner had allocated an additional \u00a3180,000 "
          "from the Ministry of Justice grant to fund four more advisers, who were expected "
          "to be in post by April."),
    ("p", "Rosalind Heap requested that small voluntary organisations on the Isle of Sarne "
          "be given help to apply for the Commissioner\u2019s grant schemes, and the "
          "Commissioner said that her office would run an application workshop on the "
          "Island in the spring."),
    ("label", "RESOLVED:"),
    ("p", "That the Tolland and Isle of Sarne Police and Crime Panel:"),
    ("bullets_alpha", [
        "Notes the findings of the working group.",
        "Makes the recommendations set out in paragraph 5.1 of the report to the Police "
        "and Crime Commissioner, and requests her response within two months.",
    ]),

    ("item", "66", "COMPLAINTS UPDATE"),
    ("p", "The Panel received a report from the Monitoring Officer to the Panel on the "
          "complaints received about the conduct of the Commissioner and the Deputy "
          "Commissioner since the last meeting (Item 9 in the Minute Book). Members were "
          "informed that two complaints had been received, one of which had been resolved "
          "informally and one of which had been recorded but not taken further, as it "
          "concerned an operational matter for the Chief Constable."),
    ("label", "RESOLVED:"),
    ("p", "That the Panel notes the complaints update."),

    ("item", "67", "WORK PROGRAMME"),
    ("p", "The Panel considered its work programme (Item 10 in the Minute Book). Following "
          "the discussion under Minute 63, the Constabulary\u2019s estates strategy had been "
          "added to the programme for the meeting on 27 June 2025."),
    ("p", "A Member asked that the Panel consider the Commissioner\u2019s draft Police and "
          "Crime Plan at an additional meeting once it was published, and the Democratic "
          "Services Officer confirmed that a date in April would be circulated."),
    ("label", "RESOLVED:"),
    ("p", "That the work programme be agreed, subject to the addition set out above."),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 2, 4, 9, 30, tzinfo=dt.timezone.utc))
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    W = pdf.w - 40

    pdf.set_font("Sans", "B", 10.5)
    pdf.multi_cell(W, 5.6, OPENING, align="L")
    pdf.ln(5)

    def centred_person(label, person):
        mark, name, under = person
        pdf.set_font("Sans", "B", 10)
        pdf.cell(W, 5.2, label, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10)
        pdf.cell(W, 5.2, f"{mark}   {name}", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "I", 9)
        pdf.cell(W, 4.8, under, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    centred_person("Chairman:", CHAIRMAN)
    centred_person("Vice-Chairman:", VICE)

    def grid(people):
        col = W / 2
        for i in range(0, len(people), 2):
            pair = people[i:i + 2]
            y = pdf.get_y()
            for j, (mark, name, under) in enumerate(pair):
                x = 20 + j * col
                pdf.set_xy(x, y)
                pdf.set_font("Sans", "", 10)
                pdf.cell(6, 5.2, mark)
                pdf.cell(col - 6, 5.2, name)
                pdf.set_xy(x + 6, y + 5.2)
                pdf.set_font("Sans", "I", 9)
                pdf.cell(col - 6, 4.6, under)
            pdf.set_xy(20, y + 11.5)

    pdf.set_font("Sans", "B", 10)
    pdf.cell(W, 6, "Councillors:", align="C", new_x="LMARGIN", new_y="NEXT")
    grid(MEMBERS)
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(W, 6, "Co-opted Members:", align="C", new_x="LMARGIN", new_y="NEXT")
    grid(COOPTED)
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(W, 6, "Deputy Members:", align="C", new_x="LMARGIN", new_y="NEXT")
    grid(DEPUTIES)
    pdf.ln(3)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(W, 6, "At the invitation of the Chairman:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    for name, role in INVITED:
        pdf.cell(55, 5.2, name)
        pdf.cell(W - 55, 5.2, role, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    NUM_X, TXT_X = 20, 34
    TW = pdf.w - 20 - TXT_X
    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Sans", "B", 10.5)
            y = pdf.get_y()
            pdf.set_xy(NUM_X, y)
            pdf.cell(TXT_X - NUM_X, 6, f"{num}.")
            pdf.set_xy(TXT_X, y)
            pdf.multi_cell(TW, 6, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "p":
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(TXT_X)
            pdf.multi_cell(TW, 5.6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "quote":
            pdf.set_font("Sans", "I", 10.5)
            pdf.set_x(TXT_X + 8)
            pdf.multi_cell(TW - 16, 5.6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "label":
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_x(TXT_X)
            pdf.cell(TW, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("bullets", "bullets_alpha"):
            pdf.set_font("Sans", "", 10.5)
            for k, line in enumerate(block[1]):
                mark = "\u2022" if kind == "bullets" else f"{'abcdefgh'[k]})"
                y = pdf.get_y()
                pdf.set_xy(TXT_X + 4, y)
                pdf.cell(8, 5.6, mark)
                pdf.set_xy(TXT_X + 12, y)
                pdf.multi_cell(TW - 12, 5.6, line, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            pdf.ln(2)

    pdf.ln(14)
    pdf.set_font("Sans", "", 10.5)
    pdf.set_x(120)
    pdf.cell(60, 6, "Chairman,", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def minutes_gold() -> dict:
    def att(person, role=None, attendance=None):
        mark, name, under = person
        return {"name": name, "role": role,
                "attendance": attendance or ("present" if mark == "p" else "apologies")}

    attendees = [att(CHAIRMAN, "Chairman"), att(VICE, "Vice-Chairman")]
    attendees += [att(m) for m in MEMBERS]
    attendees += [att(c, c[2]) for c in COOPTED]
    attendees += [att(d) for d in DEPUTIES]
    attendees += [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in INVITED]

    items = [
        (b[1], b[2]) for b in BODY if b[0] == "item"
    ]

    def q(item, kind, text, asked_by, answer, given_by, themes):
        return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
                "answer": answer, "given_by": given_by, "themes": themes}

    questions = [
        q("61", "question",
          "What is the Commissioner doing to make sure there is a visible police presence",
          "Mr Keith Darnell",
          "the Havenford neighbourhood policing team had been increased by two police "
          "community support officers",
          "the Commissioner", ["children-and-families", "finance"]),
        q("61", "request",
          "requested that the Panel press the Commissioner to restore a dedicated rural "
          "crime officer",
          "Ms Linda Corrie", None, None, []),
        q("63", "question",
          "questioned the assumption that the rise in employer's national insurance "
          "contributions would be fully funded",
          None,
          "this left a shortfall of around £1.4m, which had been built into the budget",
          None, ["finance", "workforce"]),
        q("63", "question",
          "In response to a question about the use of reserves",
          None,
          "£3.2m would be drawn from the budget management reserve",
          "the Chief Finance Officer", ["finance"]),
        q("63", "question",
          "asked how many additional officers the increase would pay for",
          None,
          "would protect the 3,190 officers the Constabulary was required to maintain",
          "The Chief Constable", ["workforce", "finance"]),
        q("63", "concern",
          "households in the lower council tax bands, many of whom were still struggling",
          None,
          "61% of the 4,812 respondents to her precept survey had supported an increase",
          "The Commissioner", ["finance", "patient-and-public-input"]),
        q("63", "question",
          "sought clarification on whether the results of the survey had been weighted",
          None,
          "the results had not been weighted by area, and that the OPCC would work",
          None, ["patient-and-public-input"]),
        q("63", "request",
          "asked that the Panel receive the estates strategy at a future meeting",
          "Councillor Whitlock", None, None, []),
        q("64", "question",
          "asked about the performance of the 101 non-emergency service",
          None,
          "the average time to answer 101 calls had fallen from 14 minutes",
          "The Chief Constable", ["workforce"]),
        q("64", "question",
          "queried why the charge rate for rape and serious sexual offences remained",
          None,
          "the specialist investigation teams set up under Operation Soteria were now "
          "fully staffed",
          "The Chief Constable", []),
        q("64", "question",
          "sought assurance that the introduction of Right Care Right Person",
          None,
          "the phased approach had been agreed with the Tolland and Sarne Integrated Care Board",
          None, ["mental-health", "adult-social-care"]),
        q("64", "concern",
          "raised concerns about the rise in shoplifting in Southmere city centre",
          "Councillor Rahman",
          "it was already the Constabulary's policy to attend where a suspect was detained",
          "the Chief Constable", []),
        q("64", "question",
          "asked what was being done to reduce serious youth violence and knife crime",
          None,
          "the Violence Reduction Unit had commissioned youth workers in both cities",
          "The Commissioner", ["children-and-families", "subcontracting"]),
        q("64", "comment",
          "rural communities in Hartwell felt that neighbourhood policing had been withdrawn",
          "Councillor Hobday", None, None, []),
        q("64", "request",
          "asked whether the Panel could see stop and search data broken down by ethnicity",
          None,
          "undertook to provide this to Members after the meeting",
          "The Chief Executive of the OPCC", []),
        q("65", "question",
          "asked whether the contract for the Victim Care Service, which was due to expire",
          None,
          "she intended to extend the contract by one year, to allow a joint procurement",
          "The Commissioner", ["subcontracting"]),
        q("65", "concern",
          "Concerns were raised about the waiting list for independent sexual violence "
          "advisers",
          None,
          "allocated an additional £180,000 from the Ministry of Justice grant",
          "The Chief Executive of the OPCC", ["finance", "workforce"]),
        q("65", "request",
          "requested that small voluntary organisations on the Isle of Sarne be given help",
          "Rosalind Heap",
          "her office would run an application workshop on the Island",
          "the Commissioner", ["finance"]),
        q("67", "request",
          "asked that the Panel consider the Commissioner's draft Police and Crime Plan",
          None,
          "the Democratic Services Officer confirmed that a date in April would be circulated",
          "the Democratic Services Officer", []),
    ]

    def r(item, text, outcome, themes):
        return {"item": item, "text": text, "outcome": outcome, "themes": themes}

    resolutions = [
        r("60", "The Minutes from the 8 November 2024 meeting were confirmed as a correct "
                "record", "agreed", []),
        r("63", "supports the Police and Crime Commissioner's proposal to increase the "
                "policing element", "agreed", ["finance"]),
        r("64", "The Panel noted the performance report", "noted", []),
        r("65", "Makes the recommendations set out in paragraph 5.1 of the report to the "
                "Police", "recommended", []),
        r("66", "That the Panel notes the complaints update", "noted", []),
        r("67", "That the work programme be agreed, subject to the addition set out above",
          "agreed", []),
    ]

    return {
        "document": MIN_NAME,
        "doc_type": "minutes",
        "committee": COMMITTEE,
        "meeting_date": "2025-01-31",
        "items": [{"number": n, "title": t} for n, t in items],
        "questions": questions,
        "resolutions": resolutions,
        "attendees": attendees,
    }


# --------------------------------------------------------------------------------------
# The document that is not minutes: a news page on the county council's website
# --------------------------------------------------------------------------------------

NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Police and Crime Panel supports 2025/26 policing precept | Tolland County Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/tcc-main.css">
</head>
<body class="page-news">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/tolland-logo.svg" alt="Tolland County Council"></a>
  <form class="site-search" action="/search" method="get">
    <label for="q">Search this site</label>
    <input id="q" name="q" type="search">
    <button type="submit">Search</button>
  </form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/aboutthecouncil">About the council</a></li>
    <li><a href="/aboutthecouncil/governmentintolland">Government in Tolland</a></li>
    <li><a href="/aboutthecouncil/governmentintolland/police-crime-panel">Police and Crime Panel</a></li>
    <li><a href="/aboutthecouncil/governmentintolland/police-crime-panel/news-archive">News archive</a></li>
  </ol>
</nav>
<main id="main">
<article>
<h1>Police and Crime Panel supports Commissioner&rsquo;s 2025/26 policing precept</h1>
<p class="news-date">Published: 31 January 2025</p>

<p>The Tolland and Isle of Sarne Police and Crime Panel has voted to support the Police and
Crime Commissioner&rsquo;s proposal to increase the policing part of council tax by &pound;14 a
year for a Band D property.</p>

<p>At its meeting in Wintonbury today, the Panel questioned Commissioner Eleanor Stanbridge
and Chief Constable David Rowcliffe on how the extra money would be spent, the use of
reserves, and the results of the Commissioner&rsquo;s precept survey, before voting by 14 to 2,
with one abstention, to support the proposal.</p>

<p>The Band D policing precept for 2025/26 will be &pound;271.47. A Band A property will pay
around 18 pence a week more.</p>

<blockquote>
<p>&ldquo;Members asked some searching questions about value for money and about the
pressure the cost of living is putting on households, and we will be watching closely to
see that this increase delivers the visible neighbourhood policing residents have told us
they want,&rdquo; said Councillor Marian Kettley, Chairman of the Panel.</p>
</blockquote>

<p>The Panel also received the findings of its review of the services the Commissioner
commissions for victims of crime, and agreed to send its recommendations to the
Commissioner, who will be asked to respond within two months.</p>

<h2>What does the Police and Crime Panel do?</h2>
<p>The Panel scrutinises and supports the work of the Police and Crime Commissioner for
Tolland and the Isle of Sarne. It is made up of a councillor from each of the 15 councils
in the police area, three additional co-opted councillors and two independent members. The
Panel can veto the Commissioner&rsquo;s proposed precept if at least two thirds of its members
vote to do so.</p>

<h2>Can I ask the Panel a question?</h2>
<p>Yes. Anyone who lives or works in Tolland or on the Isle of Sarne can submit a written
question or request to make a deputation at a public meeting of the Panel. Questions must
be received at least five clear working days before the meeting. Should your question be
about an operational policing matter, such as a crime you have reported, please contact
Tolland Constabulary directly instead.</p>

<p>The next meeting of the Panel will be held on Friday 4 April 2025 at The Castle,
Wintonbury. The agenda will be published a week before the meeting.</p>

<h2>Related pages</h2>
<ul>
  <li><a href="/aboutthecouncil/governmentintolland/police-crime-panel/meetings">Police and Crime Panel meetings, agendas and minutes</a></li>
  <li><a href="/aboutthecouncil/governmentintolland/police-crime-panel/membership">Panel membership</a></li>
  <li><a href="https://www.tolland-sarne-pcc.gov.uk">Office of the Police and Crime Commissioner (external website)</a></li>
</ul>
</article>
</main>
<footer class="site-footer">
  <p>Democratic and Member Services, Tolland County Council, The Castle, Wintonbury TL23 8UJ</p>
  <p>&copy; Tolland County Council 2025 &middot; <a href="/accessibility">Accessibility</a> &middot;
     <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a></p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------

def norm(s: str) -> str:
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    s = s.replace("_", " ")
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def count(hay: str, needle: str) -> int:
    # whole-word occurrences of the normalised phrase in the normalised text
    return len(re.findall(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay))


def check() -> int:
    bad = 0
    for gpath in sorted(GOLD.glob("os-*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            bad += 1
            continue
        text = norm(doc_text(doc))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = count(text, norm(p))
            words = len(p.split())
            if n != 1 or not 6 <= words <= 15:
                bad += 1
                print(f"{gpath.name}: {kind} found {n}x, {words} words: {p!r}")
        items = {i["number"] for i in g.get("items", [])}
        for row in g.get("questions", []) + g.get("resolutions", []):
            if row["item"] not in items:
                bad += 1
                print(f"{gpath.name}: unknown item {row['item']}")
        print(f"{gpath.name}: {len(phrases)} phrases checked")
    print("check OK" if not bad else f"check FAILED: {bad} problem(s)")
    return 1 if bad else 0


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MIN_NAME)
    (DOCS / NEWS_NAME).write_text(NEWS_HTML, encoding="utf-8")
    golds = {
        MIN_NAME: minutes_gold(),
        NEWS_NAME: {"document": NEWS_NAME, "doc_type": "news"},
    }
    for name, g in golds.items():
        out = GOLD / (Path(name).stem + ".json")
        out.write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", ", ".join(sorted(golds)))


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
