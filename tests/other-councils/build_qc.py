#!/usr/bin/env python3
"""Build the "qc-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_qc.py           build documents/qc-* and gold/qc-*.json
        build_qc.py --check   verify every gold phrase occurs once in its document

The minutes imitate a printed health scrutiny committee minutes PDF of a district (city)
council as `pdftotext -layout` writes it: attendance in side-by-side columns, minute
numbers in the margin, justified lines, a running header, page footers and form feeds.
Every council, person, place, provider and figure is invented.
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

MINUTES_NAME = "qc-holmcaster-health-scrutiny-committee-2025-02-12.txt"
NEWS_NAME = "qc-holmcaster-press-release-leisure-centres-contract-2025-03-04.txt"

# ---------------------------------------------------------------------------
# Page geometry (characters), as pdftotext -layout gives an A4 page
# ---------------------------------------------------------------------------

PAGE_WIDTH = 92
MARGIN = 9            # minute numbers sit in the margin, text starts here
TEXT_WIDTH = 80       # width of the justified body text
HANG = 4              # lettered and numbered points hang this far in
BODY_LINES = 54       # lines of body text on a page

COMMITTEE = "Health Scrutiny Committee"
DATE_LINE = "12 February 2025"

# ---------------------------------------------------------------------------
# Attendance (two columns side by side, labels wrapping in their own column)
# ---------------------------------------------------------------------------

PRESENT_LEFT = [
    "Councillor Rosalind Kettleborough",
    "(in the Chair)",
    "Councillor Desmond Aynsley",
    "Councillor Imran Chaudhry-Hale",
    "Councillor Sinead Ferriby",
    "Councillor Martyn Oldroyd",
]
PRESENT_RIGHT = [
    "Councillor Lionel Pargeter",
    "",
    "Councillor Gethin Pocklington",
    "Councillor Bernadette Quirke",
    "Councillor Abigail Tennison",
    "Councillor Hannah Wiltshaw",
]

ALSO = [
    ("Councillor Faye Hollinshead", "Portfolio Holder for Tackling Inequality"),
    ("Karen Lissington", "Head of Dental Commissioning, NHS Wyndlowshire "
                         "Integrated Care Board"),
    ("Tom Ravensworth", "Consultant in Public Health, Wyndlowshire County Council"),
    ("Elaine Scotney", "Principal Trading Standards Officer, Wyndlowshire County "
                       "Council"),
    ("Simon Hebblethwaite", "Public Protection and Anti-Social Behaviour Service "
                            "Manager"),
    ("Joanne Marriott-Dale", "Associate Director of Operations (Community), "
                             "Wyndlowshire Partnership NHS Foundation Trust"),
    ("Priya Ellwood", "Chief Executive, Northgate Wellbeing Collective"),
    ("Dr Adrian Fothergill", "Clinical Director for Urgent Care, Wyndlowshire "
                             "Community Health Services NHS Trust"),
    ("Natalie Cuthbertson", "Engagement Lead, Healthwatch Wyndlowshire"),
    ("Graham Threlfall", "Scrutiny Policy Officer"),
    ("Claire Dunmore", "Democratic Services Officer"),
]


def attendance_lines() -> list[str]:
    label_w = 18
    out: list[str] = []
    # Present: two columns of names beside the label
    for i, (left, right) in enumerate(zip(PRESENT_LEFT, PRESENT_RIGHT)):
        label = "Present:" if i == 0 else ""
        line = f"{label:<{label_w}}{left:<38}{right}".rstrip()
        out.append(line)
    out.append("")
    # Apologies: label wraps over two lines beside the names
    apol = textwrap.wrap("Councillor Ruth Cavendish-Lowe and Councillor Peter Smalldridge",
                         56)
    labels = ["Apologies for", "Absence:"]
    for i in range(max(len(apol), len(labels))):
        lab = labels[i] if i < len(labels) else ""
        val = apol[i] if i < len(apol) else ""
        out.append(f"{lab:<{label_w}}{val}".rstrip())
    out.append("")
    # Also in attendance: a name column and a post column, posts wrapping in their column
    labels = ["Also in", "Attendance:"]
    rows: list[tuple[str, str]] = []
    for name, post in ALSO:
        wrapped = textwrap.wrap(post, 44, break_on_hyphens=False)
        rows.append((name, wrapped[0]))
        for more in wrapped[1:]:
            rows.append(("", more))
    for i, (name, post) in enumerate(rows):
        lab = labels[i] if i < len(labels) else ""
        out.append(f"{lab:<{label_w}}{name:<30}{post}".rstrip())
    return out


# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks:
#   ("minute", number, title)        number in the margin, title beside it
#   ("p", text)                      justified paragraph
#   ("lab", label, text)             "Question:" / "Response:" / "Comment:" run in
#   ("letters", [texts])             a) b) c) hanging points
#   ("clauses", [texts])             1. 2. hanging clauses
#   ("note", text)                   unjustified line(s), e.g. a member leaving

BODY = [
    ("minute", "38.", "Confirmation of Minutes - 4 December 2024"),
    ("p", "RESOLVED that the minutes of the meeting held on 4 December 2024 be confirmed "
          "and signed by the Chair as a true record."),

    ("minute", "39.", "Declarations of Interest"),
    ("p", "Councillor Sinead Ferriby declared a Personal Interest with regard to the "
          "agenda item titled \u2018Community Mental Health Services - Voluntary and "
          "Community Sector Partners\u2019."),
    ("p", "Reason: She was a trustee of Northgate Wellbeing Collective."),
    ("p", "Councillor Abigail Tennison declared a Personal Interest with regard to the "
          "agenda item titled \u2018Holmcaster Urgent Treatment Centre - Waiting Times "
          "and Patient Experience\u2019."),
    ("p", "Reason: Her son was employed as a staff nurse at Holmcaster County Hospital."),

    ("minute", "40.", "Update from the Health Scrutiny Committee for Wyndlowshire"),
    ("p", "Councillor Hannah Wiltshaw, the City Council\u2019s representative on the "
          "Health Scrutiny Committee for Wyndlowshire:"),
    ("letters", [
        "presented an update on the work of the County Committee since the last "
        "meeting of this Committee;",
        "reported that the meeting held on 15 January 2025 had considered the "
        "temporary closure of the midwife-led birthing unit at Carrsby Community "
        "Hospital, which had been closed since October 2024 because of midwife "
        "vacancies;",
        "advised that the County Committee had agreed that the closure did not amount "
        "to a substantial variation, subject to a full review of the unit\u2019s "
        "future being presented to it within twelve months;",
        "highlighted that the ambulance service had reported an average response time "
        "for category 2 calls of 41 minutes across the county in December 2024, "
        "against a target of 30 minutes;",
        "reported that the County Committee had set up a working group on the "
        "re-procurement of non-emergency patient transport services, which would "
        "report in April 2025;",
        "explained that the next meeting of the County Committee would be held on "
        "19 March 2025; and",
        "invited Members\u2019 questions and comments.",
    ]),
    ("p", "Members discussed the update in further detail. The following questions and "
          "comments emerged:"),
    ("lab", "Question:", "Councillor Lionel Pargeter asked whether the working group "
          "would be able to influence the specification for the new patient transport "
          "contract before it was advertised."),
    ("lab", "Response:", "Councillor Wiltshaw confirmed that the Integrated Care Board "
          "had agreed to share the draft specification with the working group in March, "
          "before any bids were invited."),
    ("lab", "Comment:", "Councillor Bernadette Quirke commented that residents in her "
          "ward were still waiting up to three hours to be taken home after hospital "
          "appointments, which was particularly difficult for older people attending "
          "for dialysis."),
    ("lab", "Response:", "Councillor Wiltshaw agreed to raise this on behalf of the "
          "Committee at the next meeting of the County Committee."),
    ("p", "The Chair thanked Councillor Wiltshaw for her update and for representing the "
          "City Council on the County Committee."),
    ("p", "RESOLVED that the update be noted."),

    ("minute", "41.", "Access to NHS Dental Services in Holmcaster - NHS Wyndlowshire "
                      "Integrated Care Board"),
    ("p", "Karen Lissington, Head of Dental Commissioning, NHS Wyndlowshire Integrated "
          "Care Board:"),
    ("letters", [
        "gave a presentation on access to NHS dental services in Holmcaster;",
        "reported that there were 14 NHS dental practices in the city, of which 2 were "
        "currently accepting new adult NHS patients and 6 were accepting children;",
        "explained that 41% of adults in Holmcaster had seen an NHS dentist in the "
        "previous 24 months, while 61% of children had been seen in the previous "
        "12 months;",
        "advised that Ketterby Row Dental Practice had handed back its NHS contract in "
        "September 2024, affecting approximately 5,600 patients, and that the contract "
        "had been re-procured, with a new provider due to open in the city in "
        "May 2025;",
        "highlighted the Integrated Care Board\u2019s flexible commissioning scheme, "
        "under which 11 practices in the county were paid to keep sessions free for "
        "urgent care and for patients who had not seen a dentist for two years or "
        "more;",
        "reported that a dental therapy training programme would begin at Holmcaster "
        "College in September 2025; and",
        "invited Members\u2019 questions and comments.",
    ]),
    ("p", "Members discussed the content of the presentation in further detail. The "
          "following questions and comments emerged:"),
    ("lab", "Question:", "Councillor Imran Chaudhry-Hale asked how residents could find "
          "out which practices were accepting new NHS patients, as the information on "
          "the NHS website was often out of date."),
    ("lab", "Response:", "Karen Lissington acknowledged that practices did not always "
          "update the website promptly. The Integrated Care Board now contacted every "
          "practice in the city fortnightly and published a list on its own website, "
          "which residents without internet access could also obtain by telephone."),
    ("lab", "Question:", "Why had Ketterby Row Dental Practice handed back its contract "
          "when it had provided NHS care in the city for over thirty years?"),
    ("lab", "Response:", "The owners of the practice had advised that the contract was "
          "no longer financially viable, as the national contract paid the same amount "
          "for a course of treatment however many fillings it needed. Reform of the "
          "national contract was a matter for the Department of Health and Social Care."),
    ("lab", "Comment:", "Councillor Sinead Ferriby commented that the flexible "
          "commissioning scheme was welcome but that few residents in her ward knew that "
          "it existed."),
    ("lab", "Response:", "The Head of Dental Commissioning agreed that more could be "
          "done to publicise the scheme and offered to provide a short article for the "
          "City Council\u2019s residents\u2019 magazine."),
    ("lab", "Question:", "Councillor Martyn Oldroyd asked what was being done to attract "
          "dentists to work in Holmcaster, given that several practices had advertised "
          "vacancies for over a year."),
    ("lab", "Response:", "The Integrated Care Board had offered a one-off payment of "
          "\u00a320,000 to dentists who committed to providing NHS care in the county for "
          "three years. Nine dentists had taken up the offer so far, four of them in "
          "the city."),
    ("lab", "Question:", "Councillor Desmond Aynsley queried what was being done to "
          "improve the oral health of young children in the most deprived parts of the "
          "city."),
    ("lab", "Response:", "The supervised toothbrushing programme funded by Wyndlowshire "
          "County Council now ran in 26 nurseries and primary schools in Holmcaster, and "
          "practices in the flexible commissioning scheme had been asked to prioritise "
          "children who had never seen a dentist."),
    ("lab", "Comment:", "Councillor Gethin Pocklington noted that many residents of care "
          "homes in the city had not been seen by a dentist for several years, and urged "
          "the Integrated Care Board to look again at domiciliary dental care for people "
          "unable to leave their homes."),
    ("p", "The Chair thanked Karen Lissington for her informative presentation and for "
          "her frank answers to Members\u2019 questions."),
    ("p", "RESOLVED that:"),
    ("clauses", [
        "The content of the presentation be noted with thanks.",
        "A further update on access to NHS dental services, including the opening of "
        "the new practice replacing Ketterby Row, be submitted to this Committee in "
        "September 2025.",
    ]),

    ("minute", "42.", "Youth Vaping and Illicit Tobacco"),
    ("p", "Tom Ravensworth, Consultant in Public Health, Wyndlowshire County Council, "
          "supported by Elaine Scotney, Principal Trading Standards Officer, and Simon "
          "Hebblethwaite, Public Protection and Anti-Social Behaviour Service Manager:"),
    ("letters", [
        "presented a joint report on youth vaping and the sale of illicit tobacco in "
        "Holmcaster;",
        "reported that the most recent survey of secondary school pupils in the county, "
        "carried out in the summer term of 2024, had found that 9% of 11 to 15 year olds "
        "vaped regularly, rising to 16% of pupils in Year 11;",
        "explained that most young people who vaped said that they bought disposable "
        "vapes from local shops or were given them by older friends or relatives;",
        "highlighted that the sale of single-use vapes would be banned in England from "
        "1 June 2025;",
        "advised that the County Council\u2019s stop smoking service, Smokefree "
        "Wyndlowshire, had supported 1,142 residents of Holmcaster to set a quit date "
        "in 2023/24, of whom 58% had quit at four weeks;",
        "reported that Trading Standards had seized over 48,000 illegal vapes and "
        "310,000 illicit cigarettes in the county during 2024, around a third of them "
        "in the city;",
        "explained that the City Council\u2019s Public Protection and Anti-Social "
        "Behaviour team carried out joint visits to premises with Trading Standards and "
        "the police; and",
        "invited Members\u2019 questions and comments.",
    ]),
    ("p", "Councillor Faye Hollinshead, Portfolio Holder for Tackling Inequality, added "
          "that the City Council had funded an additional enforcement officer within the "
          "Public Protection and Anti-Social Behaviour team from April 2024, and that the "
          "Executive would be asked to consider extending the post into 2025/26 as part "
          "of the joint test purchasing programme with Trading Standards."),
    ("p", "Members discussed the content of the report in further detail. The following "
          "questions and comments emerged:"),
    ("lab", "Question:", "Councillor Abigail Tennison asked how many shops in the city had "
          "sold vapes to under 18s during test purchasing over the last year."),
    ("lab", "Response:", "Elaine Scotney advised that test purchases had been attempted "
          "at 31 premises in Holmcaster during 2024 and that 9 had made a sale. Each "
          "business had received a warning letter and a follow-up visit, and two had "
          "been prosecuted."),
    ("lab", "Comment:", "Councillor Lionel Pargeter expressed concern that brightly "
          "coloured vapes were still on display in shop windows close to schools in the "
          "city centre."),
    ("lab", "Response:", "Trading Standards would write to every retailer in the city "
          "before the ban on single-use vapes came into force, and displays aimed at "
          "children would be a priority for visits."),
    ("lab", "Question:", "Councillor Bernadette Quirke queried whether the City Council "
          "had the power to close shops that repeatedly sold illicit tobacco."),
    ("lab", "Response:", "Simon Hebblethwaite confirmed that closure orders under "
          "anti-social behaviour legislation had been obtained for two premises on the "
          "High Street in 2024, each for three months, and that the team would seek "
          "further orders wherever the evidence allowed."),
    ("lab", "Question:", "Had young people been involved in designing the campaign to "
          "discourage vaping?"),
    ("lab", "Response:", "Yes. The campaign had been co-designed with Holmcaster Youth "
          "Council and pupils from three secondary schools, who had chosen its name, "
          "\u2018Clear Air, Clear Head\u2019, and appeared in its videos."),
    ("lab", "Question:", "Councillor Martyn Oldroyd asked whether the focus on young "
          "people risked putting off adult smokers who might use a vape to help them "
          "quit."),
    ("lab", "Response:", "The Consultant in Public Health stated that vaping remained "
          "far less harmful than smoking for adults, and that the stop smoking service "
          "continued to offer a free vape starter kit to adult smokers through the "
          "national Swap to Stop scheme."),
    ("lab", "Comment:", "Councillor Sinead Ferriby requested that details of the stop "
          "smoking service be sent to all ward councillors for inclusion in their ward "
          "newsletters."),
    ("lab", "Response:", "Tom Ravensworth agreed to circulate this information through "
          "the Democratic Services Officer."),
    ("p", "The Chair thanked the officers for their report and their attendance at "
          "the meeting."),
    ("p", "RESOLVED that the report be noted."),
    ("p", "RECOMMENDED to Executive that the City Council continue its contribution to "
          "the joint test purchasing programme with Wyndlowshire Trading Standards in "
          "2025/26."),

    ("minute", "43.", "Community Mental Health Services - Voluntary and Community Sector "
                      "Partners"),
    ("p", "(Councillor Sinead Ferriby, having declared a Personal Interest, remained in "
          "the meeting but took no part in the discussion of this item.)"),
    ("p", "Joanne Marriott-Dale, Associate Director of Operations (Community), "
          "Wyndlowshire Partnership NHS Foundation Trust:"),
    ("letters", [
        "gave a presentation on the voluntary and community sector organisations that "
        "delivered parts of the Trust\u2019s community mental health offer;",
        "explained that since 2022 the Trust had subcontracted support for adults with "
        "moderate mental health needs to six voluntary sector organisations across the "
        "county, including three wellbeing hubs in Holmcaster run by Northgate "
        "Wellbeing Collective;",
        "reported that the hubs offered drop-in support, peer support groups and help "
        "with debt, benefits and housing, and had received 2,316 referrals in 2024, "
        "38% of them self-referrals;",
        "advised that the total value of the subcontracts was \u00a32.8 million a year, "
        "of which \u00a3710,000 related to Holmcaster;",
        "highlighted that the current subcontracts ended on 31 March 2026 and that the "
        "Trust would begin a re-procurement in the spring, with new contracts to be "
        "awarded by November 2025; and",
        "invited Members\u2019 questions and comments.",
    ]),
    ("p", "Priya Ellwood, Chief Executive, Northgate Wellbeing Collective, described the "
          "work of the hubs, including the crisis caf\u00e9 at the Kettlewell Road hub, "
          "which opened from 6.00 pm to midnight on Fridays and Saturdays and had "
          "supported 412 people in crisis during 2024."),
    ("p", "Members discussed the content of the presentation in further detail. The "
          "following questions and comments emerged:"),
    ("lab", "Question:", "Councillor Martyn Oldroyd asked how the Trust checked the "
          "quality of the care provided by subcontracted organisations."),
    ("lab", "Response:", "Each partner attended a quarterly contract review meeting with "
          "the Trust, reported against an agreed set of outcome measures and collected "
          "feedback from everyone who used its service. The Trust\u2019s clinical leads "
          "also visited each hub at least twice a year."),
    ("lab", "Comment:", "Councillor Bernadette Quirke raised concerns that one-year "
          "extensions to the subcontracts had made it difficult for small charities to "
          "recruit and keep experienced staff."),
    ("lab", "Response:", "Joanne Marriott-Dale acknowledged this and confirmed that the "
          "new contracts would run for three years, with an option to extend for a "
          "further two years."),
    ("lab", "Question:", "Councillor Gethin Pocklington asked how long people waited "
          "between being referred and their first contact with a hub."),
    ("lab", "Response:", "The average wait in December 2024 had been 9 days. The "
          "longest wait had been five weeks, where a person had asked to be seen by a "
          "particular worker."),
    ("lab", "Question:", "How had people who used the hubs been involved in shaping the "
          "new service specification?"),
    ("lab", "Response:", "A lived experience panel of 14 people had helped to write the "
          "specification, and two of its members would sit on the panel evaluating the "
          "tenders."),
    ("lab", "Comment:", "Councillor Imran Chaudhry-Hale requested that the Trust consider "
          "opening the Kettlewell Road hub on Saturday mornings, when many working people "
          "were able to attend."),
    ("lab", "Response:", "Priya Ellwood explained that Saturday opening had been trialled "
          "in 2023 but had ended when its one-off funding ran out; it would be considered "
          "again as part of the re-procurement."),
    ("lab", "Comment:", "Members were pleased to note the difference the crisis caf\u00e9 "
          "had made for people who would otherwise have gone to the Emergency Department "
          "late at night."),
    ("p", "The Chair thanked Joanne Marriott-Dale and Priya Ellwood for attending and "
          "for the work of the hubs in the city."),
    ("p", "RESOLVED that the presentation be noted with thanks."),

    ("minute", "44.", "Holmcaster Urgent Treatment Centre - Waiting Times and Patient "
                      "Experience"),
    ("p", "Dr Adrian Fothergill, Clinical Director for Urgent Care, Wyndlowshire "
          "Community Health Services NHS Trust:"),
    ("letters", [
        "presented a report on waiting times at the Urgent Treatment Centre at "
        "Holmcaster County Hospital;",
        "reported that the centre had seen 6,914 patients in December 2024, 14% more than "
        "in December 2023;",
        "explained that 79% of patients had been seen, treated and discharged within "
        "four hours in December, against the Trust\u2019s own target of 85%;",
        "advised that the busiest period was between 6.00 pm and 10.00 pm, when GP "
        "surgeries were closed;",
        "highlighted that around 30% of patients now arrived with a time slot booked "
        "through NHS 111; and",
        "invited Members\u2019 questions and comments.",
    ]),
    ("p", "Natalie Cuthbertson, Engagement Lead, Healthwatch Wyndlowshire, presented the "
          "findings of a survey of 212 patients who had used the Urgent Treatment Centre "
          "between October and December 2024. Most were satisfied with the treatment they "
          "had received, but waiting times and a lack of information while waiting were "
          "the most common complaints."),
    ("p", "Members discussed the content of the report in further detail. The following "
          "questions and comments emerged:"),
    ("lab", "Question:", "Councillor Desmond Aynsley asked what had caused the increase "
          "in attendances during December."),
    ("lab", "Response:", "Dr Fothergill explained that flu and other respiratory "
          "illnesses had peaked earlier than expected, in the week before Christmas, and "
          "that the centre had also seen more patients who had been unable to obtain an "
          "appointment with their own GP practice."),
    ("lab", "Comment:", "Councillor Abigail Tennison expressed concern at reports of "
          "patients, some of them elderly, waiting for over six hours on hard chairs in a "
          "crowded corridor."),
    ("lab", "Response:", "The Clinical Director apologised to the patients affected and "
          "explained that the waiting area would be refurbished in April 2025, adding 20 "
          "seats and a separate area for children."),
    ("lab", "Question:", "Councillor Sinead Ferriby asked what proportion of shifts at the "
          "centre were covered by agency or locum staff."),
    ("lab", "Response:", "In December, 18% of medical shifts had been filled by locums, "
          "down from 27% a year earlier, following the recruitment of four advanced "
          "clinical practitioners."),
    ("note", "(Councillor Gethin Pocklington left the meeting at 7.38 pm and did not "
             "return.)"),
    ("lab", "Question:", "Could patients check how long they were likely to wait before "
          "setting off for the centre?"),
    ("lab", "Response:", "Yes, live waiting times were shown on the Trust\u2019s website "
          "and updated every 15 minutes, although they could change quickly if several "
          "seriously ill patients arrived together."),
    ("lab", "Comment:", "The Chair requested that future reports show waiting times broken "
          "down by time of day and by day of the week."),
    ("p", "The Chair thanked Dr Fothergill and Natalie Cuthbertson for their "
          "contributions to the item."),
    ("p", "RESOLVED that:"),
    ("clauses", [
        "The report be noted.",
        "A further report on waiting times at the Urgent Treatment Centre be brought to "
        "this Committee in October 2025, following the refurbishment of the waiting "
        "area.",
    ]),

    ("minute", "45.", "Health Scrutiny Committee Annual Report 2024/25"),
    ("p", "Graham Threlfall, Scrutiny Policy Officer:"),
    ("letters", [
        "presented the draft annual report of the Health Scrutiny Committee for the "
        "2024/25 municipal year;",
        "explained that the report summarised the subjects considered by the Committee, "
        "the partners who had attended and the outcomes achieved;",
        "advised that the report would be submitted to Council on 25 March 2025; and",
        "invited Members\u2019 comments.",
    ]),
    ("lab", "Comment:", "Councillor Lionel Pargeter commented that the report should "
          "record the Committee\u2019s visit to St Cuthwin\u2019s Hospice in October, which "
          "Members had found very informative."),
    ("lab", "Response:", "The Scrutiny Policy Officer agreed to add a paragraph about the "
          "visit before the report was submitted to Council."),
    ("p", "RESOLVED that the Health Scrutiny Committee Annual Report 2024/25 be approved "
          "for submission to Council, subject to the addition referred to above."),

    ("minute", "46.", "Health Scrutiny Committee Work Programme 2024/25"),
    ("p", "Graham Threlfall, Scrutiny Policy Officer:"),
    ("letters", [
        "presented the work programme for the Health Scrutiny Committee for 2024/25;",
        "reported that the meeting on 26 March 2025 would receive the Director of Public "
        "Health\u2019s annual report and an update on GP access from the Integrated Care "
        "Board; and",
        "invited Members\u2019 comments and suggestions for the 2025/26 programme.",
    ]),
    ("lab", "Question:", "Councillor Martyn Oldroyd asked whether the ambulance service "
          "had yet agreed to attend a meeting of the Committee."),
    ("lab", "Response:", "The Scrutiny Policy Officer advised that the ambulance service "
          "had confirmed that it would attend the meeting on 18 June 2025."),
    ("lab", "Comment:", "Councillor Hannah Wiltshaw requested an item on damp and mould in "
          "privately rented homes and the effect on children\u2019s respiratory health."),
    ("lab", "Response:", "The Chair agreed, and the Scrutiny Policy Officer advised that "
          "the item would be scheduled for September 2025 with officers from the Private "
          "Sector Housing team invited to attend."),
    ("p", "RESOLVED that the work programme for 2024/25 be noted."),
]


def justify(line: str, width: int) -> str:
    words = line.split(" ")
    if len(words) < 2:
        return line
    gaps = len(words) - 1
    extra = width - sum(len(w) for w in words) - gaps
    if extra <= 0 or extra > gaps * 2:
        return line
    widths = [1] * gaps
    # spread the spare spaces evenly along the line
    for k in range(extra):
        widths[int((k + 0.5) * gaps / extra)] += 1
    out = words[0]
    for w, word in zip(widths, words[1:]):
        out += " " * w + word
    return out


def wrap_just(text: str, width: int, first_prefix: str, rest_prefix: str) -> list[str]:
    """Wrap text to width and justify every line but the last (prefixes of equal length)."""
    assert len(first_prefix) == len(rest_prefix)
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    out = []
    for i, line in enumerate(lines):
        body = line if i == len(lines) - 1 else justify(line, width)
        out.append((first_prefix if i == 0 else rest_prefix) + body)
    return out


def block_lines(block) -> list[str]:
    kind = block[0]
    ind = " " * MARGIN
    if kind == "minute":
        _, num, title = block
        tl = textwrap.wrap(title, TEXT_WIDTH - 6)
        return [f"{num:<{MARGIN}}{tl[0]}"] + [ind + t for t in tl[1:]]
    if kind == "p":
        return wrap_just(block[1], TEXT_WIDTH, ind, ind)
    if kind == "lab":
        _, label, text = block
        return wrap_just(label + " " + text, TEXT_WIDTH, ind, ind)
    if kind == "note":
        return [ind + t for t in textwrap.wrap(block[1], TEXT_WIDTH)]
    if kind in ("letters", "clauses"):
        out: list[str] = []
        for n, text in enumerate(block[1]):
            mark = f"{'abcdefghij'[n]})" if kind == "letters" else f"{n + 1}."
            out.extend(wrap_just(text, TEXT_WIDTH - HANG,
                                 ind + f"{mark:<{HANG}}", ind + " " * HANG))
            if kind == "clauses" and n < len(block[1]) - 1:
                out.append("")
        return out
    raise ValueError(kind)


def header_line(left: str, right: str) -> str:
    return left + " " * (PAGE_WIDTH - len(left) - len(right)) + right


def minutes_text() -> str:
    lines: list[str] = []
    lines.extend(attendance_lines())
    for block in BODY:
        lines.append("")
        if block[0] == "minute":
            lines.append("")
        lines.extend(block_lines(block))
    lines.append("")
    lines.append("")
    lines.append(" " * 50 + "." * 36)
    lines.append(" " * 50 + "Chair")

    pages: list[list[str]] = []
    cur: list[str] = []
    for i, line in enumerate(lines):
        # a minute's heading is kept with the first lines of its text
        heading = bool(re.match(r"\d+\.\s", line))
        if len(cur) >= BODY_LINES or (heading and len(cur) >= BODY_LINES - 4):
            pages.append(cur)
            cur = []
        if not cur and line == "":
            continue
        cur.append(line)
    if cur:
        pages.append(cur)

    out = []
    for n, page in enumerate(pages, 1):
        while page and page[-1] == "":
            page.pop()
        top = []
        if n == 1:
            top.append(" " * (PAGE_WIDTH - 20) + "Public Document Pack")
            top.append("")
        top.append(header_line(COMMITTEE, DATE_LINE))
        top.append("")
        footer = ["", "", " " * 42 + f"Page {n}"]
        out.append("\n".join(top + page + footer) + "\n\f")
    return "".join(out)


# ---------------------------------------------------------------------------
# The press release (not minutes)
# ---------------------------------------------------------------------------

NEWS = """\
CITY OF HOLMCASTER COUNCIL

NEWS RELEASE

FOR IMMEDIATE RELEASE
4 March 2025


New partner chosen to run Holmcaster's leisure centres - and GP exercise
referrals to double

City of Holmcaster Council has chosen a new partner to run its three leisure
centres from 1 July 2025, with a promise to keep prices frozen for the first year,
open a new community health suite at Kettlewell Road and double the number of
residents who can be referred by their GP for a supported exercise programme.

The council's Executive agreed on Monday 3 March to award a ten-year contract,
with an option to extend for a further five years, to Kestrelway Leisure Trust, a
not-for-profit charitable trust that already runs leisure facilities for four
other councils in the East of England and the Midlands.

The contract covers Riverside Pools and Fitness, the Westbank Sports Centre and the
Kettlewell Road Leisure Centre, as well as the outdoor gym equipment in six city
parks. It follows a competitive procurement that began in the summer of 2024 and
attracted five bids.

The council's current leisure contract ends on 30 June 2025. All staff working at
the three centres will transfer to the new operator on their existing terms and
conditions.

Councillor Faye Hollinshead, Portfolio Holder for Tackling Inequality, said:

"Our leisure centres are about far more than swimming lessons and gym
memberships. For many people in Holmcaster they are the first step back to
health after an illness, a way of staying independent in later life, or simply a
warm and welcoming place to meet people.

"When we asked residents what mattered most to them, the answer was clear: keep
prices affordable, keep the centres open, and do more to help people who are not
active at the moment. This new partnership does all three, and I am particularly
pleased that we will be able to help twice as many people through the exercise
referral scheme."

What the new contract will deliver

- Prices for swimming, gym and classes will be frozen until 1 July 2026, and any
  rise after that will be capped at inflation.
- The Holmcaster Active Card, which gives half-price entry to residents receiving
  certain benefits, will continue and will be extended to carers.
- A new community health suite will open at Kettlewell Road Leisure Centre in
  spring 2026, with space for cardiac and pulmonary rehabilitation classes run by
  local NHS teams.
- The exercise on referral scheme will grow from 600 to 1,200 places a year, and
  GPs, practice nurses and social prescribers will be able to refer patients
  online.
- Free swimming will continue for children under eight and for residents aged 75
  and over.
- The operator will pay the council a management fee rising from £140,000 in
  the first year to £390,000 by year five, instead of the council paying a
  subsidy of around £210,000 a year under the current contract.

You asked, we said

More than 1,900 people took part in the council's leisure survey in the autumn,
and 140 attended drop-in sessions at the three centres. Here is what people told
us and how we have responded.

You asked: Will prices go up as soon as the new operator takes over?
We said: No. Prices will be frozen for the first year of the contract, and any
increase after that will be capped at the rate of inflation.

You asked: Will the Westbank Sports Centre close?
We said: No. All three centres will stay open. The contract includes £1.1
million of investment at Westbank, including new changing rooms and a
refurbished sports hall floor.

You asked: Can you make it easier to use the pool if you have a disability?
We said: Yes. A pool hoist and a changing places toilet will be installed at
Riverside Pools before the end of 2025, and there will be quieter swimming
sessions for people with autism or sensory needs.

You asked: Why not keep the centres in-house?
We said: We looked carefully at running the centres ourselves. The council would
have had to pay business rates and VAT that a charitable trust does not, and the
cost to taxpayers would have been around £600,000 a year higher.

Exercise on referral: how it works

The exercise on referral scheme is for adults with a health condition that could
be helped by being more active, such as high blood pressure, type 2 diabetes,
arthritis, mild depression or anxiety, or recovery from a heart attack. Patients
are referred by their GP, practice nurse or social prescriber and then take part
in a 12-week supported programme with a qualified instructor, at a reduced price
of £2 a session.

In 2024 around 600 people were referred to the scheme. Of those who finished the
12 weeks, nearly seven in ten were still exercising regularly six months later.

Dr Meera Okonjo, a GP in the city, said:

"I see patients every week who would benefit from being more active but don't
know where to start, or who feel nervous about walking into a gym. Having a
friendly, supervised programme that I can refer them to makes a real difference.
Doubling the number of places will mean shorter waits and more patients getting
that support when they need it."

Questions and answers

Do I need to do anything if I already have a membership?
No. Memberships, direct debits and bookings will transfer automatically to Active
Trust Leisure. Members will receive a letter in May explaining the changes.

Will my swimming lessons continue?
Yes. The swimming lesson programme will carry on without a break, and children
will keep their current class and teacher wherever possible.

What happens to the staff?
All staff working at the centres will transfer to Kestrelway Leisure Trust under the
TUPE regulations, keeping their pay and conditions.

How will the council make sure the new operator does a good job?
The contract sets out 28 performance measures, including customer satisfaction,
cleanliness, the number of people taking part from the city's most deprived
neighbourhoods and the results of the exercise on referral scheme. Council
officers will meet the operator every month, and a report on performance will
be presented to councillors every year.

How can I find out more?
Details of the contract, the survey results and the equality impact assessment
are available on the council's website. Residents can also ask at the reception
desk of any of the three centres.

ENDS

Notes to editors

1. The decision was taken by the council's Executive on 3 March 2025. It may be
   called in for review by the council's scrutiny committees within five working
   days of publication of the decision notice.

2. Kestrelway Leisure Trust is a registered charity. Any surplus it makes is
   reinvested in the facilities and programmes it runs.

3. The council's Health Scrutiny Committee considered the exercise on referral
   scheme as part of its work on tackling health inequalities in 2024/25.

4. Photographs of the three centres are available on request.

For media enquiries please contact the Communications Team,
City of Holmcaster Council, on 01632 960 418 or email
communications@holmcaster.example.gov.uk
"""


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
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-02-12",
    "items": [
        {"number": "38", "title": "Confirmation of Minutes - 4 December 2024"},
        {"number": "39", "title": "Declarations of Interest"},
        {"number": "40", "title": "Update from the Health Scrutiny Committee for Wyndlowshire"},
        {"number": "41", "title": "Access to NHS Dental Services in Holmcaster - NHS "
                                  "Wyndlowshire Integrated Care Board"},
        {"number": "42", "title": "Youth Vaping and Illicit Tobacco"},
        {"number": "43", "title": "Community Mental Health Services - Voluntary and "
                                  "Community Sector Partners"},
        {"number": "44", "title": "Holmcaster Urgent Treatment Centre - Waiting Times and "
                                  "Patient Experience"},
        {"number": "45", "title": "Health Scrutiny Committee Annual Report 2024/25"},
        {"number": "46", "title": "Health Scrutiny Committee Work Programme 2024/25"},
    ],
    "questions": [
        # 40 update from the County Committee
        q("40", "question",
          "asked whether the working group would be able to influence the specification",
          "Councillor Lionel Pargeter",
          "had agreed to share the draft specification with the working group in March",
          "Councillor Wiltshaw", ["subcontracting"]),
        q("40", "comment",
          "residents in her ward were still waiting up to three hours",
          "Councillor Bernadette Quirke",
          "agreed to raise this on behalf of the Committee at the next meeting",
          "Councillor Wiltshaw", []),
        # 41 dentistry
        q("41", "question",
          "asked how residents could find out which practices were accepting new NHS patients",
          "Councillor Imran Chaudhry-Hale",
          "now contacted every practice in the city fortnightly and published a list",
          "Karen Lissington", ["primary-care"]),
        q("41", "question",
          "Why had Ketterby Row Dental Practice handed back its contract",
          None,
          "the contract was no longer financially viable, as the national contract paid",
          None, ["primary-care", "finance"]),
        q("41", "comment",
          "the flexible commissioning scheme was welcome but that few residents in her ward",
          "Councillor Sinead Ferriby",
          "offered to provide a short article for the City Council's residents' magazine",
          "Head of Dental Commissioning", ["primary-care", "subcontracting"]),
        q("41", "question",
          "asked what was being done to attract dentists to work in Holmcaster",
          "Councillor Martyn Oldroyd",
          "had offered a one-off payment of £20,000 to dentists who committed",
          None, ["primary-care", "workforce"]),
        q("41", "question",
          "oral health of young children in the most deprived parts of the city",
          "Councillor Desmond Aynsley",
          "The supervised toothbrushing programme funded by Wyndlowshire County Council now ran",
          None, ["primary-care", "public-health", "children-and-families"]),
        q("41", "comment",
          "many residents of care homes in the city had not been seen by a dentist",
          "Councillor Gethin Pocklington", None, None,
          ["primary-care", "adult-social-care"]),
        # 42 youth vaping and illicit tobacco
        q("42", "question",
          "asked how many shops in the city had sold vapes to under 18s",
          "Councillor Abigail Tennison",
          "test purchases had been attempted at 31 premises in Holmcaster during 2024",
          "Elaine Scotney", ["public-health", "children-and-families"]),
        q("42", "concern",
          "expressed concern that brightly coloured vapes were still on display in shop windows",
          "Councillor Lionel Pargeter",
          "Trading Standards would write to every retailer in the city before the ban",
          None, ["public-health", "children-and-families"]),
        q("42", "question",
          "queried whether the City Council had the power to close shops",
          "Councillor Bernadette Quirke",
          "closure orders under anti-social behaviour legislation had been obtained for two premises",
          "Simon Hebblethwaite", ["public-health"]),
        q("42", "question",
          "Had young people been involved in designing the campaign to discourage vaping",
          None,
          "The campaign had been co-designed with Holmcaster Youth Council and pupils",
          None, ["public-health", "children-and-families", "patient-and-public-input"]),
        q("42", "question",
          "asked whether the focus on young people risked putting off adult smokers",
          "Councillor Martyn Oldroyd",
          "vaping remained far less harmful than smoking for adults",
          "Consultant in Public Health", ["public-health"]),
        q("42", "request",
          "requested that details of the stop smoking service be sent to all ward councillors",
          "Councillor Sinead Ferriby",
          "agreed to circulate this information through the Democratic Services Officer",
          "Tom Ravensworth", ["public-health"]),
        # 43 community mental health: subcontracted voluntary sector partners
        q("43", "question",
          "asked how the Trust checked the quality of the care provided by subcontracted organisations",
          "Councillor Martyn Oldroyd",
          "Each partner attended a quarterly contract review meeting with the Trust",
          None, ["mental-health", "subcontracting"]),
        q("43", "concern",
          "raised concerns that one-year extensions to the subcontracts had made it difficult",
          "Councillor Bernadette Quirke",
          "the new contracts would run for three years, with an option to extend",
          "Joanne Marriott-Dale", ["mental-health", "subcontracting", "workforce"]),
        q("43", "question",
          "asked how long people waited between being referred and their first contact",
          "Councillor Gethin Pocklington",
          "The average wait in December 2024 had been 9 days",
          None, ["mental-health"]),
        q("43", "question",
          "How had people who used the hubs been involved in shaping",
          None,
          "A lived experience panel of 14 people had helped to write the specification",
          None, ["mental-health", "patient-and-public-input", "subcontracting"]),
        q("43", "request",
          "requested that the Trust consider opening the Kettlewell Road hub on Saturday mornings",
          "Councillor Imran Chaudhry-Hale",
          "Saturday opening had been trialled in 2023 but had ended",
          "Priya Ellwood", ["mental-health", "subcontracting"]),
        q("43", "comment",
          "Members were pleased to note the difference the crisis café had made",
          None, None, None, ["mental-health"]),
        # 44 urgent treatment centre
        q("44", "question",
          "asked what had caused the increase in attendances during December",
          "Councillor Desmond Aynsley",
          "flu and other respiratory illnesses had peaked earlier than expected",
          "Dr Fothergill", ["public-health", "primary-care"]),
        q("44", "concern",
          "expressed concern at reports of patients, some of them elderly, waiting for over six hours",
          "Councillor Abigail Tennison",
          "the waiting area would be refurbished in April 2025, adding 20 seats",
          "Clinical Director", []),
        q("44", "question",
          "asked what proportion of shifts at the centre were covered by agency or locum staff",
          "Councillor Sinead Ferriby",
          "18% of medical shifts had been filled by locums, down from 27%",
          None, ["workforce"]),
        q("44", "question",
          "Could patients check how long they were likely to wait",
          None,
          "live waiting times were shown on the Trust's website and updated every 15 minutes",
          None, []),
        q("44", "request",
          "requested that future reports show waiting times broken down by time of day",
          "Chair", None, None, []),
        # 45 annual report
        q("45", "comment",
          "commented that the report should record the Committee's visit to St Cuthwin's Hospice",
          "Councillor Lionel Pargeter",
          "agreed to add a paragraph about the visit before the report was submitted",
          "Scrutiny Policy Officer", []),
        # 46 work programme
        q("46", "question",
          "asked whether the ambulance service had yet agreed to attend a meeting",
          "Councillor Martyn Oldroyd",
          "had confirmed that it would attend the meeting on 18 June 2025",
          "Scrutiny Policy Officer", []),
        q("46", "request",
          "requested an item on damp and mould in privately rented homes",
          "Councillor Hannah Wiltshaw",
          "the item would be scheduled for September 2025 with officers from the Private",
          "Scrutiny Policy Officer", ["housing", "children-and-families"]),
    ],
    "resolutions": [
        res("38", "the minutes of the meeting held on 4 December 2024 be confirmed",
            "agreed", []),
        res("40", "RESOLVED that the update be noted", "noted", []),
        res("41", "The content of the presentation be noted with thanks",
            "agreed", ["primary-care"]),
        res("42", "RESOLVED that the report be noted", "noted", ["public-health"]),
        res("42", "joint test purchasing programme with Wyndlowshire Trading Standards in 2025/26",
            "recommended", ["public-health", "finance"]),
        res("43", "RESOLVED that the presentation be noted with thanks", "noted",
            ["mental-health"]),
        res("44", "A further report on waiting times at the Urgent Treatment Centre",
            "agreed", []),
        res("45", "Annual Report 2024/25 be approved for submission to Council",
            "agreed", ["governance"]),
        res("46", "RESOLVED that the work programme for 2024/25 be noted", "noted", []),
    ],
    "attendees": [
        att("Councillor Rosalind Kettleborough", "Chair", "present"),
        att("Councillor Desmond Aynsley", None, "present"),
        att("Councillor Imran Chaudhry-Hale", None, "present"),
        att("Councillor Sinead Ferriby", None, "present"),
        att("Councillor Martyn Oldroyd", None, "present"),
        att("Councillor Lionel Pargeter", None, "present"),
        att("Councillor Gethin Pocklington", None, "present"),
        att("Councillor Bernadette Quirke", None, "present"),
        att("Councillor Abigail Tennison", None, "present"),
        att("Councillor Hannah Wiltshaw", None, "present"),
        att("Councillor Ruth Cavendish-Lowe", None, "apologies"),
        att("Councillor Peter Smalldridge", None, "apologies"),
        *[att(name, post, "in_attendance") for name, post in ALSO],
    ],
}

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_text().encode("utf-8"))
    (DOCS / NEWS_NAME).write_bytes(NEWS.encode("utf-8"))
    for gold in (MINUTES_GOLD, NEWS_GOLD):
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
    for gold_path in sorted(GOLD.glob("qc-*.json")):
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
        pages = text.count("\f")
        answers = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(text.split())} words, {len(phrases)} phrases checked, "
              f"{pages} pages, {len(gold['items'])} items, {len(gold['questions'])} "
              f"questions, {answers} answers, {len(gold['resolutions'])} resolutions, "
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / NEWS_NAME}\ngold in {GOLD}")
