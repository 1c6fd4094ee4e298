#!/usr/bin/env python3
"""Build the "az-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_az.py          build documents and gold
        build_az.py --check  verify every gold phrase occurs once in its document
"""
import io
import zipfile
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 3, 14, 9, 30, 0)

# ---------------------------------------------------------------------------
# Document 1: county council ASC & Health OSC, Word (.docx)
# ---------------------------------------------------------------------------
D1 = "az-wealdshire-cc-asc-health-osc-2025-03-11.docx"
D1_COMMITTEE = "Adult Social Care and Health Overview and Scrutiny Committee"
D1_DATE = "2025-03-11"

D1_ATT = {
    "Members": [
        ("Councillor Margaret Ellery (Chairman)", "Councillor Margaret Ellery", "Chairman", "present"),
        ("Councillor David Okafor (Vice-Chairman)", "Councillor David Okafor", "Vice-Chairman", "present"),
        ("Councillor Joan Pryce", "Councillor Joan Pryce", None, "present"),
        ("Councillor Raj Bhandari", "Councillor Raj Bhandari", None, "present"),
        ("Councillor Lesley Fenwick", "Councillor Lesley Fenwick", None, "present"),
        ("Councillor Simon Harte", "Councillor Simon Harte", None, "present"),
    ],
    "Substitutes": [
        ("Councillor Tom Briggs (for Councillor Ann Hale)", "Councillor Tom Briggs", "Substitute", "present"),
    ],
    "Officers": [
        ("Karen Doyle – Corporate Director, Adults, Health and Integration", "Karen Doyle",
         "Corporate Director, Adults, Health and Integration", "in_attendance"),
        ("Mark Tennant – Head of Commissioning (Adults and Market Sustainability)", "Mark Tennant",
         "Head of Commissioning (Adults and Market Sustainability)", "in_attendance"),
        ("Dr Helen Marsh – Director of Public Health", "Dr Helen Marsh", "Director of Public Health", "in_attendance"),
        ("Gareth Lowe – Scrutiny and Democratic Services Officer", "Gareth Lowe",
         "Scrutiny and Democratic Services Officer", "in_attendance"),
    ],
    "Others": [
        ("Councillor Fiona Ashworth – Cabinet Member for Adult Social Care and Public Health",
         "Councillor Fiona Ashworth", "Cabinet Member for Adult Social Care and Public Health", "in_attendance"),
        ("Paul Redfern – Director of Urgent and Emergency Care, Wealdshire and Downs ICB", "Paul Redfern",
         "Director of Urgent and Emergency Care, Wealdshire and Downs ICB", "in_attendance"),
        ("Sarah Quinn – Chief Executive, Healthwatch Wealdshire", "Sarah Quinn",
         "Chief Executive, Healthwatch Wealdshire", "in_attendance"),
    ],
}
D1_APOLOGIES = [("Councillor Ann Hale", None, "apologies"), ("Councillor Peter Drury", None, "apologies")]

# Each item: number, title, summary paragraphs, questions, resolution
# question: (q_text, a_text or None, gold dict)
D1_ITEMS = [
    {
        "number": "ASC/24/25", "title": "Apologies for Absence and Substitutions",
        "summary": ["Apologies for absence were received from Councillor Ann Hale and Councillor Peter "
                    "Drury. Councillor Tom Briggs attended as a substitute for Councillor Hale."],
        "questions": [], "resolution": None,
    },
    {
        "number": "ASC/25/25", "title": "Declarations of Interest",
        "summary": ["Councillor Joan Pryce declared a non-pecuniary interest in minute ASC/27/25 as an "
                    "unpaid trustee of Wealdshire Carers' Centre, which receives a grant from the County "
                    "Council. She remained in the meeting and took part in the discussion."],
        "questions": [], "resolution": None,
    },
    {
        "number": "ASC/26/25", "title": "Minutes of the Previous Meeting",
        "summary": [],
        "questions": [],
        "resolution": {
            "clauses": ["That the minutes of the meeting held on 14 January 2025 be confirmed as a correct "
                        "record and signed by the Chairman."],
            "gold": {"text": "minutes of the meeting held on 14 January 2025 be confirmed",
                     "outcome": "agreed", "themes": []},
        },
    },
    {
        "number": "ASC/27/25", "title": "Recommissioning of Home Care (Domiciliary Care) Services",
        "summary": [
            "The Committee considered a report of the Corporate Director, Adults, Health and Integration on "
            "the proposed recommissioning of home care across the county from April 2026. The current "
            "framework, let in 2019 to 31 providers across six zones, would expire in March 2026. The report "
            "proposed a move to a smaller number of 'lead providers' in each zone on contracts of up to seven "
            "years, paid at a single county rate of £27.40 per hour. The Cabinet Member for Adult Social Care "
            "and Public Health introduced the report and explained that around 4,100 people currently "
            "received home care arranged by the Council, and that unmet need in the rural north of the "
            "county remained the most pressing problem.",
        ],
        "questions": [
            ("Councillor Pryce asked how many of the current 31 providers were likely to be able to bid as "
             "lead providers, and what would happen to smaller local agencies that were not successful.",
             "The Head of Commissioning said soft market testing suggested between ten and fourteen "
             "organisations could bid, and smaller agencies would be able to work as sub-contractors to "
             "the lead providers under agreed terms.",
             {"kind": "question", "text": "how many of the current 31 providers were likely to be able to bid",
              "asked_by": "Councillor Pryce",
              "answer": "smaller agencies would be able to work as sub-contractors",
              "given_by": "Head of Commissioning",
              "themes": ["subcontracting", "adult-social-care"]}),
            ("Councillor Bhandari expressed concern that larger national companies owned by private equity "
             "would win the contracts and take profit out of the care system.",
             "The Cabinet Member said that the evaluation would weight quality at 70 per cent and price at "
             "30 per cent, and that financial due diligence, including ownership and debt, would form part "
             "of the selection stage.",
             {"kind": "concern", "text": "larger national companies owned by private equity would win the contracts",
              "asked_by": "Councillor Bhandari",
              "answer": "the evaluation would weight quality at 70 per cent and price",
              "given_by": "Cabinet Member",
              "themes": ["privatisation", "subcontracting", "adult-social-care"]}),
            ("Councillor Fenwick asked whether the £27.40 hourly rate would allow providers to pay care "
             "workers the real Living Wage and to cover travel time between visits.",
             "The Corporate Director confirmed that the rate had been modelled on the real Living Wage plus "
             "paid travel time at an average of 11 minutes a visit, and that it would be uprated each April.",
             {"kind": "question", "text": "allow providers to pay care workers the real Living Wage",
              "asked_by": "Councillor Fenwick",
              "answer": "the rate had been modelled on the real Living Wage plus paid travel time",
              "given_by": "Corporate Director",
              "themes": ["workforce", "finance", "adult-social-care"]}),
            ("Sarah Quinn of Healthwatch Wealdshire asked how people who currently receive home care, and "
             "their families, had been involved in shaping the new service specification.",
             "The Head of Commissioning said that 612 people had responded to a survey in the autumn and "
             "that a group of six carers had helped write the outcomes section of the specification.",
             {"kind": "question", "text": "had been involved in shaping the new service specification",
              "asked_by": "Sarah Quinn",
              "answer": "612 people had responded to a survey in the autumn",
              "given_by": "Head of Commissioning",
              "themes": ["patient-and-public-input", "adult-social-care"]}),
            ("Councillor Harte requested that the Committee see the draft evaluation criteria before the "
             "tender was published.",
             None,
             {"kind": "request", "text": "see the draft evaluation criteria before the tender was published",
              "asked_by": "Councillor Harte", "answer": None, "given_by": None,
              "themes": ["subcontracting", "governance"]}),
        ],
        "resolution": {
            "clauses": [
                "That the report be noted.",
                "That the Committee RECOMMENDS to Cabinet that the home care tender includes a minimum "
                "quality weighting of 70 per cent and a requirement that all bidders pay care workers for "
                "travel time between visits.",
                "That the draft evaluation criteria be circulated to Members of the Committee before the "
                "tender is published.",
            ],
            "gold": {"text": "RECOMMENDS to Cabinet that the home care tender includes a minimum",
                     "outcome": "recommended",
                     "themes": ["subcontracting", "workforce", "adult-social-care"]},
        },
    },
    {
        "number": "ASC/28/25", "title": "Wealdshire and Downs ICB – Urgent and Emergency Care Winter Update",
        "summary": [
            "Paul Redfern, Director of Urgent and Emergency Care at Wealdshire and Downs Integrated Care "
            "Board, presented an update on winter pressures. Four-hour performance at Kingsbridge General "
            "Hospital had averaged 68 per cent in December and January against a target of 78 per cent, and "
            "an average of 143 beds a day were occupied by patients who no longer met the criteria to reside.",
        ],
        "questions": [
            ("Councillor Okafor asked why the number of patients medically fit for discharge had risen "
             "since the autumn despite the additional discharge funding.",
             "Mr Redfern explained that the main delays were for people needing a package of care at home "
             "in rural areas, and that joint discharge teams now met every morning at both acute sites.",
             {"kind": "question", "text": "why the number of patients medically fit for discharge had risen",
              "asked_by": "Councillor Okafor",
              "answer": "the main delays were for people needing a package of care at home",
              "given_by": "Mr Redfern",
              "themes": ["adult-social-care", "integration", "finance"]}),
            ("Councillor Briggs raised concerns about ambulance handover delays outside the emergency "
             "department at Kingsbridge, with some crews waiting more than three hours.",
             "Mr Redfern acknowledged that handovers of over an hour had occurred on 41 days since "
             "November and said a 45-minute release-to-respond protocol had been introduced in February.",
             {"kind": "concern", "text": "ambulance handover delays outside the emergency department at Kingsbridge",
              "asked_by": "Councillor Briggs",
              "answer": "a 45-minute release-to-respond protocol had been introduced in February",
              "given_by": "Mr Redfern",
              "themes": []}),
            ("Councillor Harte asked whether the ICB was still using spot-purchased beds in private nursing "
             "homes for discharge to assess, and at what cost.",
             "Mr Redfern said 38 beds were currently commissioned from independent providers at an average "
             "weekly cost of £1,390 and the ICB intended to reduce this once the new reablement service began.",
             {"kind": "question", "text": "spot-purchased beds in private nursing homes for discharge to assess",
              "asked_by": "Councillor Harte",
              "answer": "38 beds were currently commissioned from independent providers",
              "given_by": "Mr Redfern",
              "themes": ["subcontracting", "privatisation", "finance", "adult-social-care", "integration"]}),
            ("Councillor Fenwick asked what progress had been made on same-day GP access so that people "
             "did not attend the emergency department because they could not get an appointment.",
             "Mr Redfern said the ICB had funded 22,000 additional same-day appointments through primary "
             "care networks this winter, and would report usage figures to the Committee in June.",
             {"kind": "question", "text": "what progress had been made on same-day GP access",
              "asked_by": "Councillor Fenwick",
              "answer": "additional same-day appointments through primary care networks this winter",
              "given_by": "Mr Redfern",
              "themes": ["primary-care"]}),
        ],
        "resolution": {
            "clauses": [
                "That the winter update from Wealdshire and Downs ICB be noted.",
                "That the ICB be asked to provide figures on the use of additional same-day GP appointments "
                "to the Committee's meeting in June 2025.",
            ],
            "gold": {"text": "the winter update from Wealdshire and Downs ICB be noted",
                     "outcome": "noted", "themes": []},
        },
    },
    {
        "number": "ASC/29/25", "title": "Public Health Grant 2025/26 and the Stop Smoking Service Contract",
        "summary": [
            "The Director of Public Health presented a report on the allocation of the Public Health Grant "
            "for 2025/26, which had risen by 5.1 per cent to £38.2 million, and on the proposal to extend "
            "the Stop Smoking Service contract held by Clearbreath Community Interest Company for a further "
            "two years rather than re-tender it.",
        ],
        "questions": [
            ("Councillor Bhandari queried why the stop smoking contract was being extended without "
             "competition when the original contract had been let five years ago.",
             "The Director of Public Health said the contract contained an option to extend, that quit rates "
             "were in the top quartile nationally, and that a full procurement exercise would cost around "
             "£60,000.",
             {"kind": "question", "text": "why the stop smoking contract was being extended without competition",
              "asked_by": "Councillor Bhandari",
              "answer": "quit rates were in the top quartile nationally",
              "given_by": "Director of Public Health",
              "themes": ["subcontracting", "privatisation", "public-health"]}),
            ("Councillor Pryce asked how much of the grant increase would go to tackling health inequalities "
             "in the most deprived wards.",
             "Dr Marsh said £640,000 had been earmarked for targeted work in the 10 per cent most deprived "
             "neighbourhoods, including NHS Health Checks and weight management.",
             {"kind": "question", "text": "how much of the grant increase would go to tackling health inequalities",
              "asked_by": "Councillor Pryce",
              "answer": "had been earmarked for targeted work in the 10 per cent most deprived",
              "given_by": "Dr Marsh",
              "themes": ["public-health", "finance"]}),
            ("Councillor Okafor commented that youth vaping was now the most common concern raised with him "
             "by head teachers in his division.",
             "The Director of Public Health agreed and said trading standards test purchases would be "
             "doubled in 2025/26 alongside a schools education programme.",
             {"kind": "comment", "text": "youth vaping was now the most common concern raised with him",
              "asked_by": "Councillor Okafor",
              "answer": "trading standards test purchases would be doubled in 2025/26",
              "given_by": "Director of Public Health",
              "themes": ["public-health", "children-and-families"]}),
        ],
        "resolution": {
            "clauses": [
                "That the allocation of the Public Health Grant for 2025/26 be noted.",
                "That the Committee endorses the proposed two-year extension of the Stop Smoking Service "
                "contract.",
                "That a task group of four Members be established to review the approach to youth vaping and "
                "report back by October 2025.",
            ],
            "gold": {"text": "endorses the proposed two-year extension of the Stop Smoking Service contract",
                     "outcome": "agreed",
                     "themes": ["subcontracting", "public-health"]},
        },
    },
    {
        "number": "ASC/30/25", "title": "Adult Social Care Workforce Strategy 2025–2028",
        "summary": [
            "The Corporate Director introduced the draft workforce strategy. The vacancy rate among the "
            "Council's own social workers stood at 14 per cent, and across the independent care sector in "
            "Wealdshire at 11 per cent, with turnover of 29 per cent a year.",
        ],
        "questions": [
            ("Councillor Ellery asked how much was being spent on agency social workers and whether the "
             "Council was signed up to the regional agency pay cap.",
             "The Corporate Director said agency spend in 2024/25 was forecast at £3.6 million and that the "
             "Council had joined the regional memorandum of understanding on agency rates in September.",
             {"kind": "question", "text": "how much was being spent on agency social workers",
              "asked_by": "Councillor Ellery",
              "answer": "agency spend in 2024/25 was forecast at £3.6 million",
              "given_by": "Corporate Director",
              "themes": ["workforce", "finance"]}),
            ("Councillor Briggs asked whether international recruitment would continue given the changes "
             "to the health and care worker visa.",
             "The Corporate Director said the Council would no longer sponsor overseas care workers directly "
             "but would support the 260 already recruited by local providers to remain in the sector.",
             {"kind": "question", "text": "whether international recruitment would continue given the changes",
              "asked_by": "Councillor Briggs",
              "answer": "would no longer sponsor overseas care workers directly",
              "given_by": "Corporate Director",
              "themes": ["workforce", "adult-social-care"]}),
            ("Councillor Fenwick requested that future versions of the strategy include the views of care "
             "workers themselves, gathered through the trade unions and the providers' forum.",
             None,
             {"kind": "request", "text": "include the views of care workers themselves, gathered through",
              "asked_by": "Councillor Fenwick", "answer": None, "given_by": None,
              "themes": ["workforce", "patient-and-public-input"]}),
        ],
        "resolution": {
            "clauses": [
                "That the draft Adult Social Care Workforce Strategy 2025–2028 be noted.",
                "That the Committee's comments be reported to the Cabinet Member before the strategy is "
                "finalised.",
            ],
            "gold": {"text": "the draft Adult Social Care Workforce Strategy 2025–2028 be noted",
                     "outcome": "noted", "themes": ["workforce", "adult-social-care"]},
        },
    },
    {
        "number": "ASC/31/25", "title": "Work Programme",
        "summary": ["The Scrutiny and Democratic Services Officer presented the work programme for 2025/26."],
        "questions": [],
        "resolution": {
            "clauses": ["That the work programme be agreed, subject to the addition of an item on the "
                        "outcome of the home care procurement in November 2025."],
            "gold": {"text": "the work programme be agreed, subject to the addition of an item",
                     "outcome": "agreed", "themes": []},
        },
    },
]


def build_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.title = "Minutes – " + D1_COMMITTEE
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Democratic Services"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Wealdshire County Council\tAdult Social Care and Health OSC\t11 March 2025"
    fp = sec.footer.paragraphs[0]
    fp.text = "Chairman's initials ………   "
    # page number field
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r = fp.add_run("Page ")
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        run = fp.add_run()
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
            run._r.append(el)
        elif kind == "text":
            run.text = txt
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("WEALDSHIRE COUNTY COUNCIL").bold = True
    doc.add_heading(D1_COMMITTEE, level=1)
    doc.add_paragraph("MINUTES of a meeting of the Adult Social Care and Health Overview and Scrutiny "
                      "Committee held in the Council Chamber, County Hall, Kingsbridge on Tuesday, "
                      "11 March 2025 at 10.00 am.")

    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    heads = ["Members", "Substitutes", "Officers", "Others"]
    for i, h in enumerate(heads):
        c = tbl.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    n = max(len(v) for v in D1_ATT.values())
    for j in range(n):
        row = tbl.add_row().cells
        for i, h in enumerate(heads):
            vals = D1_ATT[h]
            row[i].text = vals[j][0] if j < len(vals) else ""
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Apologies: ").bold = True
    p.add_run("Councillor Ann Hale and Councillor Peter Drury.")

    for it in D1_ITEMS:
        doc.add_heading(f"{it['number']} – {it['title']}", level=2)
        for s in it["summary"]:
            p = doc.add_paragraph()
            if s is it["summary"][0] and it["questions"]:
                p.add_run("Summary").bold = True
                doc.paragraphs[-1].paragraph_format.keep_with_next = True
                p = doc.add_paragraph()
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(s)
        if it["questions"]:
            p = doc.add_paragraph()
            p.add_run("Members' questions").bold = True
            for q, a, _g in it["questions"]:
                b = doc.add_paragraph(style="List Bullet")
                b.add_run("Q: " + q)
                if a:
                    b.runs[-1].add_break()
                    b.add_run("A: " + a)
        res = it["resolution"]
        if res:
            p = doc.add_paragraph()
            p.add_run("Resolved –").bold = True
            for c in res["clauses"]:
                doc.add_paragraph(c, style="List Number")

    doc.add_paragraph("The meeting closed at 12.47 pm.")
    doc.add_paragraph("Chairman ……………………………………   Date ……………………")
    buf = io.BytesIO()
    doc.save(buf)
    with open(os.path.join(DOCS, D1), "wb") as out:
        out.write(_fixed_zip(buf.getvalue()))


def _fixed_zip(data):
    """Re-pack a zip with fixed timestamps so the build is byte-for-byte repeatable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 12, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def gold_d1():
    g = {"document": D1, "doc_type": "minutes", "committee": D1_COMMITTEE, "meeting_date": D1_DATE,
         "items": [], "questions": [], "resolutions": [], "attendees": []}
    for it in D1_ITEMS:
        g["items"].append({"number": it["number"], "title": it["title"]})
        for _q, _a, gq in it["questions"]:
            d = {"item": it["number"]}
            d.update({k: gq[k] for k in ("kind", "text", "asked_by", "answer", "given_by", "themes")})
            g["questions"].append(d)
        if it["resolution"]:
            d = {"item": it["number"]}
            d.update(it["resolution"]["gold"])
            g["resolutions"].append(d)
    for h in ("Members", "Substitutes", "Officers", "Others"):
        for _p, name, role, att in D1_ATT[h]:
            g["attendees"].append({"name": name, "role": role, "attendance": att})
    for name, role, att in D1_APOLOGIES:
        g["attendees"].append({"name": name, "role": role, "attendance": att})
    return g


# ---------------------------------------------------------------------------
# Document 2: district council Scrutiny Panel, plain text from a word processor
# ---------------------------------------------------------------------------
D2 = "az-hollowmere-dc-community-wellbeing-scrutiny-panel-2025-02-04.txt"
D2_COMMITTEE = "Community and Wellbeing Scrutiny Panel"
D2_DATE = "2025-02-04"

D2_ATT = [
    ("Present:", [
        ("Cllr Janet Whitlow", "Chairman", "present"),
        ("Cllr Owen Pardoe", "Vice-Chairman", "present"),
        ("Cllr Amrit Sandhu", None, "present"),
        ("Cllr Beverley Kaye", None, "present"),
        ("Cllr Nigel Ross", None, "present"),
        ("Cllr Sue Tarrant", "Substitute for Cllr Leigh", "present"),
    ]),
    ("Apologies:", [
        ("Cllr Martin Leigh", None, "apologies"),
    ]),
    ("Also present:", [
        ("Cllr Hugh Garside", "Portfolio Holder for Housing and Communities", "in_attendance"),
        ("Cllr Rachel Moss", "Portfolio Holder for Leisure and Health", "in_attendance"),
    ]),
    ("Officers:", [
        ("Alison Brereton", "Strategic Director – Place and Communities", "in_attendance"),
        ("Craig Penhaligon", "Housing Options and Homelessness Prevention Manager", "in_attendance"),
        ("Nadia Farouk", "Leisure and Active Communities Contract Manager", "in_attendance"),
        ("Ben Ashdown", "Private Sector Housing and Grants Team Leader", "in_attendance"),
        ("Lucy Trent", "Democratic Services Officer (Minutes)", "in_attendance"),
    ]),
]

HDR = "HOLLOWMERE DISTRICT COUNCIL\tCommunity and Wellbeing Scrutiny Panel\t4 February 2025"


def d2_text():
    L = []
    L.append("HOLLOWMERE DISTRICT COUNCIL")
    L.append("")
    L.append("MINUTES of a meeting of the COMMUNITY AND WELLBEING SCRUTINY PANEL held in the Ashby Room, "
             "Council Offices, Market Street, Hollowmere on Tuesday 4 February 2025 at 6.30 pm")
    L.append("")
    for label, people in D2_ATT:
        L.append(label)
        for name, role, _a in people:
            L.append(f"\t{name}\t{role}" if role else f"\t{name}")
        L.append("")
    items = [
        ("1", "Apologies for Absence and Substitutions", [
            "\tApologies for absence were received from Cllr Martin Leigh. Cllr Sue Tarrant attended as his "
            "substitute.",
        ]),
        ("2", "Declarations of Interest", [
            "\tCllr Beverley Kaye declared a personal interest in Agenda Item 7 as her mother had received a "
            "Disabled Facilities Grant in 2023. Cllr Ross declared that he was a member of Hollowmere Leisure "
            "Centre.",
        ]),
        ("3", "Minutes", [
            "\tThe minutes of the meeting held on 26 November 2024 were considered.",
            "",
            "DECISION: That the minutes of the meeting held on 26 November 2024 be approved as a correct "
            "record and signed by the Chairman.",
        ]),
        ("4", "Public Participation", [
            "\tOne question had been received from a member of the public in accordance with the Panel's "
            "procedure rules.",
            "",
            "\tMr Dennis Orley, a resident of Fenby, asked why families placed in bed and breakfast in "
            "Wexham were being sent so far from their children's schools – answered by Cllr Garside, who "
            "said that there had been no suitable vacancies within the district on the nights concerned and "
            "that every family had been moved back within six weeks.",
        ]),
        ("5", "Homelessness and Temporary Accommodation – Quarter 3 Update", [
            "\tThe Housing Options and Homelessness Prevention Manager presented the report. 112 households "
            "were in temporary accommodation at the end of December 2024, up from 74 a year earlier, of "
            "which 31 were in bed and breakfast. Net spend on temporary accommodation was forecast to be "
            "£1.18 million against a budget of £640,000.",
            "",
            "\tCllr Sandhu asked what was driving the rise in households approaching the Council from the "
            "private rented sector – answered by Mr Penhaligon, who said that section 21 notices accounted "
            "for 43 per cent of approaches, many from landlords selling ahead of the Renters' Rights Bill.",
            "",
            "\tCllr Pardoe asked whether the Council had considered buying its own properties to use as "
            "temporary accommodation instead of paying nightly rates – answered by the Strategic Director, "
            "who said a business case to purchase up to 20 homes using right-to-buy receipts and the Local "
            "Authority Housing Fund would go to Cabinet in March.",
            "",
            "\tCllr Kaye asked how the Council was supporting people sleeping rough during the recent cold "
            "weather – answered by Mr Penhaligon, who said the Severe Weather Emergency Protocol had been "
            "activated on nine nights and 14 people had been accommodated, with eight since moving into "
            "settled housing.",
            "",
            "\tCllr Ross requested that a breakdown of temporary accommodation placements by town be "
            "circulated to Panel members before the next meeting.",
            "",
            "DECISION: That the Panel notes the Quarter 3 homelessness update and asks Cabinet to "
            "consider the business case for purchasing temporary accommodation as a priority.",
        ]),
        ("6", "Leisure Services Contract – Options for 2026 Onwards", [
            "\tThe Leisure and Active Communities Contract Manager introduced the report. The contract with "
            "Activa Leisure Ltd for the three leisure centres ends on 31 March 2026. The options were to "
            "re-tender, to transfer the service to a local authority trading company, or to bring the "
            "service back in-house.",
            "",
            "\tCllr Tarrant asked how much the Council currently paid Activa Leisure each year and whether "
            "the company made a profit from the contract – answered by Ms Farouk, who said the management "
            "fee was £385,000 a year and that the operator's accounts showed a surplus of around 4 per cent "
            "across the Hollowmere sites.",
            "",
            "\tCllr Sandhu asked what would happen to staff terms and conditions if the service was brought "
            "back in-house – answered by the Strategic Director, who said around 140 staff would transfer "
            "under TUPE and the Council would have to consider whether to join them to the Local "
            "Government Pension Scheme.",
            "",
            "\tCllr Kaye asked whether residents would be consulted before a decision was made – answered "
            "by Cllr Moss, who said a six-week public consultation on the leisure offer would start in "
            "April, alongside a survey of existing members.",
            "",
            "\tCllr Whitlow asked about the risk of VAT being payable on an in-house service – answered by "
            "Ms Farouk, who said specialist tax advice had indicated that the Council could recover VAT on "
            "leisure income under current rules.",
            "",
            "DECISION: That the Panel RECOMMENDS to Cabinet that the in-house option is fully costed and "
            "included in the public consultation alongside the re-tender and trading company options.",
        ]),
        ("7", "Disabled Facilities Grants and Home Improvement Agency", [
            "\tThe Private Sector Housing and Grants Team Leader presented the report. The Disabled "
            "Facilities Grant allocation from the Better Care Fund was £1.42 million in 2024/25, and the "
            "average wait from referral to completion of works was 38 weeks.",
            "",
            "\tCllr Pardoe asked why the average wait had risen from 29 weeks to 38 weeks in a year – "
            "answered by Mr Ashdown, who said there was a shortage of occupational therapists at the county "
            "council and the agency's two surveyor posts had both been vacant since the summer.",
            "",
            "\tCllr Ross raised concern that some older residents were paying private builders themselves "
            "rather than waiting for grant-funded adaptations – answered by Mr Ashdown, who said the "
            "Council could not reimburse works started before approval but a fast-track route for stairlifts "
            "and level-access showers was being piloted.",
            "",
            "\tThe Panel was advised that the review of whether the Home Improvement Agency should remain "
            "in-house or be jointly commissioned with the county council was not yet complete.",
            "",
            "DECISION: That consideration of the Home Improvement Agency review be deferred to the meeting "
            "of the Panel on 1 April 2025.",
        ]),
        ("8", "Work Programme 2024/25", [
            "\tThe Democratic Services Officer presented the work programme.",
            "",
            "DECISION: That the work programme be agreed with the addition of a report on temporary "
            "accommodation purchases in June 2025.",
        ]),
    ]
    for num, title, body in items:
        L.append(f"Agenda Item {num}:")
        L.append(title)
        L.append("~" * len(title))
        L.extend(body)
        L.append("")
    L.append("The meeting ended at 8.52 pm.")
    L.append("")
    L.append("\tChairman ______________________")
    # paginate: header on each page, footer with page number and initials
    PAGE = 34
    pages = [L[i:i + PAGE] for i in range(0, len(L), PAGE)]
    out = []
    for i, pg in enumerate(pages, 1):
        out.append(HDR)
        out.append("")
        out.extend(pg)
        out.append("")
        out.append(f"Page {i} of {len(pages)}\t\tChairman's initials ........")
        out.append("\f")
    return "\r\n".join(out).rstrip("\f\r\n") + "\r\n", items


D2_Q = [
    ("4", "question", "asked why families placed in bed and breakfast in Wexham", "Mr Dennis Orley",
     "no suitable vacancies within the district on the nights concerned", "Cllr Garside",
     ["housing", "children-and-families"]),
    ("5", "question", "what was driving the rise in households approaching the Council", "Cllr Sandhu",
     "section 21 notices accounted for 43 per cent of approaches", "Mr Penhaligon", ["housing"]),
    ("5", "question", "had considered buying its own properties to use as temporary accommodation",
     "Cllr Pardoe",
     "a business case to purchase up to 20 homes using right-to-buy receipts", "Strategic Director",
     ["housing", "finance"]),
    ("5", "question", "how the Council was supporting people sleeping rough during the recent cold weather",
     "Cllr Kaye",
     "the Severe Weather Emergency Protocol had been activated on nine nights", "Mr Penhaligon",
     ["housing"]),
    ("5", "request", "a breakdown of temporary accommodation placements by town be circulated", "Cllr Ross",
     None, None, ["housing"]),
    ("6", "question", "how much the Council currently paid Activa Leisure each year", "Cllr Tarrant",
     "the management fee was £385,000 a year", "Ms Farouk",
     ["subcontracting", "privatisation", "finance"]),
    ("6", "question", "what would happen to staff terms and conditions if the service", "Cllr Sandhu",
     "around 140 staff would transfer under TUPE", "Strategic Director",
     ["workforce", "privatisation"]),
    ("6", "question", "whether residents would be consulted before a decision was made", "Cllr Kaye",
     "a six-week public consultation on the leisure offer would start", "Cllr Moss",
     ["patient-and-public-input"]),
    ("6", "question", "asked about the risk of VAT being payable on an in-house service", "Cllr Whitlow",
     "the Council could recover VAT on leisure income under current rules", "Ms Farouk",
     ["finance", "privatisation", "governance"]),
    ("7", "question", "why the average wait had risen from 29 weeks to 38 weeks", "Cllr Pardoe",
     "a shortage of occupational therapists at the county council", "Mr Ashdown",
     ["housing", "workforce"]),
    ("7", "concern", "some older residents were paying private builders themselves", "Cllr Ross",
     "a fast-track route for stairlifts and level-access showers was being piloted", "Mr Ashdown",
     ["housing", "adult-social-care", "finance"]),
]
D2_R = [
    ("3", "the minutes of the meeting held on 26 November 2024 be approved", "agreed", []),
    ("5", "the Panel notes the Quarter 3 homelessness update and asks Cabinet", "recommended",
     ["housing", "finance"]),
    ("6", "RECOMMENDS to Cabinet that the in-house option is fully costed", "recommended",
     ["privatisation", "subcontracting", "patient-and-public-input"]),
    ("7", "consideration of the Home Improvement Agency review be deferred", "deferred", ["housing"]),
    ("8", "the work programme be agreed with the addition of a report", "agreed", []),
]


def build_txt():
    text, _ = d2_text()
    with open(os.path.join(DOCS, D2), "w", encoding="utf-8", newline="") as f:
        f.write(text)


def gold_d2():
    _, items = d2_text()
    g = {"document": D2, "doc_type": "minutes", "committee": D2_COMMITTEE, "meeting_date": D2_DATE,
         "items": [{"number": n, "title": t} for n, t, _b in items],
         "questions": [], "resolutions": [], "attendees": []}
    for item, kind, text, by, ans, gb, th in D2_Q:
        g["questions"].append({"item": item, "kind": kind, "text": text, "asked_by": by, "answer": ans,
                               "given_by": gb, "themes": th})
    for item, text, outcome, th in D2_R:
        g["resolutions"].append({"item": item, "text": text, "outcome": outcome, "themes": th})
    for _label, people in D2_ATT:
        for name, role, att in people:
            g["attendees"].append({"name": name, "role": role, "attendance": att})
    return g


# ---------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def source_text(path):
    if path.endswith(".docx"):
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def check():
    ok = True
    for gf in sorted(os.listdir(GOLD)):
        if not gf.startswith("az-"):
            continue
        g = json.load(open(os.path.join(GOLD, gf), encoding="utf-8"))
        src = norm(source_text(os.path.join(DOCS, g["document"])))
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for a in g.get("attendees", []):
            if norm(a["name"]).strip() not in src:
                print(f"{gf}: attendee not found: {a['name']}")
                ok = False
        for kind, p in phrases:
            n = len(norm(p).split())
            c = src.count(norm(p))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"{gf}: {kind} phrase count={c} words={n}: {p}")
        print(f"{gf}: items={len(g['items'])} questions={len(g['questions'])} "
              f"resolutions={len(g['resolutions'])} attendees={len(g['attendees'])}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_docx()
    build_txt()
    for name, g in ((D1, gold_d1()), (D2, gold_d2())):
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
