#!/usr/bin/env python3
"""Build the "cj-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cj.py           build documents/cj-* and gold/cj-*.json
        build_cj.py --check   verify every gold phrase occurs once in its document
"""
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/"

MARK = re.compile(r"\[\[(.+?)\]\]")


def clean(s):
    return MARK.sub(r"\1", s) if s else s


def mark(s):
    if not s:
        return None
    m = MARK.findall(s)
    assert len(m) == 1, s
    return m[0]


def norm(s):
    return " " + re.sub(r"\s+", " ", re.sub(r"[^0-9a-z]+", " ", s.lower())).strip() + " "


# ---------------------------------------------------------------------------
# Document 1: Notion export HTML
# ---------------------------------------------------------------------------
D1 = "cj-harrowfield-adults-health-scrutiny-panel-2025-03-11.html"
D1_COMMITTEE = "Adults and Health Scrutiny Panel"
D1_DATE = "2025-03-11"

D1_ATT = [
    ("Cllr Ruth Okonedo", "Chair", "Present"),
    ("Cllr Martin Hale", "Vice-Chair", "Present"),
    ("Cllr Priya Sandhu", "Member", "Present"),
    ("Cllr Denis Whitlow", "Member", "Remote"),
    ("Cllr Agnes Fairburn", "Member", "Apologies"),
    ("Cllr Tom Brackley", "Substitute for Cllr Fairburn", "Present"),
    ("Cllr Lena Moss", "Member", "Present"),
    ("Helen Varley", "Co-opted member (Healthwatch Harrowfield)", "Present"),
    ("Dr Simon Akande", "Director of Public Health", "Present"),
    ("Claire Nuttall", "Director of Adult Social Care and Integrated Commissioning", "Present"),
    ("Mark Osei", "Director of Place Partnerships, Harrowfield and Tame Valley ICB", "Remote"),
    ("Joanne Reilly", "Head of Commissioning and Contract Management", "Present"),
    ("Sam Petrie", "Senior Scrutiny and Democratic Services Officer", "Present"),
]

# items: number, title, intro paragraphs, background toggle, points, decisions
# point: (asked_by, kind, text, answer, given_by, themes)
D1_ITEMS = [
    dict(num="1", title="Apologies and substitutions",
         paras=["Apologies were received from Cllr Agnes Fairburn. Cllr Tom Brackley attended as her substitute. "
                "Cllr Denis Whitlow joined remotely via Teams and was not able to vote."],
         points=[], decisions=[]),
    dict(num="2", title="Declarations of interest",
         paras=["Cllr Lena Moss declared a non-pecuniary interest in item 5 as a close family member is employed "
                "in the council's reablement team. She remained in the meeting and took part in the discussion."],
         points=[], decisions=[]),
    dict(num="3", title="Minutes of the previous meeting",
         paras=[], points=[],
         decisions=[("[[The minutes of the meeting held on 21 January 2025 were agreed]] as a correct record, "
                     "subject to the spelling of Ms Varley's name being corrected.", "agreed", [])]),
    dict(num="4", title="Winter pressures and hospital discharge – ICB update",
         background="The Harrowfield and Tame Valley ICB update set out bed occupancy, ambulance handover times and "
                    "the discharge to assess arrangements funded through the Better Care Fund over December to February.",
         paras=["Mark Osei introduced the update and thanked social care colleagues for their work over the Christmas period."],
         points=[
             ("Cllr Martin Hale", "question",
              "Cllr Martin Hale asked [[how many people were waiting in an acute bed each day]] for a package of care to start.",
              "Officer response: Mark Osei said that [[the daily average in February had been 64 people]], down from 81 in December.",
              "Mark Osei", ["adult-social-care"]),
             ("Cllr Priya Sandhu", "question",
              "Cllr Priya Sandhu asked whether the discharge to assess beds bought from private nursing homes "
              "[[represented value for money when spot purchased at premium rates]].",
              "Officer response: Claire Nuttall explained that [[a block contract for 22 beds had replaced most spot purchases]] "
              "in January, which had brought the weekly cost down by around £180 per bed.",
              "Claire Nuttall", ["finance", "subcontracting", "adult-social-care", "integration"]),
             ("Cllr Denis Whitlow", "concern",
              "Cllr Denis Whitlow raised concern that [[older patients were still being sent home late at night]] without "
              "transport or a package in place.",
              "Officer response: Mark Osei acknowledged two recent cases and said that [[no discharges should take place after 8pm]] "
              "without a named person at home; both cases were being reviewed.",
              "Mark Osei", ["adult-social-care"]),
             ("Helen Varley", "request",
              "Helen Varley requested that [[patient and carer feedback on discharge be included]] in the next update, "
              "as Healthwatch had received 37 comments since November.",
              "Officer response: Mark Osei agreed and said [[the ICB would share its discharge experience survey results]].",
              "Mark Osei", ["patient-and-public-input", "adult-social-care"]),
         ],
         decisions=[("[[The Panel noted the winter pressures and discharge update]] from the ICB.", "noted", [])]),
    dict(num="5", title="Reablement service – options appraisal",
         background="The report compared three options for the reablement service from April 2026: retaining the "
                    "in-house service, a hybrid model, or a full tender to an external provider.",
         paras=["Claire Nuttall presented the options appraisal. The Cabinet Member for Adult Social Care was unable to attend."],
         points=[
             ("Cllr Lena Moss", "question",
              "Cllr Lena Moss asked [[what would happen to the terms and conditions of reablement staff]] if the service were outsourced.",
              "Officer response: Claire Nuttall said that [[staff would transfer under TUPE with their existing terms protected]], "
              "but pension arrangements for new starters would be a matter for the provider.",
              "Claire Nuttall", ["workforce", "subcontracting"]),
             ("Cllr Tom Brackley", "concern",
              "Cllr Tom Brackley was concerned that [[private providers elsewhere in the region had handed contracts back]] "
              "when they could not recruit.",
              "Officer response: Joanne Reilly confirmed that [[two neighbouring councils had seen reablement contracts terminated early]] "
              "and said this risk was reflected in the scoring.",
              "Joanne Reilly", ["privatisation", "subcontracting", "workforce", "governance"]),
             ("Cllr Ruth Okonedo", "question",
              "The Chair asked [[whether people who use the reablement service had been consulted]] on the options.",
              "Officer response: Claire Nuttall said that [[a survey of 140 recent service users had been completed]] and "
              "that 78% rated the current service good or excellent.",
              "Claire Nuttall", ["patient-and-public-input"]),
             ("Cllr Priya Sandhu", "request",
              "Cllr Priya Sandhu asked for [[a full cost comparison including client contributions and overheads]] before any decision is taken.",
              None, None, ["finance"]),
         ],
         decisions=[("[[The Panel recommended to the Cabinet Member for Adult Social Care]] that the reablement service "
                     "be retained in-house (option 1) and that a full cost comparison be published with the Cabinet report.",
                     "recommended", ["privatisation"])]),
    dict(num="6", title="Stop smoking service – recommissioning",
         background="The current stop smoking contract with Clearair Health CIC ends on 30 September 2025. The report "
                    "set out a proposed procurement timetable under the Provider Selection Regime.",
         paras=["Dr Simon Akande introduced the report."],
         points=[
             ("Cllr Denis Whitlow", "question",
              "Cllr Denis Whitlow asked why [[the contract value was lower than the current contract]] when smoking rates in "
              "the east of the borough were rising.",
              "Officer response: Dr Akande said that [[the national smoking cessation grant would top up the core budget]], "
              "so total spending on the service would rise by about 12%.",
              "Dr Simon Akande", ["public-health", "finance", "subcontracting"]),
             ("Cllr Martin Hale", "question",
              "Cllr Martin Hale queried [[whether the new service would offer help to young people who vape]].",
              "Officer response: Dr Akande confirmed that [[a youth vaping strand would be written into the specification]], "
              "working with schools.",
              "Dr Simon Akande", ["public-health", "children-and-families"]),
             ("Helen Varley", "comment",
              "Helen Varley commented that [[pharmacies had been the most popular route into the service]] and should remain part of it.",
              None, None, ["primary-care", "public-health"]),
         ],
         decisions=[("[[The Panel endorsed the proposed procurement timetable for the stop smoking service]].",
                     "agreed", ["public-health", "subcontracting"])]),
    dict(num="7", title="Adult social care workforce report",
         paras=["Claire Nuttall presented the six-monthly workforce report."],
         points=[
             ("Cllr Lena Moss", "question",
              "Cllr Lena Moss asked [[what the current vacancy rate was for care workers]] in the borough.",
              "Officer response: Claire Nuttall said that [[the vacancy rate across commissioned providers was 9.8%]], "
              "compared with 11.4% a year ago.",
              "Claire Nuttall", ["workforce", "adult-social-care"]),
             ("Cllr Tom Brackley", "question",
              "Cllr Tom Brackley asked whether [[home care providers were required to pay the real living wage]].",
              "Officer response: Joanne Reilly said that [[the real living wage was a condition of the framework]] "
              "and was checked at each annual contract review.",
              "Joanne Reilly", ["workforce", "subcontracting", "adult-social-care"]),
         ],
         decisions=[("[[The Panel noted the adult social care workforce report]] and the steps taken on international recruitment.",
                     "noted", ["workforce"])]),
    dict(num="8", title="Work programme 2025/26",
         paras=["Sam Petrie presented the draft work programme."],
         points=[],
         decisions=[("[[The work programme was agreed with the addition of]] a session on dental access in June.",
                     "agreed", [])]),
]


def build_html():
    css = ("html{-webkit-print-color-adjust:exact}*{box-sizing:border-box}.page{max-width:900px;margin:2em auto}"
           ".page-title{font-size:2.5rem;font-weight:700}table.collection-content{border-collapse:collapse}"
           "table.collection-content th,table.collection-content td{border:1px solid rgba(55,53,47,.09);padding:.25em .5em}"
           ".callout{display:flex;padding:1em;border-radius:3px}.block-color-gray_background{background:rgba(241,241,239,1)}"
           ".bulleted-list{padding-inline-start:1.7em}.selected-value{display:inline-block;padding:0 .5em;border-radius:3px}"
           ".select-value-color-green{background:rgba(219,237,219,1)}.select-value-color-red{background:rgba(255,226,221,1)}"
           ".select-value-color-blue{background:rgba(211,229,239,1)}")
    colour = {"Present": "green", "Apologies": "red", "Remote": "blue"}
    out = []
    a = out.append
    a('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>'
      '<title>Adults and Health Scrutiny Panel – 11 March 2025</title><style>' + css + '</style></head><body>')
    a('<article id="1b2e9c4a-7f3d-80aa-b1c2-e5f6a7b8c9d0" class="page sans"><header>'
      '<div class="page-header-icon undefined"><span class="icon">🏛️</span></div>'
      '<h1 class="page-title">Adults and Health Scrutiny Panel – 11 March 2025</h1>'
      '<p class="page-description"></p>'
      '<table class="properties"><tbody>'
      '<tr class="property-row property-row-text"><th>Council</th><td>Harrowfield Borough Council</td></tr>'
      '<tr class="property-row property-row-date"><th>Date</th><td><time>@March 11, 2025 6:00 PM</time></td></tr>'
      '<tr class="property-row property-row-text"><th>Venue</th><td>Committee Room 2, Harrowfield Town Hall and Microsoft Teams</td></tr>'
      '<tr class="property-row property-row-select"><th>Status</th><td><span class="selected-value select-value-color-yellow">Draft – not yet approved</span></td></tr>'
      '</tbody></table></header><div class="page-body">')
    a('<h3 id="att" class="">Attendance</h3>')
    a('<div class="collection-content"><h4 class="collection-title">Attendance</h4>'
      '<table class="collection-content"><thead><tr><th>Name</th><th>Role</th><th>Status</th></tr></thead><tbody>')
    for i, (n, r, s) in enumerate(D1_ATT):
        a(f'<tr id="a{i:02d}"><td class="cell-title">{html.escape(n)}</td><td class="cell-text">{html.escape(r)}</td>'
          f'<td class="cell-select"><span class="selected-value select-value-color-{colour[s]}">{s}</span></td></tr>')
    a('</tbody></table></div>')
    a('<p class="">Also present: 3 members of the public and one representative of the local press.</p>')
    for it in D1_ITEMS:
        a(f'<h2 id="item{it["num"]}" class="">{it["num"]}. {html.escape(it["title"])}</h2>')
        if it.get("background"):
            a('<ul class="toggle"><li><details><summary>Background</summary>'
              f'<p class="">{html.escape(it["background"])}</p></details></li></ul>')
        for p in it["paras"]:
            a(f'<p class="">{html.escape(p)}</p>')
        for j, (by, kind, q, ans, gb, th) in enumerate(it["points"]):
            a(f'<ul id="i{it["num"]}p{j}" class="bulleted-list"><li style="list-style-type:disc">{html.escape(clean(q))}')
            if ans:
                a(f'<ul id="i{it["num"]}p{j}r" class="bulleted-list"><li style="list-style-type:circle">'
                  f'{html.escape(clean(ans))}</li></ul>')
            a('</li></ul>')
        for d, oc, th in it["decisions"]:
            a('<figure class="block-color-gray_background callout" style="white-space:pre-wrap;display:flex">'
              '<div style="font-size:1.5em"><span class="icon">💡</span></div>'
              f'<div style="width:100%">Decision: {html.escape(clean(d))}</div></figure>')
    a('<p class="">Meeting closed at 8.12 pm.</p>')
    a('</div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>')
    (DOCS / D1).write_text("\n".join(out), encoding="utf-8")


def gold_d1():
    att = {"Present": "present", "Remote": "present", "Apologies": "apologies"}
    g = dict(document=D1, doc_type="minutes", committee=D1_COMMITTEE, meeting_date=D1_DATE,
             items=[{"number": it["num"], "title": it["title"]} for it in D1_ITEMS], questions=[], resolutions=[],
             attendees=[{"name": n, "role": r, "attendance": att[s]} for n, r, s in D1_ATT])
    for it in D1_ITEMS:
        for by, kind, q, ans, gb, th in it["points"]:
            g["questions"].append(dict(item=it["num"], kind=kind, text=mark(q), asked_by=by, answer=mark(ans),
                                       given_by=gb, themes=th))
        for d, oc, th in it["decisions"]:
            g["resolutions"].append(dict(item=it["num"], text=mark(d), outcome=oc, themes=th))
    return g


# ---------------------------------------------------------------------------
# Document 2: district PDF with shaded heading bars and the minute number at the right
# ---------------------------------------------------------------------------
D2 = "cj-kelbrook-community-wellbeing-scrutiny-2025-02-04.pdf"
D2_COMMITTEE = "Community Wellbeing Scrutiny Committee"
D2_DATE = "2025-02-04"

D2_ATT = [
    ("Councillor J. Prendergast", "Chairman", "present"),
    ("Councillor Mrs A. Lyle", "Vice-Chairman", "present"),
    ("Councillor B. Cowdrey", None, "present"),
    ("Councillor F. Naylor", None, "present"),
    ("Councillor Mrs S. Quayle", None, "present"),
    ("Councillor R. Tiernan", None, "present"),
    ("Councillor D. Wragg", None, "present"),
    ("Councillor H. Bassett", "Portfolio Holder for Communities and Wellbeing", "in_attendance"),
    ("Mrs L. Garside", "Director of Communities", "in_attendance"),
    ("Mr P. Ambrose", "Head of Housing and Environmental Health Services", "in_attendance"),
    ("Ms K. Everitt", "Contracts and Commissioning Manager", "in_attendance"),
    ("Mr N. Holt", "Democratic Services Officer", "in_attendance"),
    ("Councillor T. Fenwick", None, "apologies"),
    ("Councillor Mrs G. Oduya", None, "apologies"),
]

PRESENT = ("Present: Councillor J. Prendergast (Chairman); Councillors Mrs A. Lyle (Vice-Chairman), B. Cowdrey, "
           "F. Naylor, Mrs S. Quayle, R. Tiernan and D. Wragg (substitute).")
ALSO = "Also present: Councillor H. Bassett (Portfolio Holder for Communities and Wellbeing)."
OFFICERS = ("Officers in attendance: Mrs L. Garside (Director of Communities), Mr P. Ambrose (Head of Housing and "
            "Environmental Health Services), Ms K. Everitt (Contracts and Commissioning Manager) and Mr N. Holt "
            "(Democratic Services Officer).")

# item: num, title, paragraphs (each either str or ("RES", bold_prefix, text)), questions (gold), resolutions (gold)
# Gold question entries reference phrases marked in the paragraphs, in order of appearance: tuples
# (kind, asked_by, given_by, themes) consumed in order of [[q]] then [[a]] marks. To keep it explicit, questions
# are written as (kind, asked_by, q_phrase, answer_phrase, given_by, themes) and resolutions as (phrase, outcome, themes);
# the --check mode verifies they occur.
D2_ITEMS = [
    dict(num="41", title="APOLOGIES FOR ABSENCE AND SUBSTITUTES", paras=[
        "Apologies for absence were received from Councillors T. Fenwick and Mrs G. Oduya. Councillor D. Wragg "
        "attended as substitute for Councillor Fenwick."], qs=[], res=[]),
    dict(num="42", title="DECLARATIONS OF INTEREST", paras=[
        "Councillor Mrs S. Quayle declared a non-registrable interest in Minute 46 as a member of the board of the "
        "Kelbrook Leisure Trust. She left the meeting for the vote on that item."], qs=[], res=[]),
    dict(num="43", title="MINUTES", paras=[
        ("RES", "RESOLVED –", "that the minutes of the meeting of the Committee held on 10 December 2024 be approved "
         "as a correct record and signed by the Chairman.")], qs=[],
        res=[("the minutes of the meeting of the Committee held on 10 December 2024", "agreed", [])]),
    dict(num="44", title="HOME CARE CONTRACT PERFORMANCE", paras=[
        "The Contracts and Commissioning Manager presented the quarterly performance report on the Kelbrook Home "
        "Support contract, which the Council jointly commissions with the County Council for residents leaving "
        "hospital. Of the 1,412 visits planned in the quarter, 1,327 had been delivered on time.",
        "Councillor Naylor referred to the 85 visits that had been late or missed and asked whether any financial "
        "penalties had been applied to the provider. The Contracts and Commissioning Manager responded that service "
        "credits totalling £4,250 had been deducted from the December invoice under the terms of the contract. "
        "Councillor Cowdrey expressed concern about the number of different carers visiting the same resident in a "
        "week, which he said was distressing for people living with dementia. The Director of Communities responded "
        "that the provider had introduced fixed rounds in the north of the district and continuity had improved from "
        "54% to 71% since October. Councillor Mrs Lyle asked whether the provider was able to recruit locally, and "
        "was informed that twelve care workers had been recruited through the Council's jobs fair in November but "
        "that rural rounds remained difficult to staff.",
        ("RES", "RESOLVED –", "that (1) the performance of the Kelbrook Home Support contract be noted; and (2) the "
         "Contracts and Commissioning Manager report on continuity of care at the next meeting.")],
        qs=[("question", "Councillor Naylor", "asked whether any financial penalties had been applied to the provider",
             "service credits totalling £4,250 had been deducted from the December invoice", "Contracts and Commissioning Manager",
             ["subcontracting", "finance", "adult-social-care"]),
            ("concern", "Councillor Cowdrey", "concern about the number of different carers visiting the same resident",
             "continuity had improved from 54% to 71% since October", "Director of Communities",
             ["adult-social-care", "mental-health"]),
            ("question", "Councillor Mrs Lyle", "asked whether the provider was able to recruit locally",
             "twelve care workers had been recruited through the Council's jobs fair", None,
             ["workforce", "adult-social-care"])],
        res=[("the performance of the Kelbrook Home Support contract be noted", "noted", ["subcontracting", "adult-social-care"])]),
    dict(num="45", title="DISABLED FACILITIES GRANTS AND HOUSING ADAPTATIONS", paras=[
        "The Head of Housing and Environmental Health Services introduced the annual report on Disabled Facilities "
        "Grants. The Council had received an allocation of £1.36 million for 2024/25 and had approved 118 grants by "
        "the end of December.",
        "Councillor Tiernan referred to the average waiting time of 31 weeks from referral to completion and asked "
        "what was being done to reduce it. The Head of Housing and Environmental Health Services responded that an "
        "additional technical officer had been appointed and that a framework of approved contractors would be in "
        "place from April, removing the need to obtain three quotes for every job.",
        "Councillor Wragg raised the case of a resident in a housing association property who had waited over a year "
        "for a level-access shower and queried whether housing associations were contributing to the cost. The Head of "
        "Housing and Environmental Health Services explained that two of the three largest associations now funded "
        "adaptations under £1,000 themselves, and that talks were continuing with the third. Councillor Mrs Quayle "
        "asked that the Committee receive the figures for each parish, but no response was recorded at the meeting.",
        ("RES", "RESOLVED –", "that the Committee note the annual report on Disabled Facilities Grants and welcome the "
         "introduction of an approved contractor framework.")],
        qs=[("question", "Councillor Tiernan", "from referral to completion and asked what was being done to reduce it",
             "a framework of approved contractors would be in place from April", "Head of Housing and Environmental Health Services",
             ["housing", "subcontracting"]),
            ("question", "Councillor Wragg", "queried whether housing associations were contributing to the cost",
             "two of the three largest associations now funded adaptations under £1,000", "Head of Housing and Environmental Health Services",
             ["housing", "finance"]),
            ("request", "Councillor Mrs Quayle", "asked that the Committee receive the figures for each parish",
             None, None, ["housing"])],
        res=[("note the annual report on Disabled Facilities Grants and welcome", "noted", ["housing"])]),
    dict(num="46", title="LEISURE AND WELLBEING CENTRES – OPERATOR CONTRACT EXTENSION", paras=[
        "The Director of Communities presented a report seeking the Committee's views on a proposed three-year "
        "extension of the management contract with Kelbrook Leisure Trust for the Lynby and Steadham leisure centres, "
        "including a reduction in the management fee of £95,000 a year.",
        "Councillor Cowdrey questioned whether the extension had been tested against the market, since the original "
        "contract had been awarded without competition in 2015. The Director of Communities responded that legal advice "
        "confirmed the extension was permitted under the contract, and that soft market testing in 2024 had attracted "
        "only one commercial operator, whose bid would have cost the Council more. Councillor Naylor asked whether the "
        "exercise on referral scheme run from the centres would continue, and the Portfolio Holder for Communities and "
        "Wellbeing confirmed that it was a condition of the extension and would be expanded to Steadham GP surgery. "
        "Councillor Tiernan expressed concern that the Trust intended to close the Lynby crèche.",
        "Councillor Tiernan moved, and Councillor Wragg seconded, that the Committee support the extension. "
        "Councillor Mrs Quayle had left the room. The recommendation was put to the vote and CARRIED.",
        ("RES", "RESOLVED –", "that Cabinet be recommended to approve a three-year extension of the leisure management "
         "contract with Kelbrook Leisure Trust from 1 April 2025, subject to the crèche at Lynby being retained.")],
        qs=[("question", "Councillor Cowdrey", "questioned whether the extension had been tested against the market",
             "soft market testing in 2024 had attracted only one commercial operator",
             "Director of Communities", ["subcontracting", "privatisation"]),
            ("question", "Councillor Naylor", "asked whether the exercise on referral scheme run from the centres would continue",
             "it was a condition of the extension and would be expanded",
             "Portfolio Holder for Communities and Wellbeing", ["public-health", "primary-care"]),
            ("concern", "Councillor Tiernan", "expressed concern that the Trust intended to close the Lynby crèche",
             None, None, ["children-and-families"])],
        res=[("Cabinet be recommended to approve a three-year extension of the leisure management", "recommended",
              ["subcontracting"])]),
    dict(num="47", title="HEALTH INEQUALITIES LOCAL ACTION PLAN", paras=[
        "The Committee received a presentation from the County Council's Consultant in Public Health, Dr E. Marsh, "
        "on the draft Kelbrook health inequalities action plan. Life expectancy for men in Eastgate ward was 9.2 years "
        "lower than in Lynby West.",
        "Councillor Mrs Lyle asked how residents in the most deprived wards had been involved in drawing up the plan. "
        "Dr Marsh explained that community researchers had held fourteen listening events in Eastgate and Mill End "
        "during the autumn. Councillor Prendergast asked whether the plan had any dedicated funding, to which Dr Marsh "
        "replied that £60,000 from the public health grant had been set aside for the first year.",
        ("RES", "RESOLVED –", "that the draft health inequalities action plan be endorsed and that a progress report be "
         "brought to the Committee in twelve months' time.")],
        qs=[("question", "Councillor Mrs Lyle", "asked how residents in the most deprived wards had been involved",
             "community researchers had held fourteen listening events in Eastgate and Mill End", "Dr Marsh",
             ["public-health", "patient-and-public-input"]),
            ("question", "Councillor Prendergast", "asked whether the plan had any dedicated funding",
             "from the public health grant had been set aside for the first year", "Dr Marsh",
             ["public-health", "finance"])],
        res=[("the draft health inequalities action plan be endorsed", "agreed", ["public-health"])]),
    dict(num="48", title="WORK PROGRAMME", paras=[
        "The Democratic Services Officer presented the Committee's work programme for the remainder of the municipal year.",
        ("RES", "RESOLVED –", "that the work programme be agreed, with the addition of an item on temporary "
         "accommodation costs at the April meeting.")], qs=[],
        res=[("that the work programme be agreed, with the addition of an item", "agreed", ["housing"])]),
]

HEADER = "Community Wellbeing Scrutiny Committee – 4 February 2025"


def build_pdf():
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("DV", "", 8)
            self.set_text_color(90)
            self.set_xy(20, 10)
            self.cell(85, 5, "Kelbrook District Council", align="L")
            self.cell(85, 5, HEADER, align="R")
            self.set_draw_color(150)
            self.line(20, 16, 190, 16)
            self.set_text_color(0)
            self.set_y(22)

        def footer(self):
            self.set_y(-16)
            self.set_font("DV", "", 8)
            self.set_text_color(90)
            self.set_x(20)
            self.cell(56, 5, "Page " + str(self.page_no()), align="L")
            self.cell(114, 5, "Chairman's initials ..........", align="R")
            self.set_text_color(0)

    pdf = P(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 2, 11, 9, 30, tzinfo=__import__("datetime").timezone.utc))
    pdf.set_title("Minutes - Community Wellbeing Scrutiny Committee - 4 February 2025")
    pdf.set_author("Democratic Services")
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(False)
    W = 170
    LH = 5.2
    BOTTOM = 297 - 24

    def ensure(h):
        if pdf.get_y() + h > BOTTOM:
            pdf.add_page()

    def words_width(tokens):
        tot = 0
        for t, b in tokens:
            pdf.set_font("DV", "B" if b else "", 10)
            tot += pdf.get_string_width(t)
        return tot

    def para(text, bold_prefix="", indent=0):
        toks = [(w, True) for w in bold_prefix.split()] + [(w, False) for w in text.split()]
        width = W - indent
        lines, cur = [], []
        pdf.set_font("DV", "", 10)
        sp = pdf.get_string_width(" ")
        i = 0
        while i < len(toks):
            w, b = toks[i]
            cand = cur + [(w, b)]
            if words_width(cand) + sp * (len(cand) - 1) <= width:
                cur = cand
                i += 1
                continue
            # try hyphenating a long purely alphabetic word
            core = re.match(r"^([A-Za-z]+)([,.;:]?)$", w)
            done = False
            if core and len(core.group(1)) >= 7:
                word = core.group(1)
                for k in range(len(word) - 3, 2, -1):
                    head = (word[:k] + "-", b)
                    if words_width(cur + [head]) + sp * len(cur) <= width:
                        lines.append(cur + [head])
                        cur = []
                        toks[i] = (word[k:] + core.group(2), b)
                        done = True
                        break
            if not done:
                lines.append(cur)
                cur = []
        if cur:
            lines.append(cur)
        for n, ln in enumerate(lines):
            ensure(LH)
            y = pdf.get_y()
            x = 20 + indent
            last = n == len(lines) - 1
            gap = sp if last or len(ln) == 1 else (width - words_width(ln)) / (len(ln) - 1)
            for t, b in ln:
                pdf.set_font("DV", "B" if b else "", 10)
                pdf.set_xy(x, y)
                tw = pdf.get_string_width(t)
                pdf.cell(tw, LH, t)
                x += tw + gap
            pdf.set_xy(20, y + LH)
        pdf.set_y(pdf.get_y() + 2.2)

    def bar(title, num):
        ensure(9 + 3 * LH)
        y = pdf.get_y() + 1.5
        pdf.set_fill_color(217, 217, 217)
        pdf.rect(20, y, W, 7, style="F")
        pdf.set_font("DV", "B", 10)
        pdf.set_xy(22, y)
        pdf.cell(140, 7, title, align="L")
        pdf.set_xy(170, y)
        pdf.cell(18, 7, num, align="R")
        pdf.set_y(y + 9.5)

    pdf.add_page()
    pdf.set_font("DV", "B", 14)
    pdf.cell(W, 8, "KELBROOK DISTRICT COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DV", "", 10.5)
    pdf.multi_cell(W, 5.5, "MINUTES of a meeting of the COMMUNITY WELLBEING SCRUTINY COMMITTEE held in the Council "
                   "Chamber, Civic Offices, Station Road, Kelbrook on Tuesday, 4 February 2025 at 6.30 pm",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(PRESENT[len("Present:"):].strip(), "Present:")
    para(ALSO[len("Also present:"):].strip(), "Also present:")
    para(OFFICERS[len("Officers in attendance:"):].strip(), "Officers in attendance:")
    pdf.ln(2)
    for it in D2_ITEMS:
        bar(it["title"], it["num"])
        for p in it["paras"]:
            if isinstance(p, tuple):
                para(p[2], p[1], indent=10)
            else:
                para(p)
    pdf.ln(4)
    pdf.set_font("DV", "", 10)
    pdf.cell(W, 6, "The meeting closed at 8.41 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(W, 6, "CHAIRMAN ................................................", align="R")
    pdf.output(str(DOCS / D2))


def gold_d2():
    g = dict(document=D2, doc_type="minutes", committee=D2_COMMITTEE, meeting_date=D2_DATE,
             items=[{"number": it["num"], "title": it["title"]} for it in D2_ITEMS], questions=[], resolutions=[],
             attendees=[{"name": n, "role": r, "attendance": a} for n, r, a in D2_ATT])
    for it in D2_ITEMS:
        for kind, by, q, a, gb, th in it["qs"]:
            g["questions"].append(dict(item=it["num"], kind=kind, text=q, asked_by=by, answer=a, given_by=gb, themes=th))
        for t, oc, th in it["res"]:
            g["resolutions"].append(dict(item=it["num"], text=t, outcome=oc, themes=th))
    return g


# ---------------------------------------------------------------------------
class _T(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, d):
        self.parts.append(d)

    def handle_starttag(self, tag, attrs):
        self.parts.append(" ")

    handle_endtag = lambda self, tag: self.parts.append(" ")


def doc_text(path):
    if path.suffix == ".html":
        t = _T()
        t.feed(path.read_text(encoding="utf-8"))
        return " ".join(t.parts)
    import pdfplumber
    lines = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for ln in (page.extract_text() or "").splitlines():
                if ln.startswith("Kelbrook District Council Community") or ln.startswith("Page ") \
                        or ln.startswith("Kelbrook District Council Community Wellbeing"):
                    continue
                lines.append(ln)
    txt = "\n".join(lines)
    return re.sub(r"([A-Za-z])-\n([a-z])", r"\1\2", txt)


def check(gold):
    path = DOCS / gold["document"]
    text = norm(doc_text(path))
    errs = []
    phrases = [("q", q["text"]) for q in gold["questions"]] + \
              [("a", q["answer"]) for q in gold["questions"] if q["answer"]] + \
              [("r", r["text"]) for r in gold["resolutions"]]
    for k, p in phrases:
        n = len(norm(p).strip().split())
        if not 6 <= n <= 15:
            errs.append(f"{k} length {n}: {p}")
        c = text.count(norm(p))
        if c != 1:
            errs.append(f"{k} occurs {c}x: {p}")
    return errs


def main():
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    if "--check" not in sys.argv:
        build_html()
        build_pdf()
        for g in (gold_d1(), gold_d2()):
            name = Path(g["document"]).stem + ".json"
            (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    bad = 0
    for g in (gold_d1(), gold_d2()):
        errs = check(g)
        print(g["document"], "items", len(g["items"]), "questions", len(g["questions"]), "resolutions",
              len(g["resolutions"]), "attendees", len(g["attendees"]), "OK" if not errs else "FAIL")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
