#!/usr/bin/env python3
"""Build the "bt-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_bt.py          build documents and gold
        build_bt.py --check  verify every gold phrase occurs once in its document
"""
import io, json, os, re, sys, datetime, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 4, 2, 9, 30, tzinfo=datetime.timezone.utc)


def norm(s):
    return re.sub(r"\s+", " ", re.sub(r"[^0-9a-z]+", " ", s.lower())).strip()


def phrase(text, start=0, n=10):
    w = text.split()[start:start + n]
    return " ".join(w).strip(" ,.;:()–-")


# ---------------------------------------------------------------------------
# Document 1: metropolitan borough Health Scrutiny Committee (PDF)
# ---------------------------------------------------------------------------
PDF_NAME = "bt-thornbury-mbc-health-scrutiny-2025-03-12.pdf"
PDF_COUNCIL = "Thornbury Metropolitan Borough Council"
PDF_ATT_LEFT = [
    ("Councillor M. Okonjo", "Chair", "present"),
    ("Councillor P. Haldane", "Vice-Chair", "present"),
    ("Councillor R. Abbasi", None, "present"),
    ("Councillor D. Fenwick", None, "present"),
    ("Councillor S. Gallagher", None, "present"),
    ("Councillor T. Mbeki-Rowe", None, "present"),
    ("Councillor J. Whitlock", None, "present"),
]
PDF_ATT_RIGHT = [
    ("Dr Hannah Caldicott", "Director of Public Health", "in_attendance"),
    ("Martin Sayer", "Director of Adult Social Care and Health Partnerships", "in_attendance"),
    ("Lorraine Betts", "Deputy Place Director, Thornbury Place, North Vale Integrated Care Board", "in_attendance"),
    ("Gareth Nuttall", "Head of Commissioning and Contract Management (People Directorate)", "in_attendance"),
    ("Priya Chandran", "Associate Director of Mental Health Transformation, Pennine Vale NHS Foundation Trust", "in_attendance"),
    ("Alison Rigby", "Democratic Services Officer", "in_attendance"),
]
PDF_APOLOGIES = [("Councillor K. Ormerod", None, "apologies"), ("Councillor L. Sutcliffe", None, "apologies")]

PDF_ITEMS = [
    {"num": "23", "title": "Apologies for Absence and Substitutions",
     "summary": "Apologies for absence were received from Councillor K. Ormerod and Councillor L. Sutcliffe. "
                "There were no substitute members.", "qs": [], "decision": None},
    {"num": "24", "title": "Declarations of Interest",
     "summary": "Councillor T. Mbeki-Rowe declared a non-pecuniary interest in Minute 26 as a volunteer "
                "with the Thornbury Hospital League of Friends. No other declarations were made.",
     "qs": [], "decision": None},
    {"num": "25", "title": "Minutes of the Previous Meeting",
     "summary": "The minutes of the meeting held on 22 January 2025 were submitted.", "qs": [],
     "decision": ("The Committee approved the minutes of the meeting held on 22 January 2025 "
                  "as a correct record, to be signed by the Chair.", "agreed", [])},
    {"num": "26", "title": "Urgent and Emergency Care: Winter Review 2024/25",
     "summary": "The Deputy Place Director, North Vale Integrated Care Board, presented a review of urgent and "
                "emergency care performance over the winter period, covering ambulance handover times at "
                "Thornbury General Hospital, the use of corridor care on the acute medical unit, the Same Day "
                "Emergency Care service and the virtual ward programme. Attendances at the emergency department "
                "had risen by six per cent compared with the previous winter.",
     "qs": [
         ("Cllr Haldane", "question",
          "Asked how many patients had been cared for in corridors during January and whether the ICB "
          "regarded this as an acceptable way of managing peak demand in the borough.",
          "Deputy Place Director, ICB",
          "Explained that on the worst day forty-one patients had been cared for in temporary escalation "
          "spaces; this was not regarded as acceptable and the Trust had set a target of eliminating "
          "corridor care by the autumn.", []),
         ("Cllr Abbasi", "concern",
          "Expressed concern that the virtual ward programme relied on a private digital monitoring "
          "company whose contract was due to expire in June, and asked what would happen after that date.",
          "Deputy Place Director, ICB",
          "Advised that the monitoring contract would be extended for twelve months while the ICB "
          "tested whether the service could be delivered by the Trust's own clinical staff.",
          ["privatisation", "subcontracting", "workforce"]),
         ("Cllr Whitlock", "question",
          "Queried whether delayed discharges to social care were the main cause of ambulances waiting "
          "outside the emergency department for longer than an hour.",
          "Director of Adult Social Care and Health Partnerships:",
          "Stated that the number of people medically fit for discharge and waiting for a care package "
          "had fallen to twenty-three, the lowest level for three years, and that flow through the "
          "hospital was now the larger constraint.", ["adult-social-care"]),
     ],
     "decision": ("The Committee noted the winter review and asked for a further report on corridor care "
                  "and ambulance handovers in September 2025.", "noted", [])},
    {"num": "27", "title": "Public Health Grant 2025/26 and Re-procurement of Integrated Lifestyle Services",
     "summary": "The Director of Public Health introduced a report setting out the allocation of the Public "
                "Health Grant for 2025/26 and the proposed re-procurement of the integrated lifestyle service, "
                "which brought together stop smoking support, weight management and the NHS Health Check "
                "programme. The current contract with a national provider would end on 31 March 2026. The report "
                "also summarised the findings of a resident survey of 640 people, which had identified "
                "evening and weekend access and face-to-face support as the priorities for a future service, alongside better links with GP practices and community pharmacies.",
     "qs": [
         ("Cllr Gallagher", "question",
          "Noted that the existing provider was a national company which had been awarded the contract "
          "in 2019 on the basis of price, and that the service had struggled for several years to reach "
          "residents in the most deprived wards of the borough, including Eastfield, Moor End and the "
          "Canal Side estates, where smoking rates remained almost double the national average and where "
          "uptake of NHS Health Checks was below thirty per cent. She asked whether the Council had "
          "considered bringing the lifestyle service back in-house rather than tendering it again, "
          "whether any options appraisal comparing in-house delivery, a partnership with the voluntary "
          "and community sector and a further competitive tender had been completed, and whether that "
          "appraisal would be shared with the Committee before the Cabinet took a decision in June.",
          "Director of Public Health:",
          "Confirmed that an options appraisal had been completed and that in-house delivery had been "
          "ruled out for 2026 because of the cost of transferring staff and the loss of national "
          "resources, but the appraisal would be circulated to all Members of the Committee.",
          ["privatisation", "subcontracting", "public-health", "health-inequality-placeholder"]),
         ("Cllr Fenwick", "request",
          "Requested that the new specification include a requirement for the provider to report "
          "outcomes by ward so that the Committee could see whether health inequalities were narrowing.",
          "Head of Commissioning and Contract Management:",
          "Agreed that ward-level reporting would be written into the key performance indicators and "
          "reported to the Committee twice a year.", ["public-health", "subcontracting", "governance"]),
         ("Cllr Okonjo", "question",
          "Sought clarification on whether the real-terms reduction in the Public Health Grant would "
          "result in any cut to sexual health or drug and alcohol treatment services this year.",
          "Director of Public Health:",
          "Replied that both services would be protected in 2025/26, with savings found from vacant "
          "posts and from ending two small grants to community organisations.",
          ["finance", "public-health", "workforce"]),
     ],
     "decision": ("The Committee recommended to Cabinet that the options appraisal for the integrated "
                  "lifestyle service be published alongside the Cabinet report in June 2025.", "recommended",
                  ["subcontracting", "public-health"])},
    {"num": "28", "title": "Community Mental Health Transformation Programme",
     "summary": "The Associate Director of Mental Health Transformation, Pennine Vale NHS Foundation Trust, "
                "gave an update on the new community mental health hubs, the integration of talking therapies "
                "with primary care and progress on reducing out-of-area placements.",
     "qs": [
         ("Cllr Mbeki-Rowe", "question",
          "Asked why waiting times for a first appointment with the adult community mental health team "
          "had increased to eighteen weeks despite the additional national investment.",
          "Associate Director of Mental Health Transformation:",
          "Explained that recruitment to psychologist and mental health nurse posts had been slower than "
          "planned and eleven posts remained vacant, although four appointments had been made in February.",
          ["mental-health", "workforce"]),
         ("Cllr Haldane", "comment",
          "Commented that carers and people with lived experience had told her they had not been "
          "involved in designing the new hubs and that the engagement events had been held in the daytime only.",
          "Associate Director of Mental Health Transformation:",
          "Acknowledged the criticism and undertook to hold evening sessions in each of the three "
          "localities with support from Healthwatch Thornbury.",
          ["mental-health", "patient-and-public-input"]),
     ],
     "decision": ("The Committee noted the update and asked that the Trust return in six months with "
                  "waiting time data broken down by locality.", "noted", ["mental-health"])},
    {"num": "29", "title": "Adult Social Care Workforce Strategy 2025-2028",
     "summary": "The Director of Adult Social Care and Health Partnerships presented the draft workforce "
                "strategy for the adult social care sector in the borough, including the independent home "
                "care and care home providers commissioned by the Council.",
     "qs": [
         ("Cllr Whitlock", "question",
          "Asked whether the Council would require commissioned home care providers to pay the Real "
          "Living Wage and how much that would cost the Council each year.",
          "Director of Adult Social Care and Health Partnerships:",
          "Said that the Real Living Wage would be a condition of the new home care framework from "
          "October 2025, at an estimated additional cost of £1.9 million a year.",
          ["workforce", "subcontracting", "finance", "adult-social-care"]),
         ("Cllr Abbasi", "concern",
          "Raised concern about the reliance on international recruitment and the reports of overseas "
          "care workers being charged fees by agencies.",
          None, None, ["workforce", "adult-social-care"]),
     ],
     "decision": ("The Committee endorsed the draft Adult Social Care Workforce Strategy 2025-2028 and "
                  "asked officers to include an ethical recruitment charter for providers.", "agreed",
                  ["workforce", "adult-social-care"])},
    {"num": "30", "title": "Work Programme 2025/26",
     "summary": "The Democratic Services Officer presented the draft work programme for the coming "
                "municipal year.", "qs": [],
     "decision": ("The Committee agreed the work programme for 2025/26, subject to the addition of a "
                  "report on NHS dentistry access in the borough.", "agreed", ["primary-care"])},
]
# fix a placeholder theme
for it in PDF_ITEMS:
    it["qs"] = [(a, k, q, r, ans, [t for t in th if t != "health-inequality-placeholder"])
                for (a, k, q, r, ans, th) in it["qs"]]
LONG_Q = ("27", 0)  # this question is placed to split across a page break


def build_pdf():
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("S", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, PDF_COUNCIL + " – Health Scrutiny Committee – 12 March 2025", align="L")
            self.cell(0, 4, "MINUTES", align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(18, 15, 192, 15)
            self.set_text_color(0, 0, 0)
            self.ln(5)

        def footer(self):
            self.set_y(-14)
            self.set_font("S", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(60, 4, "Chair's initials ........", align="L")
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_margins(18, 12, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_font("S", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("S", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("S", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.alias_nb_pages()
    pdf.add_page()
    src = []

    def para(txt, style="", size=10, h=5, align="J", after=2):
        pdf.set_font("S", style, size)
        pdf.multi_cell(0, h, txt, align=align, new_x="LMARGIN", new_y="NEXT")
        src.append(txt)
        if after:
            pdf.ln(after)

    para(PDF_COUNCIL.upper(), "B", 14, 7, "C", 0)
    para("HEALTH SCRUTINY COMMITTEE", "B", 12, 6, "C", 0)
    para("Minutes of the meeting held on Wednesday, 12 March 2025 at 6.30 pm in Committee Room 2, "
         "Thornbury Town Hall", "", 10, 5, "C", 4)
    # two-column attendance
    y0 = pdf.get_y()
    colw = 84
    pdf.set_font("S", "B", 10)
    pdf.set_xy(18, y0); pdf.cell(colw, 5, "PRESENT"); src.append("PRESENT")
    pdf.set_xy(18 + colw + 6, y0); pdf.cell(colw, 5, "IN ATTENDANCE"); src.append("IN ATTENDANCE")
    yl = y0 + 6
    pdf.set_font("S", "", 9)
    for n, r, _ in PDF_ATT_LEFT:
        t = n + (f" ({r})" if r else "")
        pdf.set_xy(18, yl); pdf.multi_cell(colw, 4.5, t); yl = pdf.get_y(); src.append(t)
    yr = y0 + 6
    for n, r, _ in PDF_ATT_RIGHT:
        pdf.set_xy(18 + colw + 6, yr)
        pdf.set_font("S", "B", 9); pdf.multi_cell(colw, 4.5, n); src.append(n)
        pdf.set_xy(18 + colw + 6, pdf.get_y())
        pdf.set_font("S", "I", 8.5); pdf.multi_cell(colw, 4.2, r); src.append(r)
        yr = pdf.get_y() + 1
    pdf.line(18 + colw + 3, y0, 18 + colw + 3, max(yl, yr))
    pdf.set_y(max(yl, yr) + 3)
    pdf.set_x(18)
    para("Apologies: " + ", ".join(n for n, _, _ in PDF_APOLOGIES) + ".", "", 9, 4.5, "L", 2)
    para("Also present: one member of the public and a representative of the Thornbury Gazette.",
         "", 9, 4.5, "L", 3)
    pdf.line(18, pdf.get_y(), 192, pdf.get_y()); pdf.ln(4)

    for it in PDF_ITEMS:
        if pdf.get_y() > 240:
            pdf.add_page()
        head = f"MINUTE {it['num']} | {it['title']}"
        para(head, "B", 11.5, 6, "L", 2)
        pdf.set_font("S", "B", 10); pdf.cell(0, 5, "Summary:", new_x="LMARGIN", new_y="NEXT"); src.append("Summary:")
        para(it["summary"], "", 10, 5, "J", 3)
        if it["qs"]:
            pdf.set_font("S", "B", 10); pdf.cell(0, 5, "Questions", new_x="LMARGIN", new_y="NEXT"); src.append("Questions")
            pdf.ln(1)
            for qi, (asker, kind, q, role, ans, th) in enumerate(it["qs"]):
                if (it["num"], qi) == LONG_Q:
                    # start the long question near the foot of the page so it splits
                    print("long question starts at y=%.1f on page %d" % (pdf.get_y(), pdf.page_no()))
                para(asker + ":", "B", 10, 5, "L", 0)
                para(q, "", 10, 5, "J", 2)
                if role:
                    r = role if role.endswith(":") else role + ":"
                    para(r, "B", 10, 5, "L", 0)
                    para(ans, "", 10, 5, "J", 3)
        if it["decision"]:
            txt = "Decision: " + it["decision"][0]
            pdf.set_font("S", "", 10)
            lines = pdf.multi_cell(170, 5, txt, dry_run=True, output="LINES")
            hgt = 5 * len(lines) + 4
            if pdf.get_y() + hgt > pdf.h - 20:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_fill_color(225, 225, 225)
            pdf.rect(18, y, 174, hgt, style="F")
            pdf.set_xy(20, y + 2)
            pdf.set_font("S", "B", 10)
            pdf.multi_cell(170, 5, txt, align="J", markdown=False)
            src.append(txt)
            pdf.set_y(y + hgt + 5)
    para("The meeting closed at 8.47 pm.", "", 10, 5, "L", 6)
    para("Chair ....................................        Date ....................", "", 10, 5, "L", 0)
    pdf.output(os.path.join(DOCS, PDF_NAME))
    return "\n".join(src)


def pdf_gold():
    g = {"document": PDF_NAME, "doc_type": "minutes", "committee": "Health Scrutiny Committee",
         "meeting_date": "2025-03-12", "items": [], "questions": [], "resolutions": [], "attendees": []}
    for it in PDF_ITEMS:
        g["items"].append({"number": it["num"], "title": it["title"]})
        for asker, kind, q, role, ans, th in it["qs"]:
            start = 1 if q.split()[0] in ("Asked", "Queried", "Requested", "Noted", "Commented", "Raised",
                                          "Expressed", "Sought") else 0
            g["questions"].append({
                "item": it["num"], "kind": kind, "text": phrase(q, 0, 12),
                "asked_by": asker, "answer": phrase(ans, 0, 12) if ans else None,
                "given_by": role.rstrip(":") if role else None, "themes": th})
        if it["decision"]:
            t, o, th = it["decision"]
            g["resolutions"].append({"item": it["num"], "text": phrase(t, 0, 12), "outcome": o, "themes": th})
    for n, r, a in PDF_ATT_LEFT + PDF_ATT_RIGHT + PDF_APOLOGIES:
        g["attendees"].append({"name": n, "role": r, "attendance": a})
    return g


# ---------------------------------------------------------------------------
# Document 2: county Children and Young People Scrutiny Committee (DOCX)
# ---------------------------------------------------------------------------
DOCX_NAME = "bt-wessington-cc-children-young-people-scrutiny-2025-06-19.docx"
DOCX_MEMBERS = [
    ("County Councillor Fiona Larkham", "Chairman", "present"),
    ("County Councillor Edward Pym", "Vice-Chairman", "present"),
    ("County Councillor Amira Haddad", None, "present"),
    ("County Councillor Colin Brereton", None, "present"),
    ("County Councillor Rachel Tewson", None, "present"),
    ("County Councillor Neil Ashworth", None, "present"),
    ("Mrs Joan Phillimore", "Church of England Diocesan representative (co-opted)", "present"),
]
DOCX_SUBS = [("County Councillor Peter Quayle", "substitute for County Councillor Diane Marsh", "present")]
DOCX_APOL = [("County Councillor Diane Marsh", None, "apologies"),
             ("Mr Dev Kothari", "Parent Governor representative (co-opted)", "apologies")]
DOCX_OFFICERS = [
    ("Sarah Whitcombe", "Executive Director for Children, Families and Lifelong Learning", "in_attendance"),
    ("Tom Ellery", "Assistant Director, Education, Inclusion and Special Educational Needs", "in_attendance"),
    ("Bridget Kane", "Head of Children's Placements, Sufficiency and Commissioning", "in_attendance"),
    ("Dr Olu Adebayo", "Clinical Director, Children and Young People's Mental Health, Wessington ICB", "in_attendance"),
    ("Laura Finch", "Senior Democratic Services Officer", "in_attendance"),
]

DOCX_ITEMS = [
    {"num": "CYP/25/07", "title": "Apologies, Substitutions and Declarations of Interest",
     "paras": ["Apologies were received from County Councillor Diane Marsh, for whom County Councillor "
               "Peter Quayle attended as substitute, and from Mr Dev Kothari.",
               "County Councillor Rachel Tewson declared a personal interest in item CYP/25/09 as the parent "
               "of a child with an Education, Health and Care Plan."],
     "qa": [], "resolved": None},
    {"num": "CYP/25/08", "title": "Minutes of the Meeting held on 10 April 2025",
     "paras": [], "qa": [],
     "resolved": (["the minutes of the meeting held on 10 April 2025 be confirmed as a correct record "
                   "and signed by the Chairman."], "agreed", [])},
    {"num": "CYP/25/09", "title": "SEND Sufficiency and the Timeliness of Education, Health and Care Plans",
     "paras": ["The Assistant Director, Education, Inclusion and Special Educational Needs presented a report on "
               "the number of new Education, Health and Care Plans issued within the statutory twenty-week "
               "timescale, which had fallen to 38 per cent, and on the SEND sufficiency plan for additional "
               "specialist places. The high needs block deficit stood at £41.6 million."],
     "qa": [
         ("County Councillor Haddad asked why the proportion of plans issued within twenty weeks had fallen "
          "so sharply since the autumn term.",
          "The Assistant Director said the fall reflected a backlog of educational psychology assessments, "
          "with four of the eleven psychologist posts vacant.",
          "question", "County Councillor Haddad", "Assistant Director", ["children-and-families", "workforce"]),
         ("County Councillor Brereton questioned whether the Council was paying too much for placements at "
          "independent special schools owned by private equity firms.",
          "Officers confirmed that 212 children attended independent non-maintained schools at an average "
          "annual fee of £68,000, and a benchmarking exercise was under way.",
          "concern", "County Councillor Brereton", None, ["children-and-families", "privatisation", "finance"]),
         ("Mrs Phillimore requested that parents be involved in reviewing the letters and templates "
          "used during the assessment process.",
          "The Assistant Director agreed to invite the Wessington Parent Carer Forum to co-produce revised "
          "templates before September.",
          "request", "Mrs Phillimore", "Assistant Director", ["patient-and-public-input", "children-and-families"]),
     ],
     "resolved": (["the report be noted;",
                   "a further report on EHCP timeliness, including an action plan to clear the assessment "
                   "backlog, be brought to the Committee in November 2025; and",
                   "the Committee's concern about the size of the high needs deficit be reported to the "
                   "Cabinet Member for Education and Skills."], "noted", ["children-and-families", "finance"])},
    {"num": "CYP/25/10", "title": "Commissioning of Children's Residential Care Placements",
     "paras": ["The Head of Children's Placements, Sufficiency and Commissioning introduced a report on the "
               "proposed regional framework for residential children's home placements and the Council's "
               "plan to open three small in-house children's homes by 2027."],
     "qa": [
         ("County Councillor Pym asked how many children in care were currently placed outside the county "
          "and how far from home the most distant placements were.",
          "The Head of Children's Placements replied that 58 children were placed out of county, the furthest "
          "being in Northumberland, some 290 miles away.",
          "question", "County Councillor Pym", "Head of Children's Placements", ["children-and-families"]),
         ("County Councillor Ashworth expressed concern that the largest providers on the framework were "
          "owned by investment funds making profits from public money.",
          "The Executive Director acknowledged the concern and said that building in-house capacity was the "
          "Council's main lever to reduce reliance on the private market.",
          "concern", "County Councillor Ashworth", "Executive Director", ["privatisation", "subcontracting", "children-and-families"]),
         ("County Councillor Quayle asked whether the Ofsted ratings of homes would be taken into account "
          "when awarding places under the framework.",
          "Officers explained that no placement would be made with a home rated inadequate, and quality "
          "carried sixty per cent of the tender evaluation.",
          "question", "County Councillor Quayle", None, ["governance", "subcontracting", "children-and-families"]),
     ],
     "resolved": (["the Committee supports the Council joining the regional residential placements framework;",
                   "the Cabinet be recommended to accelerate the programme of in-house children's homes; and",
                   "quarterly data on placement costs and distances be included in the performance report."],
                  "recommended", ["children-and-families", "privatisation", "subcontracting"])},
    {"num": "CYP/25/11", "title": "Children's Social Care Workforce",
     "paras": ["The Executive Director presented an update on recruitment and retention of children's social "
               "workers, including the Council's new social work academy and the use of agency staff."],
     "qa": [
         ("County Councillor Tewson asked what proportion of children's social workers in the county were "
          "currently employed through agencies.",
          "The Executive Director said agency workers made up 19 per cent of the qualified workforce, down "
          "from 27 per cent a year earlier.",
          "question", "County Councillor Tewson", "Executive Director", ["workforce", "children-and-families"]),
         ("County Councillor Larkham sought clarification of the average caseload held by newly qualified "
          "social workers in the academy.",
          "Officers advised that newly qualified workers held a protected caseload of no more than fifteen "
          "children during their first year.",
          "question", "County Councillor Larkham", None, ["workforce", "children-and-families"]),
     ],
     "resolved": (["the progress made in reducing reliance on agency social workers be noted."], "noted",
                  ["workforce", "children-and-families"])},
    {"num": "CYP/25/12", "title": "Children and Young People's Mental Health Services (CAMHS)",
     "paras": ["Dr Olu Adebayo, Clinical Director, Wessington ICB, gave a presentation on waiting times for "
               "specialist child and adolescent mental health services, the Mental Health Support Teams in "
               "schools and the new eating disorders pathway."],
     "qa": [
         ("County Councillor Haddad asked how long a young person referred today would wait for a first "
          "specialist CAMHS appointment.",
          "Dr Adebayo said the median wait was currently 21 weeks, although urgent referrals were seen within "
          "seventy-two hours.",
          "question", "County Councillor Haddad", "Dr Adebayo", ["mental-health", "children-and-families"]),
         ("County Councillor Brereton asked whether the Mental Health Support Teams would be extended to "
          "the rural secondary schools in the west of the county.",
          "Dr Adebayo confirmed that bids had been submitted for two further teams covering the western "
          "schools, with national funding expected in the autumn.",
          "question", "County Councillor Brereton", "Dr Adebayo", ["mental-health", "children-and-families", "finance"]),
     ],
     "resolved": (["the presentation be noted; and",
                   "the ICB be asked to share the CAMHS recovery trajectory with all Members of the Committee."],
                  "noted", ["mental-health", "children-and-families"])},
    {"num": "CYP/25/13", "title": "Work Programme",
     "paras": ["The Senior Democratic Services Officer presented the Committee's work programme."],
     "qa": [],
     "resolved": (["the work programme be approved, with the addition of an item on school exclusions "
                   "at the September meeting."], "agreed", ["children-and-families"])},
]


def build_docx():
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    cp = d.core_properties
    cp.created = datetime.datetime(2025, 6, 24, 10, 0)
    cp.modified = datetime.datetime(2025, 6, 24, 10, 0)
    cp.last_modified_by = "Democratic Services"
    cp.author = "Democratic Services"
    cp.title = "Minutes"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Arial"; st.font.size = Pt(11)
    src = []
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Wessington County Council – Children and Young People Scrutiny Committee – 19 June 2025"
    fp = sec.footer.paragraphs[0]
    fp.text = "Chairman's initials ..........                                        Minutes – Page "
    fp.alignment = WD_ALIGN_PARAGRAPH.LEFT

    def p(text, bold=False, center=False, style=None, label=None):
        para = d.add_paragraph(style=style)
        if label:
            r = para.add_run(label); r.bold = True
        r = para.add_run(text); r.bold = bold
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        src.append((label or "") + text)
        return para

    p("WESSINGTON COUNTY COUNCIL", bold=True, center=True)
    p("CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE", bold=True, center=True)
    p("MINUTES of a meeting held at County Hall, Wessington on Thursday, 19 June 2025 at 10.00 am", center=True)

    def fmt(lst):
        return "; ".join(n + (f" ({r})" if r else "") for n, r, _ in lst) + "."
    p(fmt(DOCX_MEMBERS), label="Members: ")
    p("County Councillor Peter Quayle (substitute for County Councillor Diane Marsh).", label="Substitutes: ")
    p(fmt(DOCX_APOL), label="Apologies: ")
    p(", ".join(f"{n} ({r})" for n, r, _ in DOCX_OFFICERS) + ".", label="Officers: ")

    for it in DOCX_ITEMS:
        para = d.add_paragraph()
        para.paragraph_format.space_before = Pt(12)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
        r = para.add_run(it["num"]); r.bold = True
        para.add_run("\t")
        r = para.add_run(it["title"].upper()); r.bold = True
        src.append(it["num"] + "\t" + it["title"].upper())
        for t in it["paras"]:
            q = p(t); q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if it["qa"]:
            p("Members asked:")
            for q in it["qa"]:
                p(q[0], style="List Bullet")
            p("Officers responded:")
            for q in it["qa"]:
                p(q[1], style="List Bullet")
        if it["resolved"]:
            clauses = it["resolved"][0]
            r = d.add_paragraph(); rr = r.add_run("Resolved that:"); rr.bold = True
            src.append("Resolved that:")
            if len(clauses) == 1:
                q = p(clauses[0]); q.paragraph_format.left_indent = Cm(1)
            else:
                for i, c in enumerate(clauses):
                    q = p(f"({'abcdefg'[i]})\t{c}")
                    q.paragraph_format.left_indent = Cm(1)
                    q.paragraph_format.first_line_indent = Cm(-0.8)
    p("The meeting ended at 12.52 pm.")
    p("CHAIRMAN")
    buf = io.BytesIO()
    d.save(buf)
    with open(os.path.join(DOCS, DOCX_NAME), "wb") as out:
        out.write(_fixed_zip(buf.getvalue()))
    return "\n".join(src)


def _fixed_zip(data):
    """Re-pack a zip with fixed timestamps so the build is byte-for-byte repeatable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 24, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_gold():
    g = {"document": DOCX_NAME, "doc_type": "minutes",
         "committee": "Children and Young People Scrutiny Committee",
         "meeting_date": "2025-06-19", "items": [], "questions": [], "resolutions": [], "attendees": []}
    for it in DOCX_ITEMS:
        g["items"].append({"number": it["num"], "title": it["title"]})
        for q, a, kind, asker, giver, th in it["qa"]:
            g["questions"].append({"item": it["num"], "kind": kind, "text": phrase(q, 0, 12),
                                   "asked_by": asker, "answer": phrase(a, 0, 12),
                                   "given_by": giver, "themes": th})
        if it["resolved"]:
            cl, o, th = it["resolved"]
            g["resolutions"].append({"item": it["num"], "text": phrase(cl[0], 0, 12) if len(cl) == 1 else phrase(cl[1], 0, 12),
                                     "outcome": o, "themes": th})
    for n, r, a in DOCX_MEMBERS + DOCX_SUBS + DOCX_APOL + DOCX_OFFICERS:
        g["attendees"].append({"name": n, "role": r, "attendance": a})
    return g


def extracted(path):
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    import docx
    return "\n".join(p.text for p in docx.Document(path).paragraphs)


def check(g, src, path):
    bad = 0
    texts = [norm(src), norm(extracted(path))]
    phrases = []
    for q in g["questions"]:
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in g["resolutions"]:
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        n = len(ph.split())
        if not 6 <= n <= 15:
            print("LENGTH", n, ph); bad += 1
        for t in texts:
            c = len(re.findall(r"(?<![0-9a-z])" + re.escape(norm(ph)) + r"(?![0-9a-z])", t))
            if c != 1:
                print(f"{os.path.basename(path)}: {kind} found {c}x: {ph}"); bad += 1
    return bad


def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    bad = 0
    for build, gold, name in ((build_pdf, pdf_gold, PDF_NAME), (build_docx, docx_gold, DOCX_NAME)):
        src = build()
        g = gold()
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
        print(name, "items", len(g["items"]), "questions", len(g["questions"]),
              "resolutions", len(g["resolutions"]), "attendees", len(g["attendees"]))
        if "--check" in sys.argv:
            bad += check(g, src, os.path.join(DOCS, name))
    if "--check" in sys.argv:
        print("CHECK", "FAILED" if bad else "PASSED")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
