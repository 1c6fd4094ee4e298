#!/usr/bin/env python3
"""Build the "ly-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ly.py           build documents/ly-* and gold/ly-*.json
        build_ly.py --check   verify every gold phrase occurs once in its document
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "ly-northvale-ca-transport-infrastructure-scrutiny-2025-07-18.pdf"
OTHER_NAME = "ly-northvale-ca-bus-franchising-your-questions-answered.html"

CA = "Northvale Combined Authority"

# --------------------------------------------------------------------------------------------
# The minutes
# --------------------------------------------------------------------------------------------

TITLE = (
    "MINUTES OF THE MEETING OF THE TRANSPORT AND INFRASTRUCTURE SCRUTINY COMMITTEE HELD ON "
    "FRIDAY, 18 JULY 2025 AT COMMITTEE ROOM A, ALDERGATE HOUSE, 12-20 CHANTRY STREET, DRAKEFORD"
)

PRESENT = [
    ("Councillor Helen Marsh-Tate (Chair)", "Kellingworth Council"),
    ("Councillor Owen Pridmore (Deputy Chair)", "Drakeford City Council"),
    ("Councillor Shabana Akhtar", "Ashmere Council"),
    ("Councillor Graham Folds", "Ashmere Council"),
    ("Councillor Nadeem Qureshi", "Drakeford City Council"),
    ("Councillor Ruth Elvington", "Drakeford City Council"),
    ("Councillor Martin Threlfall", "Holtby Council"),
    ("Councillor Bernadette Kilburn", "Holtby Council"),
    ("Councillor Tariq Hanif (Substitute)", "Holtby Council"),
    ("Councillor Judith Ormerod", "Kellingworth Council"),
    ("Councillor Colin Barraclough", "Skelbrook Council"),
    ("Councillor Anjali Mistry", "Skelbrook Council"),
    ("Councillor Dean Horsfall", "Skelbrook Council"),
    ("Councillor Peter Scaife", "Yarrowby City Council"),
]

IN_ATTENDANCE = [
    ("Mayor Joanne Penhallow", CA),
    ("Councillor Stuart Kenyon (Chair, Transport Committee)", "Holtby Council"),
    ("Dominic Ashworth", CA),
    ("Rebecca Lund", CA),
    ("Sarah Hebden", CA),
    ("Lena Okafor", CA),
    ("Marcus Threadgold", CA),
    ("Karl Wozniak", CA),
    ("Hollie Brannigan", CA),
    ("Craig Ellerby", CA),
    ("Jason Pickersgill", "Brightway Buses"),
    ("Inspector Gail Royston", "Northvale Police"),
]

# Blocks: ("item", number, title) | ("p", text) | ("b", text) | ("res", [lines]) | ("page",)
BODY: list[tuple] = [
    ("item", "1.", "Apologies for absence"),
    ("p", "Apologies for absence were received from Councillors Lisa Wade, Ian Brearley and "
          "Zafar Khan. Councillor Tariq Hanif attended as a substitute for Councillor Brearley."),

    ("item", "2.", "Declarations of Disclosable Pecuniary Interests"),
    ("p", "There were no disclosable pecuniary interests declared by members at the meeting."),
    ("p", "Councillor Graham Folds declared an other registrable interest in Item 6 as a member of "
          "Unite the Union."),

    ("item", "3.", "Exempt Information - Possible Exclusion of the Press and Public"),
    ("p", "There were no items requiring the exclusion of the press and public."),

    ("item", "4.", "Minutes of the meeting of the Transport and Infrastructure Scrutiny Committee "
                   "held on 14 March 2025"),
    ("res", ["That the minutes of the meeting of the Transport and Infrastructure Scrutiny "
             "Committee held on 14 March 2025 be approved and signed by the Chair."]),

    ("item", "5.", "Governance Arrangements"),
    ("p", "The Committee considered a report of the Chief Operating Officer which set out the "
          "governance arrangements for the Committee for the 2025/26 municipal year, as agreed by "
          "the Combined Authority at its annual meeting on 26 June 2025. The report set out the "
          "membership of the Committee, its terms of reference, the quorum and the scrutiny "
          "standing orders, and noted that the Chair had been appointed by the Combined Authority."),
    ("p", "Members noted that the Committee had 15 members drawn from the five constituent councils "
          "and one non-voting member from Yarrowby City Council, and that the quorum was eight "
          "members from at least four of the constituent councils."),
    ("p", "A member asked whether the Committee could co-opt a representative of bus and rail users "
          "to strengthen the passenger voice in its work. The Scrutiny Officer advised that the "
          "Combined Authority\u2019s scrutiny standing orders allowed the Committee to invite "
          "representatives of passenger groups to attend for specific items, but that co-opted "
          "members could not vote."),
    ("res", ["(i)\tThat the governance arrangements for the Committee for the 2025/26 municipal "
             "year be noted.",
             "(ii)\tThat Councillor Owen Pridmore be appointed as Deputy Chair of the Committee for "
             "the 2025/26 municipal year."]),

    ("item", "6.", "Bus Franchising \u2013 Transition Update"),
    ("p", "The Committee considered a report of the Executive Director of Transport which provided "
          "an update on progress since the Mayor\u2019s decision on 19 March 2025 to introduce a bus "
          "franchising scheme across Northvale, including the procurement of the first tranche of "
          "franchise contracts, the acquisition of depots and fleet, and the arrangements for the "
          "transfer of staff."),
    ("p", "The Mayor, Joanne Penhallow, attended the meeting for this item and introduced the report. "
          "The Mayor stated that franchising would for the first time give the Combined Authority "
          "control over routes, timetables and fares, and that the first franchised services would "
          "begin in the Ashmere and Skelbrook area in September 2026, with the remaining two "
          "tranches following in 2027."),
    ("p", "Dominic Ashworth, Executive Director of Transport, and Rebecca Lund, Director of Bus "
          "Reform, presented the detail of the report and responded to members\u2019 questions."),
    ("p", "Members discussed the report and the following points were raised:"),
    ("b", "Members asked how the Combined Authority would ensure that smaller local operators were "
          "not squeezed out when the first tranche of contracts was let. The Director of Bus Reform "
          "explained that the tranche had been divided into eleven lots of different sizes, "
          "including four small lots reserved for operators with fewer than 40 vehicles, and that "
          "market engagement events had been held in Ashmere and Holtby in May 2025."),
    ("b", "A member asked what would happen to the existing bus depots, most of which were owned by "
          "the private operators. It was confirmed that the Combined Authority had completed the "
          "purchase of the depots at Thornley Road and Birkshaw and was in negotiation on a third "
          "site in Kellingworth; where a depot could not be acquired, operators would be required "
          "to provide their own for the length of the contract."),
    ("b", "Concerns were expressed about the pay and conditions of drivers and engineers who would "
          "transfer to new operators. The Mayor stated that all eligible staff would transfer "
          "under TUPE and that a Fair Work Charter had been agreed with the trade unions, setting "
          "minimum standards for rest facilities, training and pay progression which would be "
          "written into every franchise contract."),
    ("b", "In response to a question from Councillor Folds about the cost of the transition, the "
          "Director of Finance, Sarah Hebden, confirmed that spending remained within the \u00a368.4m "
          "transition budget agreed in the Assessment, although \u00a36.2m of the contingency had "
          "been drawn down to meet higher than expected prices for new vehicles."),
    ("b", "A member questioned whether franchising would lead to a better service in rural areas, "
          "where many routes relied on subsidy and had been withdrawn over the last decade. The "
          "Executive Director advised that the network would be planned as a whole for the first "
          "time, so that profitable and unprofitable routes could be let together, but that the "
          "size of the network would still depend on the funding available."),
    ("b", "Members requested that the transition risk register be shared with the Committee and "
          "that the Committee receive regular updates on the highest-scoring risks."),
    ("b", "Councillor Mistry commented that residents in the rural parts of Skelbrook had seen very "
          "little information about what franchising would mean for them. Officers advised that a "
          "passenger information campaign, including drop-in events in market towns, would begin "
          "in spring 2026, six months before the first franchised services started."),
    ("p", "The Chair thanked the Mayor for attending and for her responses to members\u2019 questions."),
    ("res", ["That the update on the transition to bus franchising be noted and that a further "
             "report, including the transition risk register, be brought to the meeting of the "
             "Committee in November 2025."]),

    ("item", "7.", "Bus Service Performance and Passenger Experience"),
    ("p", "The Committee considered a report of the Director of Transport Operations and Passenger "
          "Experience which provided an update on the performance of the bus network between "
          "January and May 2025, including reliability, punctuality, patronage and customer "
          "satisfaction, together with an update on the Mayor\u2019s Fares."),
    ("p", "Lena Okafor, Director of Transport Operations and Passenger Experience, introduced the "
          "report. She reported that patronage had risen by 7% compared with the same period in "
          "2024, helped by the Mayor\u2019s Fares of \u00a32 for a single journey and \u00a35 for a day "
          "ticket, but that reliability had fallen on a number of corridors. Jason Pickersgill, "
          "Managing Director of Brightway Buses, attended the meeting to respond to questions on "
          "the performance of the Brightway network."),
    ("p", "Members raised concerns about the number of journeys lost in the evenings and at weekends "
          "on routes serving Kellingworth and the surrounding villages, where up to 6.8% of "
          "scheduled journeys had not operated in March. Mr Pickersgill acknowledged that "
          "performance had fallen below the standard expected and explained that the shortage of "
          "drivers, which had eased during 2024, had returned at the Kellingworth depot following "
          "the opening of a large distribution centre nearby which was offering higher wages; "
          "Brightway Buses had since raised its starting rate for drivers to \u00a314.10 an hour "
          "and 23 trainee drivers were currently in training. A member queried why punctuality was "
          "reported as an average across the whole network, which masked the poor performance of "
          "individual routes, and asked that future reports show performance by corridor. Officers "
          "agreed to include route-level data in the next performance report. Councillor Akhtar "
          "sought clarification on how the Mayor\u2019s Fares would be funded after March 2026, when "
          "the current grant from the Department for Transport came to an end. The Director "
          "explained that the Combined Authority\u2019s allocation of the Local Authority Bus Grant "
          "for 2025/26 had been confirmed, but that funding beyond March 2026 was not yet known and "
          "that options would be considered as part of the 2026/27 budget process."),
    ("p", "Councillor Mistry commented that many young people and their parents were still unaware "
          "of the MyPass young person\u2019s ticket and suggested that it be promoted through "
          "schools and colleges at the start of the autumn term."),
    ("p", "In response to a question about how the views of passengers were captured, it was "
          "explained that the quarterly Northvale Bus Passenger Survey had been expanded to around "
          "4,200 respondents and that a feedback form had been added to the Northvale Travel app "
          "in April."),
    ("p", "Members expressed concern about anti-social behaviour on some evening services and at "
          "Drakeford Bus Station, and about its impact on drivers and on passengers, particularly "
          "women and girls travelling alone. Inspector Gail Royston of Northvale Police reported "
          "that the Safer Travel team of police community support officers funded by the Combined "
          "Authority had increased from 12 to 16 officers in June, and that joint patrols with "
          "bus station staff were taking place on Friday and Saturday evenings."),
    ("res", ["That the report on bus service performance and passenger experience be noted."]),

    ("item", "8.", "Northvale Mass Transit \u2013 Consultation and Engagement Feedback"),
    ("p", "The Committee considered a report of the Director of Mass Transit which set out the "
          "findings of the public consultation on the proposed route for the first phase of the "
          "Northvale Mass Transit system between Drakeford city centre and Holtby, which ran from "
          "3 February to 28 March 2025."),
    ("p", "Marcus Threadgold, Director of Mass Transit, gave a presentation which summarised the "
          "6,312 responses received. 71% of respondents had supported or strongly supported the "
          "proposals, with the main concerns relating to the loss of on-street parking, disruption "
          "during construction and the proposed alignment through Holtby Riverside."),
    ("p", "Members discussed the findings and made the following comments and queries:"),
    ("b", "A member asked how the views of disabled people had been sought, given that the online "
          "questionnaire was not accessible to everyone. Officers explained that paper copies and "
          "Easy Read and British Sign Language versions had been provided, and that 14 drop-in "
          "sessions had been held at libraries and community centres along the route."),
    ("b", "Concern was raised that the consultation had received a low response from residents of "
          "the Millbeck and Carr Moor estates, which the route was intended to serve. It was "
          "acknowledged that response rates in those areas had been lower than hoped and that "
          "targeted door-to-door engagement would take place in the autumn."),
    ("b", "Members asked how the scheme would support the delivery of new housing along the "
          "corridor. The Director advised that around 9,500 new homes were planned within 800 "
          "metres of the proposed stops, including at Holtby Riverside, and that the Combined "
          "Authority was preparing a joint planning framework with Drakeford City Council and "
          "Holtby Council."),
    ("b", "Councillor Ormerod requested a breakdown of the estimated \u00a32.4bn cost of the first "
          "phase by element, together with details of how the local contribution would be met. "
          "The Director agreed to circulate the breakdown to members of the Committee after the "
          "meeting."),
    ("b", "A member questioned whether the system would be operated by the Combined Authority "
          "itself or let to a private operator under a concession. Officers explained that the "
          "operating model had not yet been decided and would be examined in the outline business "
          "case, which would compare a publicly owned operating company with a concession "
          "contract."),
    ("b", "Councillor Barraclough commented that Skelbrook residents would see no direct benefit "
          "from the first phase and asked that later phases, and bus links to the new stops, be "
          "given equal priority. The Director of Mass Transit stated that the wider network, "
          "including a future line to Skelbrook, remained part of the long-term plan set out in "
          "the Northvale Transport Strategy 2040."),
    ("res", ["(i)\tThat the findings of the public consultation on the first phase of Northvale "
             "Mass Transit be noted.",
             "(ii)\tThat the comments of the Committee be reported to the Transport Committee "
             "before the Strategic Outline Case is considered in October 2025."]),

    ("item", "9.", "Road Safety and Vision Zero \u2013 Annual Update"),
    ("p", "The Committee received a presentation from Karl Wozniak, Vision Zero Programme Manager, "
          "on progress in delivering the Northvale Vision Zero Strategy, which aims to eliminate "
          "deaths and serious injuries on the region\u2019s roads by 2040."),
    ("p", "Members were informed that 612 people had been killed or seriously injured on "
          "Northvale\u2019s roads in 2024, a reduction of 9% on the 2019 baseline, but that the "
          "number of pedestrians and motorcyclists killed had risen."),
    ("p", "Councillor Elvington asked whether the Combined Authority would support the installation "
          "of further average speed cameras on Moor Road and other rural routes where there had "
          "been a number of fatal collisions. Mr Wozniak explained that the Safer Roads Partnership "
          "had approved average speed enforcement on three further routes in 2025/26, including "
          "Moor Road between Holtby and Sowerthwaite, and that sites were selected on the basis of "
          "collision data."),
    ("p", "A member commented that road safety should be treated as a public health issue and asked "
          "whether directors of public health were involved in the partnership. It was confirmed "
          "that the directors of public health of the constituent councils were represented on "
          "the Vision Zero Board, and that the Board\u2019s data was being used to target "
          "prevention work with young drivers."),
    ("p", "Members asked for an update on the School Streets programme, under which roads outside "
          "schools were closed to traffic at the start and end of the school day. Mr Wozniak "
          "reported that 38 schools were now taking part and that a further 20 schools had "
          "expressed interest, subject to funding."),
    ("p", "The Committee noted the presentation and thanked Mr Wozniak for his update."),

    ("item", "10.", "Work Programme"),
    ("p", "The Committee considered a report of the Chief Operating Officer setting out the draft "
          "work programme for the Committee for 2025/26."),
    ("p", "Members suggested that the accessibility of rail stations, including the lack of step-free "
          "access at Birkshaw and Holtby stations, be added to the work programme. The "
          "Scrutiny Officer advised that this would be considered at the informal work programming "
          "session to be held in September."),
    ("res", ["That the work programme for 2025/26 be agreed, subject to the inclusion of the items "
             "identified at the meeting."]),
]


def build_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 7, 24, 9, 30, tzinfo=dt.timezone.utc))
    pdf.set_title("Minutes - Transport and Infrastructure Scrutiny Committee - 18 July 2025")
    pdf.set_author(CA)
    pdf.set_creator("Microsoft Word")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    lh = 5.4  # line height
    indent = 32  # body text under a numbered heading

    pdf.set_font("Sans", "B", 10.5)
    pdf.multi_cell(0, lh, TITLE, align="L")
    pdf.ln(4)

    def two_columns(label: str, rows: list[tuple[str, str]]) -> None:
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(0, lh, label, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Sans", "", 10.5)
        width = max(95, max(pdf.get_string_width(n) for n, _ in rows) + 6)
        for name, org in rows:
            pdf.set_x(20)
            pdf.cell(width, lh, name)
            pdf.cell(0, lh, org, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    two_columns("Present:", PRESENT)
    two_columns("In attendance:", IN_ATTENDANCE)

    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_x(20)
            pdf.cell(indent - 20, lh, num)
            pdf.multi_cell(0, lh, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(indent)
            pdf.multi_cell(0, lh, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "b":
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(indent)
            pdf.cell(6, lh, "\u2022")
            pdf.multi_cell(0, lh, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "res":
            lines = block[1]
            pdf.ln(1)
            pdf.set_x(indent)
            if len(lines) == 1:
                pdf.set_font("Sans", "B", 10.5)
                w = pdf.get_string_width("Resolved: ")
                pdf.cell(w, lh, "Resolved: ")
                pdf.set_font("Sans", "", 10.5)
                pdf.multi_cell(0, lh, lines[0], align="J", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Sans", "B", 10.5)
                pdf.cell(0, lh, "Resolved:", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
                pdf.set_font("Sans", "", 10.5)
                for line in lines:
                    label, text = line.split("\t")
                    pdf.set_x(indent)
                    pdf.cell(10, lh, label)
                    pdf.multi_cell(0, lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.5)
            pdf.ln(2.5)

    pdf.output(str(path))


# --------------------------------------------------------------------------------------------
# The document that is not minutes: a saved web page of questions and answers
# --------------------------------------------------------------------------------------------

FAQ = [
    ("Why is bus franchising being introduced?",
     ["Since 1986 most bus services outside London have been run by private companies, which "
      "decide the routes, timetables and fares of the services they run commercially. Under "
      "franchising, the Combined Authority will decide what services run and when, and will "
      "contract operators to run them on its behalf."]),
    ("Who made the decision?",
     ["The Mayor, Joanne Penhallow, decided on 19 March 2025 to introduce a franchising scheme "
      "across Northvale, after considering the Assessment, the report of the independent "
      "auditor and the responses to the public consultation, which received more than 9,000 "
      "responses.",
      "The decision was considered by the Transport and Infrastructure Scrutiny Committee, which "
      "did not call it in."]),
    ("When will I see a difference?",
     ["Franchised buses will start running in three stages. The first, covering Ashmere and "
      "Skelbrook, begins in September 2026. Drakeford and Holtby follow in spring 2027 and "
      "Kellingworth in autumn 2027. Until then your bus company will continue to run your "
      "services."]),
    ("Will my fare go up?",
     ["No. The Mayor\u2019s Fares \u2013 \u00a32 for a single journey and \u00a35 for a day ticket "
      "on any bus \u2013 will continue, and the MyPass ticket for young people aged 5 to 21 will "
      "still be accepted on every service."]),
    ("What happens to the drivers?",
     ["Drivers and other staff working on franchised services will transfer to the operator that "
      "wins each contract, keeping their terms and conditions. A Fair Work Charter agreed with "
      "the trade unions sets minimum standards that every operator must meet."]),
    ("Will my bus pass still work?",
     ["Yes. Older person\u2019s and disabled person\u2019s passes will be valid on all franchised "
      "services in the same way as now."]),
    ("Can I have my say on the network?",
     ["Yes. Before each stage begins we will ask passengers what they think of the proposed "
      "network. You can sign up below to be told when a consultation opens in your area, or "
      "email busreform@northvale-ca.example."]),
]


def build_html(path: Path) -> None:
    qa = []
    for q, answers in FAQ:
        body = "".join(f"\n          <p>{a}</p>" for a in answers)
        qa.append(
            "      <details class=\"accordion__item\">\n"
            f"        <summary class=\"accordion__title\">{q}</summary>\n"
            f"        <div class=\"accordion__body\">{body}\n        </div>\n"
            "      </details>"
        )
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bus franchising: your questions answered | Northvale Combined Authority</title>
<link rel="stylesheet" href="./Bus franchising_ your questions answered_files/main.css">
<!-- saved from url=(0070)https://www.northvale-ca.example/transport/bus-reform/your-questions/ -->
</head>
<body class="page page--faq">
<div class="cookie-banner" role="region" aria-label="Cookies on our website">
  <p>We use some essential cookies to make this website work. We'd also like to set analytics
  cookies to help us improve it.</p>
  <button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button>
</div>
<header class="site-header">
  <a class="skip-link" href="#main">Skip to main content</a>
  <a class="site-header__logo" href="/">Northvale Combined Authority</a>
  <nav class="site-nav" aria-label="Main">
    <ul>
      <li><a href="/the-mayor/">The Mayor</a></li>
      <li><a href="/transport/">Transport</a></li>
      <li><a href="/business-and-skills/">Business and skills</a></li>
      <li><a href="/housing-and-regeneration/">Housing and regeneration</a></li>
      <li><a href="/about-us/">About us</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol><li><a href="/">Home</a></li><li><a href="/transport/">Transport</a></li><li><a href="/transport/bus-reform/">Bus reform</a></li><li>Your questions answered</li></ol>
</nav>
<main id="main">
  <article>
    <h1>Bus franchising: your questions answered</h1>
    <p class="lead">Buses in Northvale are changing. Here are answers to the questions we are asked
    most often about franchising and what it means for you.</p>
    <div class="accordion">
{chr(10).join(qa)}
    </div>
    <h2>Stay up to date</h2>
    <form class="signup" action="/subscribe/bus-reform" method="post">
      <label for="email">Email address</label>
      <input id="email" name="email" type="email">
      <button type="submit">Sign up for updates</button>
    </form>
    <p class="page-meta">Page last updated: 2 July 2025</p>
  </article>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility/">Accessibility</a></li>
    <li><a href="/privacy/">Privacy notice</a></li>
    <li><a href="/contact-us/">Contact us</a></li>
  </ul>
  <p>Northvale Combined Authority, Aldergate House, 12-20 Chantry Street, Drakeford</p>
</footer>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def minutes_gold() -> dict:
    items = [{"number": block[1].rstrip("."), "title": block[2]} for block in BODY
             if block[0] == "item"]
    questions = [
        q("5", "question",
          "asked whether the Committee could co-opt a representative of bus and rail users",
          None,
          "allowed the Committee to invite representatives of passenger groups to attend for specific items",
          "The Scrutiny Officer", ["governance", "patient-and-public-input"]),

        q("6", "question",
          "how the Combined Authority would ensure that smaller local operators were not squeezed out",
          None,
          "divided into eleven lots of different sizes, including four small lots reserved",
          "The Director of Bus Reform", ["privatisation", "subcontracting"]),
        q("6", "question",
          "what would happen to the existing bus depots, most of which were owned",
          None,
          "had completed the purchase of the depots at Thornley Road and Birkshaw",
          None, ["privatisation"]),
        q("6", "concern",
          "Concerns were expressed about the pay and conditions of drivers and engineers",
          None,
          "all eligible staff would transfer under TUPE and that a Fair Work Charter",
          "The Mayor", ["workforce"]),
        q("6", "question",
          "In response to a question from Councillor Folds about the cost of the transition",
          "Councillor Folds",
          "spending remained within the £68.4m transition budget agreed in the Assessment",
          "Sarah Hebden", ["finance"]),
        q("6", "question",
          "questioned whether franchising would lead to a better service in rural areas",
          None,
          "the network would be planned as a whole for the first time",
          "The Executive Director", ["finance"]),
        q("6", "request",
          "requested that the transition risk register be shared with the Committee",
          None, None, None, ["governance"]),
        q("6", "comment",
          "residents in the rural parts of Skelbrook had seen very little information",
          "Councillor Mistry",
          "a passenger information campaign, including drop-in events in market towns, would begin",
          "Officers", []),

        q("7", "concern",
          "Members raised concerns about the number of journeys lost in the evenings",
          None,
          "the shortage of drivers, which had eased during 2024, had returned at the Kellingworth depot",
          "Mr Pickersgill", ["workforce"]),
        q("7", "question",
          "queried why punctuality was reported as an average across the whole network",
          None,
          "Officers agreed to include route-level data in the next performance report",
          "Officers", []),
        q("7", "question",
          "sought clarification on how the Mayor's Fares would be funded after March 2026",
          "Councillor Akhtar",
          "funding beyond March 2026 was not yet known and that options would be considered",
          "The Director", ["finance"]),
        q("7", "comment",
          "many young people and their parents were still unaware of the MyPass",
          "Councillor Mistry", None, None, ["children-and-families"]),
        q("7", "question",
          "In response to a question about how the views of passengers were captured",
          None,
          "the quarterly Northvale Bus Passenger Survey had been expanded to around 4,200 respondents",
          None, ["patient-and-public-input"]),
        q("7", "concern",
          "Members expressed concern about anti-social behaviour on some evening services",
          None,
          "reported that the Safer Travel team of police community support officers",
          "Inspector Gail Royston", []),

        q("8", "question",
          "asked how the views of disabled people had been sought",
          None,
          "paper copies and Easy Read and British Sign Language versions had been provided",
          "Officers", ["patient-and-public-input"]),
        q("8", "concern",
          "the consultation had received a low response from residents of the Millbeck",
          None,
          "targeted door-to-door engagement would take place in the autumn",
          None, ["patient-and-public-input"]),
        q("8", "question",
          "Members asked how the scheme would support the delivery of new housing",
          None,
          "around 9,500 new homes were planned within 800 metres of the proposed stops",
          "The Director", ["housing"]),
        q("8", "request",
          "requested a breakdown of the estimated £2.4bn cost of the first phase",
          "Councillor Ormerod",
          "agreed to circulate the breakdown to members of the Committee after the meeting",
          "The Director", ["finance"]),
        q("8", "question",
          "questioned whether the system would be operated by the Combined Authority itself",
          None,
          "would compare a publicly owned operating company with a concession contract",
          "Officers", ["privatisation", "subcontracting"]),
        q("8", "comment",
          "Skelbrook residents would see no direct benefit from the first phase",
          "Councillor Barraclough",
          "including a future line to Skelbrook, remained part of the long-term plan",
          "The Director of Mass Transit", []),

        q("9", "question",
          "asked whether the Combined Authority would support the installation of further average speed cameras",
          "Councillor Elvington",
          "had approved average speed enforcement on three further routes in 2025/26",
          "Mr Wozniak", []),
        q("9", "comment",
          "road safety should be treated as a public health issue",
          None,
          "directors of public health of the constituent councils were represented",
          None, ["public-health"]),
        q("9", "request",
          "Members asked for an update on the School Streets programme",
          None,
          "38 schools were now taking part and that a further 20 schools",
          "Mr Wozniak", ["children-and-families"]),

        q("10", "request",
          "suggested that the accessibility of rail stations, including the lack of step-free access",
          None,
          "this would be considered at the informal work programming session",
          "The Scrutiny Officer", []),
    ]
    resolutions = [
        r("4", "held on 14 March 2025 be approved and signed by the Chair", "agreed", []),
        r("5", "That Councillor Owen Pridmore be appointed as Deputy Chair of the Committee",
          "agreed", []),
        r("6", "That the update on the transition to bus franchising be noted",
          "agreed", ["governance"]),
        r("7", "the report on bus service performance and passenger experience be noted",
          "noted", []),
        r("8", "findings of the public consultation on the first phase of Northvale Mass Transit",
          "agreed", ["patient-and-public-input"]),
        r("9", "The Committee noted the presentation and thanked Mr Wozniak", "noted", []),
        r("10", "the work programme for 2025/26 be agreed, subject to the inclusion of the items",
          "agreed", []),
    ]

    attendees = []
    role_re = re.compile(r"^(.*?) \((.*)\)$")
    for rows, attendance in ((PRESENT, "present"), (IN_ATTENDANCE, "in_attendance")):
        for name, _org in rows:
            m = role_re.match(name)
            if m:
                attendees.append({"name": m.group(1), "role": m.group(2), "attendance": attendance})
            else:
                attendees.append({"name": name, "role": None, "attendance": attendance})
    for name in ("Lisa Wade", "Ian Brearley", "Zafar Khan"):
        attendees.append({"name": name, "role": None, "attendance": "apologies"})

    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": "Transport and Infrastructure Scrutiny Committee",
        "meeting_date": "2025-07-18",
        "items": items,
        "questions": questions,
        "resolutions": resolutions,
        "attendees": attendees,
    }


def other_gold() -> dict:
    return {"document": OTHER_NAME, "doc_type": "other"}


# --------------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_pdf(DOCS / MINUTES_NAME)
    build_html(DOCS / OTHER_NAME)
    for gold in (minutes_gold(), other_gold()):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / OTHER_NAME}\nwrote gold files in {GOLD}")


def normalise(text: str) -> str:
    text = text.lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def document_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    failures = 0
    for gold_path in sorted(GOLD.glob("ly-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            failures += 1
            continue
        text = normalise(document_text(doc))
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        for what, phrase in phrases:
            n = text.count(normalise(phrase))
            words = len(phrase.split())
            if n != 1:
                print(f"FAIL {gold_path.name}: {what} occurs {n} times: {phrase!r}")
                failures += 1
            if not 6 <= words <= 15:
                print(f"FAIL {gold_path.name}: {what} has {words} words: {phrase!r}")
                failures += 1
        items = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in items:
                print(f"FAIL {gold_path.name}: unknown item {row['item']!r}")
                failures += 1
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if failures == 0 else f"check FAILED ({failures})")
    return 1 if failures else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
