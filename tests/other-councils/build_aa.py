#!/usr/bin/env python
"""Build the "aa-" documents of the other-councils evaluation set and their gold annotations.

  python build_aa.py          build documents/ and gold/
  python build_aa.py --check  rebuild and verify every gold phrase occurs once
                              (ignoring case, punctuation, white space) in the
                              document's source text.
All content is invented. Deterministic: fixed dates, no randomness.
"""
import datetime as dt
import html
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/"

N1 = "aa-northmere-hosc-minutes-2025-03-12.pdf"
N2 = "aa-fenbridge-cyph-scrutiny-minutes-2025-02-18.docx"
N3 = "aa-kestrel-vale-chw-osc-minutes-2025-01-28.html"
N4 = "aa-harwood-council-notice-of-motion-2025-04-09.pdf"

SOURCE = {}  # document name -> plain source text (for --check)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def norm(s):
    s = s.lower().replace("\u2019", "").replace("'", "")
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def fixed_date(pdf, when):
    try:
        pdf.set_creation_date(when)
    except Exception:
        pdf.creation_date = when


def q(item, kind, text, asked_by, answer, given_by, themes):
    return dict(item=item, kind=kind, text=text, asked_by=asked_by,
                answer=answer, given_by=given_by, themes=themes)


def r(item, text, outcome, themes):
    return dict(item=item, text=text, outcome=outcome, themes=themes)


def a(name, role, attendance):
    return dict(name=name, role=role, attendance=attendance)


# ==========================================================================
# 1. Northmere County Council HOSC - borderless three-column PDF
# ==========================================================================
D1_TITLE = "Northmere County Council"
D1_COMMITTEE = "Health Overview and Scrutiny Committee"

D1_FRONT = [
    ("b", "NORTHMERE COUNTY COUNCIL"),
    ("b", "HEALTH OVERVIEW AND SCRUTINY COMMITTEE"),
    ("n", "MINUTES of a meeting of the Health Overview and Scrutiny Committee held in "
          "the Council Chamber, County Hall, Ashby Moreton on Wednesday 12 March 2025 "
          "at 10.00 am."),
    ("n", "PRESENT: Councillor Patricia Lindqvist (Chairman); Councillors Derek Oyelaran "
          "(Vice-Chairman), Mohammed Baig, Sian Trevelyan, Graham Hollis, Ruth Castellanos, "
          "Peter Dunmore and Angela Whitcombe (substitute for Councillor Neil Farrant)."),
    ("n", "District Council Co-opted Member: Councillor Brenda Ashworth (Ashby Moreton "
          "District Council)."),
    ("n", "Also present: Councillor Howard Quennell (Cabinet Member for Adult Social Care "
          "and Health)."),
    ("n", "In attendance: Dr Amara Okonkwo-Reid (Director of Public Health); Mark Feltham "
          "(Chief Finance Officer, Northmere and Wyre Integrated Care Board); Julie "
          "Stanbridge (Director of Nursing and Quality, Northmere Hospitals NHS Foundation "
          "Trust); Tom Aldred (Head of Commissioning \u2013 Adults and Health Partnerships); "
          "Lesley Carrow (Democratic Services Officer)."),
]

D1_ITEMS = [
    ("HOSC/18", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Councillor Neil Farrant and Councillor "
        "Yvonne Petch. Councillor Angela Whitcombe attended as substitute for Councillor "
        "Farrant.",
    ]),
    ("HOSC/19", "Declarations of Interest", [
        "Councillor Mohammed Baig declared a non-registrable interest in Minute HOSC/21 and "
        "Minute HOSC/22 as his wife is employed as a community nurse by Northmere Hospitals "
        "NHS Foundation Trust. Councillor Sian Trevelyan declared that she is an appointed "
        "governor of the Trust. Both Members remained in the meeting and took part in the "
        "discussion.",
    ]),
    ("HOSC/20", "Minutes of the Previous Meeting held on 22 January 2025", [
        "RESOLVED: That the minutes of the meeting held on 22 January 2025 be confirmed as a "
        "correct record and signed by the Chairman.",
    ]),
    ("HOSC/21", "Northmere and Wyre Integrated Care Board \u2013 Financial Recovery Plan 2025/26", [
        "The Committee considered a report of the Chief Finance Officer of the Northmere and "
        "Wyre Integrated Care Board (ICB) setting out the local health system's financial "
        "recovery plan for 2025/26. Mark Feltham introduced the report and explained that the "
        "system had ended 2024/25 with a deficit of \u00a341.6 million against a planned "
        "deficit of \u00a328 million, and that NHS England had placed the ICB in the recovery "
        "support programme. The plan required efficiency savings of \u00a363 million, "
        "equivalent to 5.2 per cent of allocations, of which \u00a319 million had yet to be "
        "identified through named schemes.",
        "Councillor Baig asked how much of the savings target would fall on community and "
        "mental health services, which had historically been underfunded in Northmere. Mr "
        "Feltham replied that the recovery plan protected the mental health investment "
        "standard in full and that community services would be asked to deliver the same "
        "percentage saving as the acute trusts. Councillor Trevelyan questioned whether the "
        "closure of the Wyre Valley minor injuries unit overnight was a clinical or a "
        "financial decision, and was told that the overnight service saw on average fewer "
        "than four patients a night and that the change was clinically led, although it "
        "would save around \u00a3600,000 a year. She further asked whether the public would "
        "be consulted, and the Chief Finance Officer undertook to provide a written answer on "
        "whether the change amounted to a substantial variation requiring formal "
        "consultation with the Committee.",
        "Members expressed concern that reductions in continuing healthcare spending would "
        "simply shift costs onto the County Council's adult social care budget. The Cabinet "
        "Member for Adult Social Care and Health shared that concern and said that joint "
        "reviews of continuing healthcare eligibility had already moved approximately 140 "
        "people onto council-funded packages in the current year. Councillor Hollis asked "
        "what assurance there was that the plan would not lengthen waiting times; Mr "
        "Feltham said that elective recovery targets had been fully funded and that no "
        "scheme affecting patient safety would proceed without a quality impact assessment "
        "signed off by the ICB Chief Nursing Officer.",
        "RESOLVED: That (1) the Northmere and Wyre ICB Financial Recovery Plan 2025/26 be "
        "noted; and (2) the ICB be requested to submit a progress report to the Committee's "
        "September 2025 meeting, including the outcome of quality impact assessments for "
        "each scheme over \u00a31 million.",
    ]),
    ("HOSC/22", "Community Diagnostic Centre \u2013 Proposed Independent Sector Contract for "
                "Imaging and Endoscopy", [
        "Julie Stanbridge, Director of Nursing and Quality at Northmere Hospitals NHS "
        "Foundation Trust, presented the Trust's proposal to award a five-year contract, with "
        "an option to extend for a further two years, to an independent sector provider, "
        "Clearview Diagnostics Ltd, to operate the MRI, CT and endoscopy services at the new "
        "Community Diagnostic Centre at Hallam Park. The contract value was estimated at "
        "\u00a334.5 million over the initial term. The Trust had concluded that it could not "
        "recruit the radiographers and endoscopists needed to staff the centre within the "
        "timescale set by the national funding conditions.",
        "A lengthy discussion followed. Councillor Castellanos expressed strong concern that "
        "a core NHS service was being handed to a private company and asked what would "
        "happen to the centre if Clearview withdrew or failed financially. Ms Stanbridge said "
        "that the contract contained step-in rights allowing the Trust to take over the "
        "service, and that the building and the scanners remained in NHS ownership. "
        "Councillor Dunmore asked whether staff currently employed by the Trust in imaging "
        "would be transferred; the Committee was informed that no existing Trust staff would "
        "transfer under TUPE because the centre was a new service, but that Trust "
        "radiographers would be able to take up bank shifts at the centre. Councillor "
        "Oyelaran sought clarification on how patients had been involved in the decision. In "
        "reply it was stated that a survey of 1,200 patients on the waiting list had been "
        "undertaken in the autumn. Councillor Whitcombe commented that the survey had not "
        "mentioned the involvement of a private provider at all, and that this should have "
        "been made clear to respondents.",
        "Councillor Lindqvist asked whether the Committee had been consulted early enough; "
        "the Director of Nursing and Quality accepted that the Committee should have been "
        "briefed before the procurement began and apologised on behalf of the Trust.",
        "RESOLVED: That the Committee recommends to the Trust Board of Northmere Hospitals "
        "NHS Foundation Trust that the contract award be paused until the results of patient "
        "engagement on the independent sector model have been reported to this Committee.",
    ]),
    ("HOSC/23", "Stop Smoking and Vaping Service \u2013 Recommissioning", [
        "The Director of Public Health introduced a report on the proposed recommissioning of "
        "the integrated stop smoking and vaping service when the current contract with "
        "Breathe Well CIC expires on 31 March 2026. The proposal was to tender a single "
        "county-wide contract of \u00a31.1 million a year, funded from the public health grant "
        "and the new national Local Stop Smoking Services and Support Grant.",
        "Councillor Hollis queried why quit rates in the three most deprived wards were "
        "around half the county average. Dr Okonkwo-Reid said that the current contract had "
        "not required targeted outreach and that the new specification would pay the "
        "provider a higher tariff for quitters from those areas. Councillor Whitcombe asked "
        "whether free vapes would be supplied to young people; the Director stated that the "
        "swap to stop scheme was for adults only and that youth vaping was being addressed "
        "through schools. There was no further discussion.",
        "RESOLVED: That the proposed approach to recommissioning the stop smoking and vaping "
        "service, as set out in paragraph 4.3 of the report, be endorsed.",
    ]),
    ("HOSC/24", "Care Home Quality, Workforce and Market Sustainability \u2013 Six-Monthly Update", [
        "Tom Aldred, Head of Commissioning \u2013 Adults and Health Partnerships, presented the "
        "update. Of the 118 care homes in the county, 21 were rated requires improvement and "
        "three inadequate by the Care Quality Commission. Vacancy rates among care workers had "
        "fallen from 11 per cent to 8.4 per cent, largely because of international "
        "recruitment, but the increase in employer national insurance contributions from "
        "April 2025 was expected to add \u00a36.8 million to the cost of commissioned care.",
        "Councillor Dunmore raised concern about the number of homes that had closed to new "
        "admissions and asked whether the Council was placing residents in homes rated "
        "inadequate. The Head of Commissioning said that no new placements were made in "
        "inadequate homes except where a family made an informed choice. Councillor "
        "Castellanos requested a breakdown of the homes owned by large private equity-backed "
        "groups and the fees they charged compared with smaller local providers. Officers "
        "agreed to circulate this information to all Members of the Committee after the "
        "meeting. Councillor Baig asked about international recruits who had been left "
        "without work when their sponsoring employer lost its licence; the Cabinet Member "
        "said that the Council had helped 37 such workers to find new sponsors within the "
        "county.",
        "RESOLVED: That the six-monthly update on care home quality and workforce be noted.",
    ]),
    ("HOSC/25", "Healthwatch Northmere \u2013 Annual Report 2024/25", [
        "The Committee received the annual report of Healthwatch Northmere, which had been "
        "circulated in advance. The Healthwatch representative was unable to attend and there "
        "were no questions.",
        "RESOLVED: That the Healthwatch Northmere Annual Report 2024/25 be noted.",
    ]),
    ("HOSC/26", "Work Programme 2025/26", [
        "The Democratic Services Officer presented the draft work programme. Councillor "
        "Oyelaran requested that an item on delayed hospital discharge and the use of "
        "discharge to assess beds be added for the June meeting. The Chairman agreed that "
        "the item should be scheduled for the June meeting.",
        "RESOLVED: That the work programme for 2025/26 be approved, subject to the addition "
        "of an item on delayed hospital discharge.",
    ]),
    ("HOSC/27", "Date of Next Meeting", [
        "The next meeting of the Committee will be held on Wednesday 4 June 2025 at 10.00 am "
        "at County Hall, Ashby Moreton.",
        "The meeting closed at 12.48 pm.",
    ]),
]

COLS = [(18, 22), (42, 44), (90, 102)]   # (x, width) in mm
LH = 4.7
BOTTOM = 297 - 24


class HoscPDF(FPDF):
    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(18, 9)
        self.cell(90, 4, D1_TITLE)
        self.set_xy(102, 9)
        self.cell(90, 4, D1_COMMITTEE + " \u2013 12 March 2025", align="R")
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("dv", "", 7.5)
        self.set_xy(18, 297 - 15)
        self.cell(60, 4, "Page %d of {nb}" % self.page_no())
        self.set_xy(112, 297 - 15)
        self.cell(80, 4, "Chairman's initials ..................", align="R")


def hyph_split(pdf, word, avail):
    m = re.fullmatch(r"([a-z]{8,})([,.;:]?)", word)
    if not m:
        return None
    core, tail = m.groups()
    vowels = "aeiouy"
    digraphs = {"ch", "sh", "th", "ph", "ck", "wh", "gh", "ng", "qu"}

    def ok_vccv(i):  # split between two consonants: "finan-cially", "cur-rently"
        return (core[i - 1] not in vowels and core[i] not in vowels
                and core[i - 1:i + 1] not in digraphs and core[i - 2] in vowels)

    def ok_vcv(i):   # fallback: after a vowel, before a consonant
        return core[i - 1] in vowels and core[i] not in vowels

    for test in (ok_vccv, ok_vcv):
        for i in range(len(core) - 3, 3, -1):
            if test(i):
                head = core[:i] + "-"
                if pdf.get_string_width(head) <= avail:
                    return head, core[i:] + tail
    return None


def wrap(pdf, text, width, hyphenate=True):
    words = text.split()
    sp = pdf.get_string_width(" ")
    lines, cur, i = [], [], 0
    while i < len(words):
        word = words[i]
        if not cur:
            cur = [word]
            i += 1
            continue
        if pdf.get_string_width(" ".join(cur + [word])) <= width:
            cur.append(word)
            i += 1
            continue
        hs = hyph_split(pdf, word, width - pdf.get_string_width(" ".join(cur)) - sp) \
            if hyphenate else None
        if hs:
            cur.append(hs[0])
            words[i] = hs[1]
        lines.append((cur, True))
        cur = []
    if cur:
        lines.append((cur, False))
    return lines


def draw_line(pdf, x, y, width, words, justify):
    if not justify or len(words) == 1:
        pdf.text(x, y, " ".join(words))
        return
    total = sum(pdf.get_string_width(w) for w in words)
    gap = (width - total) / (len(words) - 1)
    cx = x
    for w in words:
        pdf.text(cx, y, w + " ")
        cx += pdf.get_string_width(w) + gap


def build_doc1():
    pdf = HoscPDF(format="A4")
    fixed_date(pdf, dt.datetime(2025, 3, 19, 9, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("Minutes - Health Overview and Scrutiny Committee - 12 March 2025")
    pdf.set_author("Democratic Services, Northmere County Council")
    pdf.add_font("dv", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    y = 22
    for style, text in D1_FRONT:
        if style == "b":
            pdf.set_font("dv", "B", 11)
            pdf.text(18, y, text)
            y += 6
            continue
        pdf.set_font("dv", "", 9.5)
        y += 1.5
        for words, just in wrap(pdf, text, 174):
            draw_line(pdf, 18, y, 174, words, just)
            y += LH
    y += 5

    def col_heads(y):
        pdf.set_font("dv", "B", 9.5)
        for (x, _), label in zip(COLS, ["Minute No.", "Subject", "Minute"]):
            pdf.text(x, y, label)
        return y + LH + 3

    y = col_heads(y)
    src = []
    for num, title, paras in D1_ITEMS:
        streams = [[], [], []]
        pdf.set_font("dv", "B", 9.5)
        streams[0] = [("B", [num], False)]
        streams[1] = [("B", w, j) for w, j in wrap(pdf, title, COLS[1][1], hyphenate=False)]
        for k, p in enumerate(paras):
            style = "B" if p.startswith("RESOLVED") else ""
            pdf.set_font("dv", style, 9.5)
            if k:
                streams[2].append(None)
            streams[2] += [(style, w, j) for w, j in wrap(pdf, p, COLS[2][1])]
        src += [num, title] + paras
        n = max(len(s) for s in streams)
        for i in range(n):
            if y > BOTTOM:
                pdf.add_page()
                y = col_heads(22)
            for c, s in enumerate(streams):
                if i < len(s) and s[i] is not None:
                    style, words, just = s[i]
                    pdf.set_font("dv", style, 9.5)
                    draw_line(pdf, COLS[c][0], y, COLS[c][1], words, just and c == 2)
            y += LH if not (i < len(streams[2]) and streams[2][i] is None) else 2.4
        y += 4.5
    if y > BOTTOM - 12:
        pdf.add_page()
        y = 30
    pdf.set_font("dv", "", 9.5)
    pdf.text(112, y + 8, "Chairman ................................................")
    pdf.text(112, y + 15, "Date ......................................................")
    pdf.output(str(DOCS / N1))
    SOURCE[N1] = "\n".join([t for _, t in D1_FRONT] + src)


GOLD1 = {
    "document": N1,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2025-03-12",
    "items": [{"number": n, "title": t} for n, t, _ in D1_ITEMS],
    "questions": [
        q("HOSC/21", "question",
          "how much of the savings target would fall on community and mental health services",
          "Councillor Baig",
          "the recovery plan protected the mental health investment standard in full",
          "Mr Feltham", ["finance", "mental-health"]),
        q("HOSC/21", "question",
          "questioned whether the closure of the Wyre Valley minor injuries unit overnight",
          "Councillor Trevelyan",
          "the overnight service saw on average fewer than four patients a night",
          None, ["finance"]),
        q("HOSC/21", "question",
          "She further asked whether the public would be consulted",
          "Councillor Trevelyan",
          "undertook to provide a written answer on whether the change amounted",
          "the Chief Finance Officer", ["patient-and-public-input", "governance"]),
        q("HOSC/21", "concern",
          "reductions in continuing healthcare spending would simply shift costs onto the",
          "Members",
          "joint reviews of continuing healthcare eligibility had already moved approximately 140 people",
          "The Cabinet Member for Adult Social Care and Health",
          ["finance", "adult-social-care"]),
        q("HOSC/21", "question",
          "asked what assurance there was that the plan would not lengthen waiting times",
          "Councillor Hollis",
          "no scheme affecting patient safety would proceed without a quality impact assessment",
          "Mr Feltham", ["finance"]),
        q("HOSC/22", "concern",
          "a core NHS service was being handed to a private company",
          "Councillor Castellanos",
          "the contract contained step-in rights allowing the Trust to take over the service",
          "Ms Stanbridge", ["privatisation", "subcontracting"]),
        q("HOSC/22", "question",
          "asked whether staff currently employed by the Trust in imaging would be transferred",
          "Councillor Dunmore",
          "no existing Trust staff would transfer under TUPE because the centre was a new service",
          None, ["workforce", "subcontracting"]),
        q("HOSC/22", "question",
          "sought clarification on how patients had been involved in the decision",
          "Councillor Oyelaran",
          "patients on the waiting list had been undertaken in the autumn",
          None, ["patient-and-public-input"]),
        q("HOSC/22", "comment",
          "commented that the survey had not mentioned the involvement of a private provider",
          "Councillor Whitcombe", None, None,
          ["patient-and-public-input", "privatisation"]),
        q("HOSC/22", "question",
          "asked whether the Committee had been consulted early enough",
          "Councillor Lindqvist",
          "accepted that the Committee should have been briefed before the procurement began",
          "the Director of Nursing and Quality", ["governance", "subcontracting"]),
        q("HOSC/23", "question",
          "queried why quit rates in the three most deprived wards were around half",
          "Councillor Hollis",
          "the new specification would pay the provider a higher tariff for quitters",
          "Dr Okonkwo-Reid", ["public-health"]),
        q("HOSC/23", "question",
          "asked whether free vapes would be supplied to young people",
          "Councillor Whitcombe",
          "the swap to stop scheme was for adults only",
          "the Director", ["public-health", "children-and-families"]),
        q("HOSC/24", "concern",
          "raised concern about the number of homes that had closed to new admissions",
          "Councillor Dunmore",
          "no new placements were made in inadequate homes except where a family",
          "The Head of Commissioning", ["adult-social-care", "governance"]),
        q("HOSC/24", "request",
          "requested a breakdown of the homes owned by large private",
          "Councillor Castellanos",
          "Officers agreed to circulate this information to all Members of the Committee",
          "Officers", ["privatisation", "adult-social-care", "finance"]),
        q("HOSC/24", "question",
          "asked about international recruits who had been left without work",
          "Councillor Baig",
          "the Council had helped 37 such workers to find new sponsors",
          "the Cabinet Member", ["workforce", "adult-social-care"]),
        q("HOSC/26", "request",
          "an item on delayed hospital discharge and the use of discharge to assess beds",
          "Councillor Oyelaran",
          "agreed that the item should be scheduled for the June meeting",
          "The Chairman", ["adult-social-care", "integration"]),
    ],
    "resolutions": [
        r("HOSC/20", "minutes of the meeting held on 22 January 2025 be confirmed as a correct record",
          "agreed", []),
        r("HOSC/21", "the Northmere and Wyre ICB Financial Recovery Plan 2025/26 be noted",
          "agreed", ["finance"]),
        r("HOSC/22", "that the contract award be paused until the results of patient engagement",
          "recommended", ["subcontracting", "patient-and-public-input"]),
        r("HOSC/23", "the proposed approach to recommissioning the stop smoking and vaping service",
          "agreed", ["public-health", "subcontracting"]),
        r("HOSC/24", "update on care home quality and workforce be noted",
          "noted", ["adult-social-care", "workforce"]),
        r("HOSC/25", "the Healthwatch Northmere Annual Report 2024/25 be noted",
          "noted", ["patient-and-public-input"]),
        r("HOSC/26", "the work programme for 2025/26 be approved, subject to the addition",
          "agreed", []),
    ],
    "attendees": [
        a("Councillor Patricia Lindqvist", "Chairman", "present"),
        a("Councillor Derek Oyelaran", "Vice-Chairman", "present"),
        a("Councillor Mohammed Baig", None, "present"),
        a("Councillor Sian Trevelyan", None, "present"),
        a("Councillor Graham Hollis", None, "present"),
        a("Councillor Ruth Castellanos", None, "present"),
        a("Councillor Peter Dunmore", None, "present"),
        a("Councillor Angela Whitcombe", "substitute for Councillor Neil Farrant", "present"),
        a("Councillor Brenda Ashworth", "District Council Co-opted Member", "present"),
        a("Councillor Howard Quennell", "Cabinet Member for Adult Social Care and Health",
          "in_attendance"),
        a("Dr Amara Okonkwo-Reid", "Director of Public Health", "in_attendance"),
        a("Mark Feltham", "Chief Finance Officer, Northmere and Wyre Integrated Care Board",
          "in_attendance"),
        a("Julie Stanbridge",
          "Director of Nursing and Quality, Northmere Hospitals NHS Foundation Trust",
          "in_attendance"),
        a("Tom Aldred", "Head of Commissioning \u2013 Adults and Health Partnerships",
          "in_attendance"),
        a("Lesley Carrow", "Democratic Services Officer", "in_attendance"),
        a("Councillor Neil Farrant", None, "apologies"),
        a("Councillor Yvonne Petch", None, "apologies"),
    ],
}


# ==========================================================================
# 2. Fenbridge Borough Council - Word, two-column section layout
# ==========================================================================
D2_ATT = [
    ("Members present:", "Councillors Rosalind Achebe (Chair), Tom Kilbride (Vice-Chair), "
     "Harjit Sandhu, Fiona McAllister, Owen Pryce, Lucy Danvers and Kwame Asante "
     "(substitute for Councillor Jill Ormerod)."),
    ("Co-opted Member (non-voting):", "Mrs Eleanor Whitlow (Parent Governor Representative)."),
    ("Cabinet Members in attendance:", "Councillor Denise Harcourt (Cabinet Member for Housing "
     "and Homelessness) and Councillor Samir Qureshi (Cabinet Member for Children and Families)."),
    ("Officers:", "Bernadette Kaye (Corporate Director of Children's Services), Gareth Lomax "
     "(Assistant Director \u2013 Housing Needs and Homelessness Prevention), Priya Venkatesan "
     "(Head of Commissioning and Sufficiency, Children's Services) and Alan Mercer "
     "(Democratic and Scrutiny Support Officer)."),
]

D2_ITEMS = [
    ("12/25", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
        "Apologies for absence were received from Councillors Jill Ormerod and Martin Yeo. "
        "Councillor Kwame Asante attended as substitute for Councillor Ormerod.",
    ]),
    ("13/25", "DECLARATIONS OF INTEREST", [
        "Councillor McAllister declared an other registrable interest in Minute 17/25 as a "
        "trustee of Fenbridge Young Carers, which receives grant funding from the Council. "
        "She remained in the meeting. No other declarations were made.",
    ]),
    ("14/25", "MINUTES", [
        "RESOLVED that the minutes of the meeting held on 14 January 2025 be approved as a "
        "correct record and signed by the Chair.",
    ]),
    ("15/25", "PUBLIC QUESTIONS", [
        "One question had been received from a member of the public in accordance with "
        "Procedure Rule 9.",
        "Ms Karen Doyle, of Eastholme, asked why families placed in bed and breakfast "
        "accommodation outside the borough were not being told how long they would remain "
        "there. Councillor Harcourt, Cabinet Member for Housing and Homelessness, replied that "
        "every household in bed and breakfast now received a named caseworker and a written "
        "review date, and that the number of families in such accommodation for more than "
        "six weeks had fallen from 31 to 9 since October. In a supplementary question, Ms "
        "Doyle asked whether the Council would publish these figures monthly. Councillor "
        "Harcourt agreed that the figures would be published monthly on the Council's website "
        "from April.",
    ]),
    ("16/25", "TEMPORARY ACCOMMODATION AND HOMELESSNESS PRESSURES 2024/25", [
        "The Assistant Director \u2013 Housing Needs and Homelessness Prevention presented the "
        "report, which showed that 412 households were in temporary accommodation at the end "
        "of December 2024, an increase of 27 per cent on the previous year, and that the net "
        "cost to the General Fund was forecast to reach \u00a35.9 million against a budget of "
        "\u00a33.2 million.",
        "The Committee questioned the reliance on nightly paid rooms let by private landlords "
        "and asked whether the Council could buy its own properties. Officers responded that "
        "a \u00a312 million acquisition programme had been approved by Cabinet to purchase "
        "sixty homes for use as temporary accommodation, and that the first fourteen "
        "purchases had been completed.",
        "The Committee questioned whether the Council was doing enough to prevent evictions "
        "from the private rented sector, noting that the ending of assured shorthold "
        "tenancies remained the largest single cause of homelessness in the borough. Officers "
        "responded that the prevention team had been expanded by three posts funded from the "
        "Homelessness Prevention Grant and had prevented 288 cases in the first nine months "
        "of the year.",
        "Councillor Pryce expressed concern about the condition of some temporary "
        "accommodation, citing damp and mould reported to him by a family in Marlow Street. "
        "Officers responded that all self-contained units were inspected before use and that "
        "the property in question would be re-inspected within five working days.",
        "RESOLVED that the Committee recommends to Cabinet that the temporary accommodation "
        "acquisition programme be extended by a further forty homes, subject to a business "
        "case.",
    ]),
    ("17/25", "CHILDREN'S RESIDENTIAL PLACEMENTS \u2013 SUFFICIENCY AND EXTERNAL PROVIDER COSTS", [
        "The Corporate Director of Children's Services introduced the annual sufficiency "
        "report. Of the 286 children in care, 34 were living in residential children's homes, "
        "all but two of them run by independent providers, at an average weekly cost of "
        "\u00a36,450. The highest-cost placement was \u00a319,800 a week.",
        "The Committee questioned whether the profits made by the largest private providers "
        "of children's homes were justified, given that some companies were reporting profit "
        "margins above 20 per cent. Officers responded that the Council had no power to cap "
        "fees but was working with eight other councils in the Eastern Shires Regional Care "
        "Cooperative to commission placements jointly, and intended to open two council-run "
        "homes.",
        "The Committee questioned how many children were placed more than twenty miles from "
        "Fenbridge. Officers responded that 19 children were placed out of area, most of them "
        "because no suitable local home was available rather than for safeguarding reasons.",
        "Mrs Whitlow asked how the views of children in care had informed the report. The "
        "Head of Commissioning and Sufficiency said that the Children in Care Council had been "
        "consulted and that its members had asked for more homes close to their schools.",
        "RESOLVED that the Committee endorses the proposal to open two council-run children's "
        "homes by 2026, as set out in section 6 of the report.",
    ]),
    ("18/25", "SEND HOME TO SCHOOL TRANSPORT \u2013 RE-PROCUREMENT OF CONTRACTS", [
        "The Head of Commissioning and Sufficiency reported that the framework of 43 taxi and "
        "minibus operators providing home to school transport for pupils with special "
        "educational needs would expire in August 2025. Annual spending had risen to \u00a37.4 "
        "million. It was proposed to re-procure the service through a dynamic purchasing "
        "system.",
        "The Committee questioned whether the new arrangements would reduce the number of late "
        "or missed journeys, which parents had repeatedly raised. Officers responded that the "
        "new contracts would include service credits deducted from payments for every missed "
        "pick-up. Councillor Sandhu asked whether an in-house fleet had been considered as an "
        "alternative. Officers responded that an in-house option appraisal had been carried "
        "out in 2023 and found to be more expensive at current volumes, but would be revisited "
        "before the framework was let.",
        "RESOLVED that the proposed procurement approach for SEND home to school transport be "
        "supported.",
    ]),
    ("19/25", "CHILDREN'S SOCIAL CARE WORKFORCE \u2013 AGENCY SOCIAL WORKERS", [
        "The Corporate Director reported that 31 per cent of social worker posts in the "
        "children's safeguarding teams were filled by agency staff, at an additional cost of "
        "\u00a32.3 million a year. A recruitment and retention package, including a \u00a33,000 "
        "market supplement, had been introduced in October 2024.",
        "The Committee questioned the effect of frequent changes of social worker on children "
        "and families. Officers responded that 40 per cent of children had had three or more "
        "social workers in the past year, which Ofsted had identified as an area for "
        "improvement. The Committee questioned whether the market supplement was working. "
        "Officers responded that eleven permanent social workers had been recruited since "
        "October and that agency use was expected to fall below 25 per cent by the summer.",
        "RESOLVED that the report on the children's social care workforce be noted.",
    ]),
    ("20/25", "WORK PROGRAMME", [
        "The Committee considered its work programme. No changes were proposed.",
        "RESOLVED that the work programme for the remainder of 2024/25 be agreed.",
    ]),
]


def _fixzip(path, when=(2025, 2, 24, 9, 0, 0)):
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def build_doc2():
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = Document()
    cp = doc.core_properties
    cp.created = cp.modified = dt.datetime(2025, 2, 24, 9, 0, 0)
    cp.author = cp.last_modified_by = "Alan Mercer"
    cp.title = "Minutes - Children, Young People and Housing Scrutiny Committee"
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2.2)

    def field(par, instr):
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        run = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        run.append(t)
        fld.append(run)
        par._p.append(fld)

    hp = sec.header.paragraphs[0]
    hp.text = "Fenbridge Borough Council \u2013 Children, Young People and Housing Scrutiny " \
              "Committee \u2013 18 February 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for rn in hp.runs:
        rn.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    rn = fp.add_run("Page ")
    rn.font.size = Pt(8)
    field(fp, "PAGE")
    rn = fp.add_run("\t\tChair's initials ............")
    rn.font.size = Pt(8)

    def para(text, bold=False, size=None, align=None, after=6):
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        return p

    para("FENBRIDGE BOROUGH COUNCIL", True, 14, WD_ALIGN_PARAGRAPH.CENTER, 2)
    para("CHILDREN, YOUNG PEOPLE AND HOUSING SCRUTINY COMMITTEE", True, 12,
         WD_ALIGN_PARAGRAPH.CENTER, 8)
    para("Minutes of the meeting held on Tuesday 18 February 2025 at 6.30 pm in Committee "
         "Room 2, Fenbridge Civic Centre", False, 10.5, WD_ALIGN_PARAGRAPH.CENTER, 10)
    src = ["FENBRIDGE BOROUGH COUNCIL"]
    for label, text in D2_ATT:
        p = doc.add_paragraph()
        rl = p.add_run(label + " ")
        rl.bold = True
        p.add_run(text)
        p.paragraph_format.space_after = Pt(4)
        src.append(label + " " + text)
    p = doc.add_paragraph()
    p.add_run("Apologies: ").bold = True
    p.add_run("Councillors Jill Ormerod and Martin Yeo.")

    # continuous section break; the body is set in two newspaper columns
    body = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = body._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        body._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    cols.set(qn("w:sep"), "0")
    # first section stays one column explicitly
    first = doc.sections[0]._sectPr
    c1 = first.find(qn("w:cols"))
    if c1 is None:
        c1 = OxmlElement("w:cols")
        first.append(c1)
    c1.set(qn("w:num"), "1")

    for num, title, paras in D2_ITEMS:
        h = para("Minute %s \u2013 %s" % (num, title), True, 10.5, None, 4)
        h.paragraph_format.keep_with_next = True
        h.paragraph_format.space_before = Pt(8)
        src.append("Minute %s \u2013 %s" % (num, title))
        for t in paras:
            if t.startswith("RESOLVED"):
                p = doc.add_paragraph()
                p.add_run("RESOLVED").bold = True
                p.add_run(t[len("RESOLVED"):])
                p.paragraph_format.left_indent = Cm(0.6)
            else:
                p = para(t)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            src.append(t)
    para("The meeting ended at 8.52 pm.", False, None, None, 14)
    para("CHAIR", True)
    path = DOCS / N2
    doc.save(str(path))
    _fixzip(path)
    SOURCE[N2] = "\n".join(src)


GOLD2 = {
    "document": N2,
    "doc_type": "minutes",
    "committee": "Children, Young People and Housing Scrutiny Committee",
    "meeting_date": "2025-02-18",
    "items": [{"number": n, "title": t} for n, t, _ in D2_ITEMS],
    "questions": [
        q("15/25", "question",
          "asked why families placed in bed and breakfast accommodation outside the borough",
          "Ms Karen Doyle",
          "every household in bed and breakfast now received a named caseworker",
          "Councillor Harcourt", ["housing", "patient-and-public-input"]),
        q("15/25", "question",
          "asked whether the Council would publish these figures monthly",
          "Ms Doyle",
          "the figures would be published monthly on the Council's website from April",
          "Councillor Harcourt", ["housing", "governance"]),
        q("16/25", "question",
          "asked whether the Council could buy its own properties",
          "The Committee",
          "had been approved by Cabinet to purchase sixty homes for use as temporary accommodation",
          "Officers", ["housing", "finance"]),
        q("16/25", "question",
          "was doing enough to prevent evictions from the private rented sector",
          "The Committee",
          "the prevention team had been expanded by three posts funded from the",
          "Officers", ["housing"]),
        q("16/25", "concern",
          "expressed concern about the condition of some temporary accommodation",
          "Councillor Pryce",
          "the property in question would be re-inspected within five working days",
          "Officers", ["housing"]),
        q("17/25", "question",
          "whether the profits made by the largest private providers of children's homes",
          "The Committee",
          "the Council had no power to cap fees but was working with eight other",
          "Officers", ["privatisation", "children-and-families", "finance"]),
        q("17/25", "question",
          "how many children were placed more than twenty miles from Fenbridge",
          "The Committee",
          "19 children were placed out of area, most of them because no suitable",
          "Officers", ["children-and-families"]),
        q("17/25", "question",
          "asked how the views of children in care had informed the report",
          "Mrs Whitlow",
          "the Children in Care Council had been consulted and that its members",
          "The Head of Commissioning and Sufficiency",
          ["children-and-families", "patient-and-public-input"]),
        q("18/25", "question",
          "whether the new arrangements would reduce the number of late or missed journeys",
          "The Committee",
          "the new contracts would include service credits deducted from payments for every missed",
          "Officers", ["subcontracting", "children-and-families"]),
        q("18/25", "question",
          "asked whether an in-house fleet had been considered as an alternative",
          "Councillor Sandhu",
          "an in-house option appraisal had been carried out in 2023",
          "Officers", ["privatisation", "subcontracting", "children-and-families"]),
        q("19/25", "question",
          "the effect of frequent changes of social worker on children and families",
          "The Committee",
          "children had had three or more social workers in the past year",
          "Officers", ["workforce", "children-and-families"]),
        q("19/25", "question",
          "questioned whether the market supplement was working",
          "The Committee",
          "eleven permanent social workers had been recruited since October",
          "Officers", ["workforce", "finance"]),
    ],
    "resolutions": [
        r("14/25", "minutes of the meeting held on 14 January 2025 be approved", "agreed", []),
        r("16/25", "recommends to Cabinet that the temporary accommodation acquisition programme be extended",
          "recommended", ["housing"]),
        r("17/25", "endorses the proposal to open two council-run children's homes by 2026",
          "agreed", ["children-and-families", "privatisation"]),
        r("18/25", "the proposed procurement approach for SEND home to school transport",
          "agreed", ["subcontracting", "children-and-families"]),
        r("19/25", "the report on the children's social care workforce be noted",
          "noted", ["workforce", "children-and-families"]),
        r("20/25", "the work programme for the remainder of 2024/25 be agreed", "agreed", []),
    ],
    "attendees": [
        a("Councillor Rosalind Achebe", "Chair", "present"),
        a("Councillor Tom Kilbride", "Vice-Chair", "present"),
        a("Councillor Harjit Sandhu", None, "present"),
        a("Councillor Fiona McAllister", None, "present"),
        a("Councillor Owen Pryce", None, "present"),
        a("Councillor Lucy Danvers", None, "present"),
        a("Councillor Kwame Asante", "substitute for Councillor Jill Ormerod", "present"),
        a("Mrs Eleanor Whitlow", "Parent Governor Representative", "present"),
        a("Councillor Denise Harcourt", "Cabinet Member for Housing and Homelessness",
          "in_attendance"),
        a("Councillor Samir Qureshi", "Cabinet Member for Children and Families",
          "in_attendance"),
        a("Bernadette Kaye", "Corporate Director of Children's Services", "in_attendance"),
        a("Gareth Lomax", "Assistant Director \u2013 Housing Needs and Homelessness Prevention",
          "in_attendance"),
        a("Priya Venkatesan", "Head of Commissioning and Sufficiency, Children's Services",
          "in_attendance"),
        a("Alan Mercer", "Democratic and Scrutiny Support Officer", "in_attendance"),
        a("Councillor Jill Ormerod", None, "apologies"),
        a("Councillor Martin Yeo", None, "apologies"),
    ],
}


# ==========================================================================
# 3. Kestrel Vale District Council - accordion HTML
# ==========================================================================
D3_ATT = [
    ("Committee members present", [
        "Cllr Imogen Faraday (Chair)", "Cllr Rhys Pemberton (Vice-Chair)", "Cllr Colin Agbaje",
        "Cllr Sarah Lund", "Cllr Vikram Chauhan", "Cllr Maureen Tillotson"]),
    ("Apologies for absence", ["Cllr Dawn Kettering", "Cllr Paul Easterby"]),
    ("Substitutes", ["Cllr Hannah Greaves (for Cllr Kettering)"]),
    ("Also in attendance", [
        "Cllr Jonathan Wray \u2013 Portfolio Holder for Health, Housing and Wellbeing",
        "Dr Farid Hassan \u2013 Clinical Director, Aldwick and Villages Primary Care Network"]),
    ("Officers", [
        "Karen Pilling \u2013 Head of Housing and Community Wellbeing",
        "Andrew Nuttall \u2013 Leisure Contract and Client Services Manager",
        "Emma Ridley \u2013 Senior Democratic Services Officer"]),
]

# each block: ("p", text) | ("ul", [texts]) | ("res", text)
D3_ITEMS = [
    ("1", "Apologies for absence and substitutions", [
        ("p", "Apologies were received from Cllrs Kettering and Easterby. Cllr Greaves "
              "attended as substitute for Cllr Kettering."),
    ]),
    ("2", "Declarations of interest", [
        ("p", "Cllr Chauhan declared a personal interest in item 6 as a patient registered at "
              "Aldwick Health Centre. Cllr Lund declared a personal interest in item 4 as her "
              "son is employed part-time at Aldwick Leisure Centre. Neither interest was "
              "considered prejudicial."),
    ]),
    ("3", "Minutes of the meeting held on 26 November 2024", [
        ("res", "That the minutes of the meeting held on 26 November 2024 be approved as a "
                "correct record and signed by the Chair."),
    ]),
    ("4", "Leisure Centre Management Contract \u2013 Options Appraisal", [
        ("p", "The Leisure Contract and Client Services Manager presented the options appraisal "
              "for the management of the district's three leisure centres when the current "
              "contract with Active Horizons Trust ends in March 2027. Four options had been "
              "assessed: (1) re-procure an external operator; (2) extend the current contract "
              "for up to three years; (3) establish a local authority trading company; and "
              "(4) return the service to direct in-house management. Option 1 had scored "
              "highest on cost, producing a management fee saving of around \u00a3180,000 a "
              "year."),
        ("p", "During the discussion the following points were raised:"),
        ("ul", [
            "Members asked why bringing the service back in-house had been scored lower than a "
            "new external contract. The Leisure Contract and Client Services Manager explained "
            "that an in-house service would lose the VAT and business rates advantages "
            "available to a charitable operator, costing around \u00a3310,000 a year.",
            "A Member raised concern that the current operator had reduced swimming lessons "
            "for children from low-income families at two of the three centres. Officers "
            "confirmed that the concessionary scheme would be a mandatory requirement of any "
            "new contract.",
            "Cllr Tillotson requested that staff at the leisure centres be kept informed and "
            "that their terms and conditions be protected on any transfer. The Portfolio "
            "Holder gave an assurance that TUPE would apply and that recognised unions would "
            "be consulted.",
            "Cllr Agbaje commented that the options appraisal did not include the carbon cost "
            "of replacing the ageing pool plant at Aldwick.",
        ]),
        ("res", "That the Committee recommends to Cabinet that Option 3, a local authority "
                "trading company, be explored further alongside re-procurement before a final "
                "decision is taken."),
    ]),
    ("5", "Disabled Facilities Grants and Home Adaptations \u2013 Performance Report", [
        ("p", "The Head of Housing and Community Wellbeing reported that 164 grants had been "
              "approved in the first three quarters of 2024/25, with average completion times "
              "down from 41 weeks to 29 weeks. Members welcomed the improvement."),
        ("ul", [
            "Cllr Greaves asked how long residents were waiting for an occupational therapy "
            "assessment before a grant could be considered. The Head of Housing and Community "
            "Wellbeing said the wait had fallen from 22 weeks to 14 weeks since the county "
            "council had commissioned additional assessments.",
            "Cllr Pemberton queried the underspend of \u00a3420,000 on the grant allocation; it "
            "was explained that several large adaptations had slipped into the next financial "
            "year because of contractor availability.",
        ]),
        ("res", "That the performance report on Disabled Facilities Grants be noted."),
    ]),
    ("6", "Access to GP Services in Kestrel Vale", [
        ("p", "Dr Farid Hassan gave a presentation on access to general practice across the "
              "Aldwick and Villages Primary Care Network, including the introduction of "
              "cloud-based telephony and online consultation tools."),
        ("ul", [
            "Members relayed residents' frustration with the 8am telephone queue and asked "
            "when the new cloud telephony system would be live across all practices. Dr "
            "Hassan said that all eleven practices in the network would be on the new system "
            "by the end of March.",
            "Cllr Chauhan asked about the closure of the Little Wenham branch surgery. Dr "
            "Hassan said that no decision had been taken and that patients would be consulted "
            "before any proposal was brought forward.",
            "Cllr Lund asked whether patients understood the role of clinical pharmacists and "
            "physician associates. Dr Hassan acknowledged that more needed to be done to "
            "explain the different roles to patients.",
        ]),
        ("p", "The Chair thanked Dr Hassan for attending."),
    ]),
    ("7", "Domestic Abuse Safe Accommodation \u2013 Annual Update", [
        ("p", "The Committee received the annual update on the Council's duty to provide safe "
              "accommodation for victims of domestic abuse. There were no questions."),
        ("res", "That the annual update on domestic abuse safe accommodation be noted."),
    ]),
    ("8", "Cost of Living Support and the Household Support Fund", [
        ("p", "The Head of Housing and Community Wellbeing presented the report on cost of "
              "living support delivered in 2024/25, including food vouchers during school "
              "holidays and energy support for 1,140 households."),
        ("ul", [
            "Cllr Pemberton asked what would happen when the Household Support Fund ended in "
            "March 2025. The Head of Housing and Community Wellbeing said that government had "
            "confirmed a further year of funding at a reduced level of \u00a3612,000 for the "
            "district.",
        ]),
        ("res", "That the Committee supports the proposed allocation of the Household Support "
                "Fund for 2025/26 as set out in Appendix A."),
    ]),
    ("9", "Work programme", [
        ("res", "That the work programme be agreed with the addition of a review of the leisure "
                "contract options in June 2025."),
    ]),
]


def build_doc3():
    e = html.escape
    out = []
    w = out.append
    w("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Minutes: Communities, Health and Wellbeing Overview and Scrutiny Committee "
      "28 January 2025 | Kestrel Vale District Council</title>\n"
      "<link rel=\"stylesheet\" href=\"/themes/kvdc/css/main.min.css?v=4.12.0\">\n"
      "<script src=\"/themes/kvdc/js/accordion.js\" defer></script>\n</head>\n<body>\n"
      "<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n"
      "<div class=\"cookie-banner\" role=\"region\" aria-label=\"Cookies\"><p>We use some "
      "essential cookies to make this website work.</p><button class=\"btn\">Accept all "
      "cookies</button> <button class=\"btn btn--secondary\">Reject analytics cookies</button>"
      "</div>\n"
      "<header class=\"site-header\"><a href=\"/\" class=\"logo\"><img src=\"/logo.svg\" "
      "alt=\"Kestrel Vale District Council\"></a>\n<nav aria-label=\"Main\"><ul>"
      "<li><a href=\"/bins\">Bins and recycling</a></li><li><a href=\"/council-tax\">Council "
      "tax</a></li><li><a href=\"/housing\">Housing</a></li><li><a href=\"/planning\">"
      "Planning</a></li><li><a href=\"/council\">Your council</a></li></ul></nav>\n"
      "<form class=\"search\" action=\"/search\"><label for=\"s\">Search</label>"
      "<input id=\"s\" name=\"q\"></form></header>\n"
      "<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><ol><li><a href=\"/\">Home</a></li>"
      "<li><a href=\"/council\">Your council</a></li><li><a href=\"/council/meetings\">"
      "Meetings, agendas and minutes</a></li><li>Communities, Health and Wellbeing Overview "
      "and Scrutiny Committee</li></ol></nav>\n"
      "<main id=\"main\">\n<h1>Minutes: Communities, Health and Wellbeing Overview and "
      "Scrutiny Committee</h1>\n"
      "<dl class=\"meeting-meta\"><dt>Date</dt><dd>Tuesday 28 January 2025, 7.00pm</dd>"
      "<dt>Venue</dt><dd>Council Chamber, Kestrel House, Aldwick Market</dd>"
      "<dt>Status</dt><dd><span class=\"tag tag--green\">Approved</span></dd></dl>\n"
      "<p class=\"downloads\"><a href=\"/documents/chw-osc-2025-01-28-minutes.pdf\">Download "
      "the minutes (PDF, 212KB)</a> | <a href=\"/council/meetings/chw-osc/2025-01-28/"
      "agenda\">View the agenda</a> | <a href=\"https://www.youtube.com/@kestrelvaledc\">"
      "Watch the webcast</a></p>\n")
    src = []
    w("<section class=\"attendance\">\n<h2>Attendance</h2>\n")
    for label, names in D3_ATT:
        w("<h3>%s</h3>\n<ul class=\"attendance__list\">\n" % e(label))
        for n in names:
            w("  <li>%s</li>\n" % e(n))
            src.append(n)
        w("</ul>\n")
    w("</section>\n<section class=\"minutes\">\n<h2>Minutes</h2>\n"
      "<button class=\"accordion__controls\" data-expand-all>Show all sections</button>\n"
      "<div class=\"accordion\" data-module=\"accordion\">\n")
    for num, title, blocks in D3_ITEMS:
        pid = "item-%s" % num
        w("<div class=\"accordion__section\">\n<h3 class=\"accordion__heading\">"
          "<button aria-expanded=\"false\" class=\"accordion__trigger\" aria-controls=\"%s\">"
          "<span class=\"num\">%s</span> <span>%s</span></button></h3>\n" % (pid, num, e(title)))
        w("<div class=\"accordion__panel\" id=\"%s\" hidden>\n" % pid)
        src.append(num + " " + title)
        for kind, body in blocks:
            if kind == "p":
                w("<p>%s</p>\n" % e(body))
                src.append(body)
            elif kind == "ul":
                w("<ul>\n")
                for li in body:
                    w("<li>%s</li>\n" % e(li))
                    src.append(li)
                w("</ul>\n")
            else:
                w("<p><strong>Resolved:</strong> %s</p>\n" % e(body))
                src.append("Resolved: " + body)
        w("</div>\n</div>\n")
    w("</div>\n<p class=\"closing\">The meeting ended at 9.14pm.</p>\n</section>\n"
      "<aside class=\"related\"><h2>Related content</h2><ul><li><a href=\"/council/"
      "committees/chw-osc\">About this committee</a></li><li><a href=\"/council/"
      "councillors\">Find your councillor</a></li></ul></aside>\n"
      "<p class=\"last-updated\">Page last updated: 20 February 2025</p>\n</main>\n"
      "<footer class=\"site-footer\"><ul><li><a href=\"/accessibility\">Accessibility "
      "statement</a></li><li><a href=\"/privacy\">Privacy</a></li><li><a href=\"/cookies\">"
      "Cookies</a></li></ul><p>&copy; Kestrel Vale District Council, Kestrel House, Aldwick "
      "Market</p></footer>\n</body>\n</html>\n")
    (DOCS / N3).write_text("".join(out), encoding="utf-8")
    SOURCE[N3] = "\n".join(src)


GOLD3 = {
    "document": N3,
    "doc_type": "minutes",
    "committee": "Communities, Health and Wellbeing Overview and Scrutiny Committee",
    "meeting_date": "2025-01-28",
    "items": [{"number": n, "title": t} for n, t, _ in D3_ITEMS],
    "questions": [
        q("4", "question",
          "asked why bringing the service back in-house had been scored lower",
          "Members",
          "an in-house service would lose the VAT and business rates advantages",
          "The Leisure Contract and Client Services Manager",
          ["privatisation", "subcontracting", "finance"]),
        q("4", "concern",
          "raised concern that the current operator had reduced swimming lessons for children",
          "A Member",
          "the concessionary scheme would be a mandatory requirement of any new contract",
          "Officers", ["subcontracting", "children-and-families"]),
        q("4", "request",
          "requested that staff at the leisure centres be kept informed",
          "Cllr Tillotson",
          "gave an assurance that TUPE would apply and that recognised unions would be consulted",
          "The Portfolio Holder", ["workforce"]),
        q("4", "comment",
          "commented that the options appraisal did not include the carbon cost",
          "Cllr Agbaje", None, None, []),
        q("5", "question",
          "asked how long residents were waiting for an occupational therapy assessment",
          "Cllr Greaves",
          "the wait had fallen from 22 weeks to 14 weeks",
          "The Head of Housing and Community Wellbeing", ["housing", "adult-social-care"]),
        q("5", "question",
          "queried the underspend of \u00a3420,000 on the grant allocation",
          "Cllr Pemberton",
          "several large adaptations had slipped into the next financial year",
          None, ["finance", "housing"]),
        q("6", "question",
          "asked when the new cloud telephony system would be live across all practices",
          "Members",
          "all eleven practices in the network would be on the new system",
          "Dr Hassan", ["primary-care"]),
        q("6", "question",
          "asked about the closure of the Little Wenham branch surgery",
          "Cllr Chauhan",
          "patients would be consulted before any proposal was brought forward",
          "Dr Hassan", ["primary-care", "patient-and-public-input"]),
        q("6", "question",
          "asked whether patients understood the role of clinical pharmacists",
          "Cllr Lund",
          "more needed to be done to explain the different roles to patients",
          "Dr Hassan", ["primary-care", "workforce"]),
        q("8", "question",
          "asked what would happen when the Household Support Fund ended",
          "Cllr Pemberton",
          "government had confirmed a further year of funding at a reduced level",
          "The Head of Housing and Community Wellbeing", ["finance"]),
    ],
    "resolutions": [
        r("3", "minutes of the meeting held on 26 November 2024 be approved as a correct record",
          "agreed", []),
        r("4", "Option 3, a local authority trading company, be explored further alongside re-procurement",
          "recommended", ["privatisation", "subcontracting"]),
        r("5", "the performance report on Disabled Facilities Grants be noted", "noted",
          ["housing"]),
        r("7", "the annual update on domestic abuse safe accommodation be noted", "noted",
          ["housing"]),
        r("8", "supports the proposed allocation of the Household Support Fund for 2025/26",
          "agreed", ["finance"]),
        r("9", "the work programme be agreed with the addition of a review", "agreed", []),
    ],
    "attendees": [
        a("Cllr Imogen Faraday", "Chair", "present"),
        a("Cllr Rhys Pemberton", "Vice-Chair", "present"),
        a("Cllr Colin Agbaje", None, "present"),
        a("Cllr Sarah Lund", None, "present"),
        a("Cllr Vikram Chauhan", None, "present"),
        a("Cllr Maureen Tillotson", None, "present"),
        a("Cllr Hannah Greaves", "for Cllr Kettering", "present"),
        a("Cllr Dawn Kettering", None, "apologies"),
        a("Cllr Paul Easterby", None, "apologies"),
        a("Cllr Jonathan Wray", "Portfolio Holder for Health, Housing and Wellbeing",
          "in_attendance"),
        a("Dr Farid Hassan", "Clinical Director, Aldwick and Villages Primary Care Network",
          "in_attendance"),
        a("Karen Pilling", "Head of Housing and Community Wellbeing", "in_attendance"),
        a("Andrew Nuttall", "Leisure Contract and Client Services Manager", "in_attendance"),
        a("Emma Ridley", "Senior Democratic Services Officer", "in_attendance"),
    ],
}


# ==========================================================================
# 4. Harwood City Council - Notice of Motion (not minutes)
# ==========================================================================
D4 = [
    ("h", "HARWOOD CITY COUNCIL"),
    ("h2", "COUNCIL \u2013 9 APRIL 2025"),
    ("h2", "Agenda Item 11(b): Notice of Motion \u2013 Keeping Home Care Public"),
    ("p", "The following notice of motion has been received in accordance with Council "
          "Procedure Rule 14 and is set out as submitted. Officer comments follow the motion "
          "to assist Members in their consideration of it."),
    ("kv", "Proposed by:", "Councillor Nadia Feeney (Riverside Ward)"),
    ("kv", "Seconded by:", "Councillor Robert Tarrant (St Aldhelm's Ward)"),
    ("h3", "Motion"),
    ("p", "This Council notes that 94 per cent of home care hours purchased by Harwood City "
          "Council are now delivered by independent sector agencies, that 11 home care "
          "providers have handed back packages of care in the last two years, and that the "
          "average hourly rate paid to care workers in the city remains below the real Living "
          "Wage."),
    ("p", "This Council believes that care for older and disabled residents should be "
          "delivered for need and not for profit, and that a stable, well-paid workforce "
          "employed on fair terms is the foundation of good care."),
    ("p", "Council resolves to:"),
    ("p", "1. ask the Cabinet to commission an options appraisal on bringing at least 20 per "
          "cent of home care hours back into direct council provision by 2028;"),
    ("p", "2. require all future home care contracts to guarantee payment of the real Living "
          "Wage and paid travel time between visits;"),
    ("p", "3. ask the Health and Adult Social Care Scrutiny Committee to review the outcome of "
          "the appraisal before any decision is taken; and"),
    ("p", "4. write to the Secretary of State for Health and Social Care calling for a "
          "national fair pay agreement for care workers."),
    ("h3", "Officer comments"),
    ("h4", "Director of Adult Social Care"),
    ("p", "The Council currently commissions approximately 21,400 hours of home care a week "
          "through a framework of 38 providers, which runs until September 2026. An options "
          "appraisal of the kind proposed would take around six months and would need to "
          "consider workforce availability, the transfer of staff under TUPE, registration "
          "with the Care Quality Commission and the capacity of the in-house reablement "
          "service, which already delivers around 2,100 hours a week. Officers would be able "
          "to bring the appraisal to Cabinet in the autumn if the motion is carried."),
    ("h4", "Chief Finance Officer (Section 151 Officer)"),
    ("p", "The cost of the appraisal itself can be met from existing budgets. Paying the real "
          "Living Wage and travel time across all commissioned home care is estimated to add "
          "\u00a34.2 million a year to the adult social care budget, for which no provision "
          "exists in the Medium Term Financial Plan. Members should note that the motion, if "
          "carried, does not of itself commit the Council to this expenditure."),
    ("h4", "Monitoring Officer"),
    ("p", "The motion is within the powers of the Council. Decisions on the commissioning of "
          "services are executive functions; the motion therefore asks the Cabinet to act and "
          "cannot bind it. Paragraph 3 is consistent with the terms of reference of the "
          "Health and Adult Social Care Scrutiny Committee."),
    ("p", "Contact officer: Helen Dacre, Democratic Services Manager, 01632 960 418"),
]


class NomPDF(FPDF):
    def footer(self):
        self.set_font("dv", "", 8)
        self.set_y(-14)
        self.cell(0, 4, "Harwood City Council \u2013 Council 9 April 2025 \u2013 Item 11(b) "
                        "\u2013 Page %d" % self.page_no(), align="C")


def build_doc4():
    pdf = NomPDF(format="A4")
    fixed_date(pdf, dt.datetime(2025, 3, 28, 12, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("Notice of Motion - Keeping Home Care Public")
    pdf.add_font("dv", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    src = []
    for row in D4:
        kind = row[0]
        if kind == "kv":
            pdf.set_font("dv", "B", 10)
            pdf.cell(34, 6, row[1])
            pdf.set_font("dv", "", 10)
            pdf.cell(0, 6, row[2], new_x="LMARGIN", new_y="NEXT")
            src.append(row[1] + " " + row[2])
            continue
        text = row[1]
        src.append(text)
        size = {"h": 14, "h2": 12, "h3": 11, "h4": 10}.get(kind, 10)
        pdf.set_font("dv", "B" if kind != "p" else "", size)
        if kind != "p":
            pdf.ln(2)
        pdf.multi_cell(0, 5.2, text, align="J" if kind == "p" else "L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(DOCS / N4))
    SOURCE[N4] = "\n".join(src)


GOLD4 = {"document": N4, "doc_type": "report"}


# ==========================================================================
# build / check
# ==========================================================================
def pdf_text(path, x0_mm=None):
    import pdfplumber
    parts = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            if x0_mm is not None:
                # the Minute column, without running header/footer and column heads
                page = page.crop((x0_mm * 72 / 25.4 - 3, 15 * 72 / 25.4, page.width,
                                  280 * 72 / 25.4))
            lines = (page.extract_text() or "").split("\n")
            parts.append("\n".join(ln for ln in lines if ln.strip() != "Minute"))
    t = "\n".join(parts)
    return re.sub(r"([a-z])-\n([a-z])", r"\1\2", t)


def docx_text(path):
    from docx import Document
    d = Document(str(path))
    return "\n".join(p.text for p in d.paragraphs)


def html_text(path):
    t = path.read_text(encoding="utf-8")
    t = re.sub(r"<script.*?</script>", " ", t, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", t))


def check(gold):
    name = gold["document"]
    path = DOCS / name
    errors = []
    if name.endswith(".pdf"):
        rendered = pdf_text(path, COLS[2][0] if name == N1 else None)
    elif name.endswith(".docx"):
        rendered = docx_text(path)
    else:
        rendered = html_text(path)
    src_n, ren_n = norm(SOURCE[name]), norm(rendered)
    phrases = []
    for qq in gold.get("questions", []):
        phrases.append(("question", qq["text"]))
        if qq["answer"]:
            phrases.append(("answer", qq["answer"]))
    for rr in gold.get("resolutions", []):
        phrases.append(("resolution", rr["text"]))
    for kind, ph in phrases:
        n = norm(ph)
        words = len(n.split())
        if not 6 <= words <= 15:
            errors.append("%s: %s phrase has %d words: %r" % (name, kind, words, ph))
        cs, cr = src_n.count(n), ren_n.count(n)
        if cs != 1 or cr != 1:
            errors.append("%s: %s phrase found %d times in source, %d in rendered text: %r"
                          % (name, kind, cs, cr, ph))
    if gold["doc_type"] == "minutes":
        item_nums = {i["number"] for i in gold["items"]}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in item_nums:
                errors.append("%s: unknown item %s" % (name, row["item"]))
    else:
        for word in ("RESOLVED", "Resolved:"):
            if word in rendered:
                errors.append("%s: non-minutes paper contains %r" % (name, word))
    return errors, len(phrases)


def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_doc1()
    build_doc2()
    build_doc3()
    build_doc4()
    golds = [GOLD1, GOLD2, GOLD3, GOLD4]
    for g in golds:
        (GOLD / (Path(g["document"]).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if "--check" in sys.argv:
        allerr = []
        for g in golds:
            errs, n = check(g)
            allerr += errs
            print("%-55s phrases=%3d items=%2d q=%2d res=%2d att=%2d %s" % (
                g["document"], n, len(g.get("items", [])), len(g.get("questions", [])),
                len(g.get("resolutions", [])), len(g.get("attendees", [])),
                "OK" if not errs else "FAIL"))
        for e in allerr:
            print("  " + e)
        sys.exit(1 if allerr else 0)


if __name__ == "__main__":
    main()
