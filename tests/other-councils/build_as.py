#!/usr/bin/env python3
"""Build the "as-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_as.py [--check]
"""
import json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 6, 25, 9, 0, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"


def norm(s):
    s = s.replace(SHY, "").replace("**", "").lower()
    s = re.sub(r"[^\w]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def shy(text):
    """Insert soft hyphens into long words so justified lines hyphenate."""
    def fix(m):
        w = m.group(0)
        if len(w) < 10:
            return w
        V = "aeiouy"
        mid = len(w) // 2
        cands = [k for k in range(3, len(w) - 3)
                 if w[k - 1] not in V and w[k] not in V and w[k + 1] in V and w[k - 2] in V]
        if not cands:
            return w
        k = min(cands, key=lambda c: abs(c - mid))
        return w[:k] + SHY + w[k:]
    return re.sub(r"[A-Za-z]{10,}", fix, text)


# ---------------------------------------------------------------- document 1
D1 = "as-northbridge-city-council-hasc-commission-2025-06-18.pdf"
D1_BLOCKS = []  # (kind, text)


def d1_content():
    B = []
    a = B.append
    a(("item", "HASC/25/17", "Apologies and Substitutions"))
    a(("p", "Apologies for absence had been received from Cllr Lomax and Cllr Mistry. Cllr Parry attended as substitute for Cllr Lomax for the duration of the meeting."))
    a(("item", "HASC/25/18", "Declarations of Interest"))
    a(("p", "The following declarations were made and are recorded in the table below. No Commissioner declared a disclosable pecuniary interest."))
    a(("table", [["Commissioner", "Minute", "Nature of interest"],
                 ["Cllr Okoro", "HASC/25/20", "Other registrable interest – a close family member is employed as a staff nurse by Northbridge Teaching Hospitals NHS Trust"],
                 ["Cllr Whitlow", "HASC/25/21", "Non-registrable interest – volunteer trustee of Northbridge Carers' Centre, which receives a council grant"]]))
    a(("item", "HASC/25/19", "Minutes of the Previous Meeting"))
    a(("p", "The minutes of the meeting of the Commission held on 23 April 2025 were submitted."))
    a(("agreed", ["That the minutes of the meeting held on 23 April 2025 be confirmed as a correct record and signed by the Chair."]))
    a(("item", "HASC/25/20", "Winter Pressures and Urgent Care: Review of 2024/25"))
    a(("p", "The Commission considered a joint report of Northbridge Teaching Hospitals NHS Trust and the Northbridge and Wealdshire Integrated Care Board reviewing performance across the urgent and emergency care system over the winter period. The Chief Nurse introduced the report and highlighted that the four-hour standard had been met for 71 per cent of attendances against a national ambition of 78 per cent."))
    a(("sub", "Questions from Commissioners"))
    a(("p", "**Cllr Byrne** queried why corridor care had continued at the Royal Northbridge site throughout February when the Trust had said escalation beds would remove the need for it."))
    a(("p", "The Chief Nurse advised that the escalation ward had opened as planned but that norovirus outbreaks had closed 46 beds for eleven days, and that corridor care had been used only under a signed-off standard operating procedure with a nurse allocated to every patient."))
    a(("p", "**Cllr Patel** asked how many registered nurse vacancies remained in the emergency department and how far the Trust was relying on agency staff to cover night shifts."))
    a(("p", "The Chief Nurse advised that the department carried 19 whole-time equivalent vacancies, down from 34 a year earlier, and that agency use on nights had fallen to around 9 per cent of shifts following an international recruitment campaign."))
    a(("p", "**Cllr Marsh** expressed concern that patients medically fit for discharge were still waiting several days for a care package, and sought clarification on the average delay."))
    a(("p", "The Chief Nurse advised that on an average day 58 patients had no criteria to reside, with a median wait of four days, and that the largest single cause was waiting for home care in the rural north of the county."))
    a(("sub", "Response from the ICB"))
    a(("p", "**Cllr Fenwick** asked whether the ICB would continue funding the urgent treatment centre at Wealdshire Community Hospital overnight, given rumours locally that the overnight service was to be withdrawn."))
    a(("p", "The Director of Urgent and Emergency Care advised that no decision had been taken, that overnight use averaged fewer than six patients, and that any proposal to change opening hours would be brought to the Commission before public consultation began."))
    a(("p", "**Cllr Parry** requested that the ICB publish the results of its patient experience survey of the virtual ward service so that residents could see how it was working."))
    a(("p", "The Director of Urgent and Emergency Care advised that the survey findings would be published on the ICB website in July and circulated to Commissioners beforehand."))
    a(("sub", "Commission's conclusions"))
    a(("p", "The Chair summarised that Commissioners recognised the improvement in twelve-hour waits but remained concerned about corridor care and discharge delays,."))
    a(("agreed", ["That the report be noted and the improvement in twelve-hour waits be acknowledged.",
                  "That the Trust, the ICB and the Council be asked to present a single joint winter plan for 2025/26 to the Commission in October 2025.",
                  "That the ICB bring any proposal affecting overnight opening of the urgent treatment centre to the Commission before it is consulted upon."]))
    a(("item", "HASC/25/21", "Recommissioning of Home Care Services"))
    a(("p", "The Strategic Director of Adult Social Care and Health Integration presented a report setting out the proposed approach to recommissioning home care when the current framework expires in March 2026. It proposed eight geographical zones, each with a lead provider on a five-year contract, and a small in-house rapid response service."))
    a(("sub", "Questions from Commissioners"))
    a(("p", "**Cllr Whitlow** questioned whether awarding eight zone contracts would simply hand the market to large national companies at the expense of small local providers."))
    a(("p", "The Head of Commissioning and Market Management advised that the tender would be split into lots sized so that local firms could bid, that social value would carry 20 per cent of the evaluation, and that consortium bids would be permitted."))
    a(("p", "**Cllr Marsh** asked what hourly rate the Council would pay providers under the new contracts and whether it would allow care workers to be paid the real Living Wage."))
    a(("p", "The Head of Commissioning and Market Management advised that the indicative rate was £24.60 an hour, which had been modelled to fund the real Living Wage plus mileage, and that payment of it would be a contractual requirement monitored through quarterly returns."))
    a(("p", "**Cllr Byrne** queried whether the Council had considered bringing more of the service back in-house rather than relying on private providers for almost all home care."))
    a(("p", "The Strategic Director advised that a full in-house service had been costed in the options appraisal at around £3.1 million a year more than the preferred option, but that the in-house rapid response team would be expanded from 14 to 22 staff."))
    a(("p", "**Cllr Patel** expressed concern that people who currently receive care, and their families, had not yet been asked for their views on the zone model."))
    a(("p", "The Cabinet Member for Adults and Health advised that a twelve-week engagement exercise with people who draw on care and carers would begin in July and its findings would shape the service specification."))
    a(("agreed", ["That the proposed zonal model for home care be supported in principle.",
                  "That the Cabinet be recommended to require payment of the real Living Wage as a condition of every home care contract.",
                  "That the findings of the engagement with people who draw on care be reported to the Commission before the tender is issued.",
                  "That the options appraisal, including the costing of a fully in-house service, be circulated to all Commissioners.",
                  "That a Commissioner briefing on contract monitoring arrangements be held in September 2025."]))
    a(("item", "HASC/25/22", "Public Health Grant 2025/26 and Substance Misuse Services"))
    a(("p", "The Director of Public Health presented the allocation of the public health grant for 2025/26, which had increased by 5.1 per cent, and an update on the drug and alcohol treatment service, whose contract with the current provider ends in March 2027."))
    a(("sub", "Questions from Commissioners"))
    a(("p", "**Cllr Fenwick** asked how much of the grant increase would be absorbed by the NHS pay award for staff employed by commissioned providers."))
    a(("p", "The Director of Public Health advised that around £1.2 million of the £1.9 million increase would pass to providers to meet the pay award, leaving limited room for new prevention work."))
    a(("p", "**Cllr Okoro** raised concerns that the stop smoking service had been reduced in the two most deprived wards even though smoking prevalence there remained above 20 per cent."))
    a(("p", "**Cllr Parry** requested that waiting times for alcohol treatment be reported to the Commission by ward, so that health inequalities between neighbourhoods could be tracked."))
    a(("p", "The Director of Public Health advised that ward-level data could be provided from the next quarterly report, with small numbers suppressed to protect confidentiality."))
    a(("agreed", ["That the allocation of the public health grant for 2025/26 be noted.",
                  "That ward-level waiting times for alcohol treatment be included in future quarterly performance reports.",
                  "That the Director of Public Health provide a written briefing on stop smoking provision in Eastgate and Harrow Fields wards."]))
    a(("item", "HASC/25/23", "Commission Work Programme 2025/26"))
    a(("p", "The Scrutiny Officer presented the draft work programme. **Cllr Whitlow** requested that an item on dementia diagnosis rates and post-diagnostic support be added for the January meeting."))
    a(("agreed", ["That the work programme for 2025/26 be approved, subject to the addition of an item on dementia diagnosis and support in January 2026."]))
    a(("p", "The meeting began at 5.30 pm and ended at 8.05 pm."))
    return B


D1_ATT = [
    ("Commissioners present", ["Councillor Amara Okoro (Chair)", "Councillor Peter Fenwick (Vice-Chair)", "Councillor Joanne Byrne",
                               "Councillor Ellen Marsh", "Councillor Rakesh Patel", "Councillor Sian Parry (substitute for Councillor Lomax)",
                               "Councillor Tom Whitlow"]),
    ("Also in attendance", ["Councillor Gareth Lunn – Cabinet Member for Adults and Health",
                            "Helen Achebe – Chief Nurse, Northbridge Teaching Hospitals NHS Trust",
                            "Marcus Dyer – Director of Urgent and Emergency Care, Northbridge and Wealdshire Integrated Care Board",
                            "Dr Priya Sandhu – Director of Public Health",
                            "Claire Rowntree – Strategic Director of Adult Social Care and Health Integration",
                            "Simon Keele – Head of Commissioning and Market Management (Adults)",
                            "Liam Oduya – Scrutiny Officer"]),
    ("Apologies", ["Councillor Harriet Lomax", "Councillor Dev Mistry"]),
]


def d1_source():
    out = []
    for b in d1_content():
        if b[0] == "item":
            out += [b[1], b[2]]
        elif b[0] in ("p", "sub"):
            out.append(b[1])
        elif b[0] == "table":
            out += [" ".join(r) for r in b[1]]
        elif b[0] == "agreed":
            out.append("AGREED:")
            out += ["%d. %s" % (i + 1, t) for i, t in enumerate(b[1])]
    for h, names in D1_ATT:
        out.append(h)
        out += names
    return "\n".join(out)


def build_d1():
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("DV", "", 8)
            self.set_text_color(90)
            self.cell(0, 4, "Northbridge City Council", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, "Health and Adult Social Care Scrutiny Commission – Wednesday, 18 June 2025",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0)

        def footer(self):
            self.set_y(-16)
            self.set_font("DV", "", 8)
            self.set_text_color(90)
            self.cell(85, 4, "Page %d of {nb}" % self.page_no())
            self.cell(85, 4, "Chair's initials ..........", align="R")
            self.set_text_color(0)

    pdf = PDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health and Adult Social Care Scrutiny Commission - 18 June 2025")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.add_font("DV", "BI", FONT + "DejaVuSans-BoldOblique.ttf")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DV", "B", 13)
    pdf.multi_cell(0, 6, "Health and Adult Social Care Scrutiny Commission", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 5, "Minutes of the meeting held on Wednesday, 18 June 2025 at 5.30 pm\nin Committee Room 2, City Hall, Northbridge",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DV", "I", 8.5)
    pdf.multi_cell(0, 4.2, "A record of attendance appears at the end of these minutes.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    W = 170
    for b in d1_content():
        k = b[0]
        if k == "item":
            if pdf.get_y() > 235:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("DV", "B", 9)
            pdf.set_text_color(60)
            pdf.cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0)
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(0, 5.5, b[2].upper(), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "sub":
            pdf.set_font("DV", "BIU", 10)
            pdf.cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "p":
            pdf.set_font("DV", "", 10)
            pdf.multi_cell(0, 5, shy(b[1]), align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "table":
            pdf.set_font("DV", "", 9)
            with pdf.table(col_widths=(35, 25, 110), text_align="LEFT", line_height=4.6) as t:
                for r in b[1]:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
        elif k == "agreed":
            pdf.set_font("DV", "B", 10)
            pdf.cell(0, 5, "AGREED:", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            pdf.set_font("DV", "", 10)
            for i, t in enumerate(b[1]):
                y = pdf.get_y()
                if y > 262:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_x(26)
                pdf.cell(8, 5, "%d." % (i + 1))
                pdf.multi_cell(W - 14, 5, shy(t), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            pdf.ln(2)
    # attendance at the end
    pdf.ln(4)
    pdf.set_font("DV", "B", 11)
    pdf.cell(0, 6, "RECORD OF ATTENDANCE", new_x="LMARGIN", new_y="NEXT")
    for h, names in D1_ATT:
        pdf.set_font("DV", "B", 10)
        pdf.cell(0, 6, h + ":", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 10)
        if h == "Commissioners present":
            pdf.multi_cell(0, 5, "; ".join(names) + ".", align="J", new_x="LMARGIN", new_y="NEXT")
        else:
            for n in names:
                pdf.set_x(26)
                pdf.multi_cell(W - 6, 5, n, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(6)
    pdf.cell(0, 5, "Chair ......................................   Date ....................", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(DOCS, D1))


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def at(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


def gold_d1():
    return {
        "document": D1, "doc_type": "minutes",
        "committee": "Health and Adult Social Care Scrutiny Commission", "meeting_date": "2025-06-18",
        "items": [{"number": "HASC/25/17", "title": "Apologies and Substitutions"},
                  {"number": "HASC/25/18", "title": "Declarations of Interest"},
                  {"number": "HASC/25/19", "title": "Minutes of the Previous Meeting"},
                  {"number": "HASC/25/20", "title": "Winter Pressures and Urgent Care: Review of 2024/25"},
                  {"number": "HASC/25/21", "title": "Recommissioning of Home Care Services"},
                  {"number": "HASC/25/22", "title": "Public Health Grant 2025/26 and Substance Misuse Services"},
                  {"number": "HASC/25/23", "title": "Commission Work Programme 2025/26"}],
        "questions": [
            q("HASC/25/20", "question", "queried why corridor care had continued at the Royal Northbridge site",
              "Cllr Byrne", "norovirus outbreaks had closed 46 beds for eleven days", "The Chief Nurse", ["governance"]),
            q("HASC/25/20", "question", "asked how many registered nurse vacancies remained in the emergency department",
              "Cllr Patel", "the department carried 19 whole-time equivalent vacancies, down from 34", "The Chief Nurse", ["workforce"]),
            q("HASC/25/20", "concern", "patients medically fit for discharge were still waiting several days for a care package",
              "Cllr Marsh", "on an average day 58 patients had no criteria to reside", "The Chief Nurse", ["adult-social-care"]),
            q("HASC/25/20", "question", "asked whether the ICB would continue funding the urgent treatment centre",
              "Cllr Fenwick", "overnight use averaged fewer than six patients", "The Director of Urgent and Emergency Care", ["finance", "patient-and-public-input"]),
            q("HASC/25/20", "request", "requested that the ICB publish the results of its patient experience survey",
              "Cllr Parry", "the survey findings would be published on the ICB website in July", "The Director of Urgent and Emergency Care", ["patient-and-public-input"]),
            q("HASC/25/21", "question", "questioned whether awarding eight zone contracts would simply hand the market to large national companies",
              "Cllr Whitlow", "the tender would be split into lots sized so that local firms could bid", "The Head of Commissioning and Market Management",
              ["subcontracting", "privatisation", "adult-social-care"]),
            q("HASC/25/21", "question", "asked what hourly rate the Council would pay providers under the new contracts",
              "Cllr Marsh", "the indicative rate was £24.60 an hour", "The Head of Commissioning and Market Management",
              ["subcontracting", "workforce", "finance", "adult-social-care"]),
            q("HASC/25/21", "question", "considered bringing more of the service back in-house rather than relying on private providers",
              "Cllr Byrne", "a full in-house service had been costed in the options appraisal", "The Strategic Director",
              ["privatisation", "finance", "adult-social-care"]),
            q("HASC/25/21", "concern", "people who currently receive care, and their families, had not yet been asked",
              "Cllr Patel", "a twelve-week engagement exercise with people who draw on care and carers", "The Cabinet Member for Adults and Health",
              ["patient-and-public-input", "adult-social-care"]),
            q("HASC/25/22", "question", "asked how much of the grant increase would be absorbed by the NHS pay award",
              "Cllr Fenwick", "around £1.2 million of the £1.9 million increase would pass to providers", "The Director of Public Health",
              ["finance", "workforce", "public-health"]),
            q("HASC/25/22", "concern", "the stop smoking service had been reduced in the two most deprived wards",
              "Cllr Okoro", None, None, ["public-health"]),
            q("HASC/25/22", "request", "requested that waiting times for alcohol treatment be reported to the Commission by ward",
              "Cllr Parry", "ward-level data could be provided from the next quarterly report", "The Director of Public Health",
              ["public-health"]),
            q("HASC/25/23", "request", "requested that an item on dementia diagnosis rates and post-diagnostic support be added",
              "Cllr Whitlow", None, None, ["mental-health"]),
        ],
        "resolutions": [
            r("HASC/25/19", "the minutes of the meeting held on 23 April 2025 be confirmed", "agreed", []),
            r("HASC/25/20", "That the report be noted and the improvement in twelve-hour waits be acknowledged", "agreed", ["governance"]),
            r("HASC/25/21", "That the proposed zonal model for home care be supported in principle", "agreed",
              ["subcontracting", "adult-social-care", "workforce", "patient-and-public-input", "privatisation"]),
            r("HASC/25/22", "That the allocation of the public health grant for 2025/26 be noted", "agreed", ["public-health", "finance"]),
            r("HASC/25/23", "That the work programme for 2025/26 be approved, subject to the addition", "agreed", ["mental-health"]),
        ],
        "attendees": [
            at("Councillor Amara Okoro", "Chair", "present"),
            at("Councillor Peter Fenwick", "Vice-Chair", "present"),
            at("Councillor Joanne Byrne", None, "present"),
            at("Councillor Ellen Marsh", None, "present"),
            at("Councillor Rakesh Patel", None, "present"),
            at("Councillor Sian Parry", "substitute for Councillor Lomax", "present"),
            at("Councillor Tom Whitlow", None, "present"),
            at("Councillor Gareth Lunn", "Cabinet Member for Adults and Health", "in_attendance"),
            at("Helen Achebe", "Chief Nurse, Northbridge Teaching Hospitals NHS Trust", "in_attendance"),
            at("Marcus Dyer", "Director of Urgent and Emergency Care, Northbridge and Wealdshire Integrated Care Board", "in_attendance"),
            at("Dr Priya Sandhu", "Director of Public Health", "in_attendance"),
            at("Claire Rowntree", "Strategic Director of Adult Social Care and Health Integration", "in_attendance"),
            at("Simon Keele", "Head of Commissioning and Market Management (Adults)", "in_attendance"),
            at("Liam Oduya", "Scrutiny Officer", "in_attendance"),
            at("Councillor Harriet Lomax", None, "apologies"),
            at("Councillor Dev Mistry", None, "apologies"),
        ],
    }


# ---------------------------------------------------------------- document 2
D2 = "as-ashcombe-district-council-overview-scrutiny-2025-07-08.docx"
D2_ATT = ("PRESENT: Councillors M Thornbury (Chairman), K Adeyemi (Vice-Chairman), L Cartwright, D Halloran, "
          "P Ingham, S Jessop, R Nuttall and F Varga.  ALSO PRESENT: Councillor G Pennock (Portfolio Holder for Housing "
          "and Communities) and Councillor A Rudd (Portfolio Holder for Leisure and Wellbeing); Ms T Okafor (Associate "
          "Director of Primary Care, Wealdshire and Fenmoor Integrated Care Board).  OFFICERS: Mr J Barraclough (Assistant "
          "Director – Housing, Homelessness and Private Sector Standards), Mrs H Quayle (Leisure Contracts and Client "
          "Services Manager), Mr N Desai (Senior Democratic Services and Scrutiny Officer).")

# each minute: number, title, list of rows (each row = list of paragraphs)
D2_MIN = [
    ("9", "APOLOGIES FOR ABSENCE AND SUBSTITUTES", [[
        "Apologies for absence were received from Councillors B Lister and W Oyelaran. Councillor F Varga attended as substitute for Councillor Lister."]]),
    ("10", "DECLARATIONS OF INTEREST", [[
        "Councillor D Halloran declared a non-pecuniary interest in Minute 13 as a member of Fenmoor Leisure Centre; she remained in the meeting and took part in the discussion."]]),
    ("11", "MINUTES", [[
        "The minutes of the meeting of the Committee held on 10 June 2025 were submitted.",
        "RESOLVED: That the minutes of the meeting held on 10 June 2025 be approved as a correct record and signed by the Chairman."]]),
    ("12", "TEMPORARY ACCOMMODATION AND HOMELESSNESS PREVENTION", [
        ["12.1  The Assistant Director – Housing, Homelessness and Private Sector Standards presented the annual homelessness report. He reported that 142 households were in temporary accommodation at the end of March, compared with 96 a year earlier, and that net spending on bed and breakfast had reached £1.38 million.",
         "12.2  Councillor Cartwright asked how many families with children had been placed in bed and breakfast for longer than the six-week legal limit. – Response: The Assistant Director confirmed that eleven families had exceeded six weeks during the year, all of whom had since been moved to self-contained accommodation."],
        ["12.3  Councillor Nuttall raised concern that households were being placed in hotels outside the district, away from schools and support networks. – Response: The Portfolio Holder for Housing and Communities said that out-of-area placements had fallen to 17 and that a family hub at Millgate House would open in September.",
         "12.4  Councillor Jessop sought clarification on whether the Council would buy its own properties to use as temporary accommodation rather than rely on nightly paid lets. – Response: The Assistant Director explained that Cabinet had approved a £4 million acquisition programme for 20 homes, which would pay for itself within nine years."],
        ["12.5  Councillor Ingham requested that the Committee receive quarterly figures on the use of private rented sector offers to discharge the homelessness duty.",
         "RESOLVED:",
         "(i)  That the annual homelessness report be noted.",
         "(ii)  That quarterly temporary accommodation figures, including out-of-area placements, be reported to the Committee."]]),
    ("13", "LEISURE CENTRE MANAGEMENT CONTRACT – ANNUAL PERFORMANCE OF THE OPERATOR", [
        ["13.1  The Leisure Contracts and Client Services Manager presented the third annual performance report of the external operator managing the district's three leisure centres under the fifteen-year contract let in 2022.",
         "13.2  Councillor Adeyemi questioned why the management fee paid to the operator had risen by 11 per cent when visitor numbers at Fenmoor Leisure Centre had fallen. – Response: The Leisure Contracts and Client Services Manager explained that the contract allowed an energy price adjustment and that the uplift would fall away once the solar canopy was installed."],
        ["13.3  Councillor Halloran expressed concern that the operator had cut swimming lessons for schools while raising casual swim prices. – Response: The Portfolio Holder for Leisure and Wellbeing said the operator had agreed to restore the school lesson timetable from September at no extra charge.",
         "13.4  Councillor Varga asked whether the Council had considered ending the contract early and running the centres itself through a local authority trading company. – Response: The Leisure Contracts and Client Services Manager advised that early termination would cost an estimated £2.7 million in compensation under the contract."],
        ["RESOLVED:",
         "(i)  That the annual performance report be noted.",
         "(ii)  That Cabinet be recommended to commission an independent review of the leisure contract before the break clause in 2027."]]),
    ("14", "DISABLED FACILITIES GRANTS", [[
        "14.1  The Committee received an update on the delivery of Disabled Facilities Grants. 186 adaptations had been completed in 2024/25, with an average time from referral to completion of 31 weeks.",
        "14.2  Councillor Jessop asked what was being done to reduce waiting times for stairlifts and level-access showers for older people. – Response: The Assistant Director said that a framework of approved contractors had been procured and that a fast-track route for adaptations under £10,000 would start in August.",
        "14.3  Councillor Thornbury commented that occupational therapy assessments were the real bottleneck and that the County Council should be pressed to increase capacity.",
        "RESOLVED: That the update on Disabled Facilities Grants be noted."]]),
    ("15", "ACCESS TO GP SERVICES IN ASHCOMBE – UPDATE FROM THE INTEGRATED CARE BOARD", [
        ["15.1  The Associate Director of Primary Care gave a presentation on access to general practice in the district, including the new cloud telephony systems and the recruitment of additional roles through primary care networks.",
         "15.2  Councillor Cartwright asked why patients in Fenmoor still had to queue at 8 am on the telephone to obtain a same-day appointment. – Response: The Associate Director said that all four Fenmoor practices would move to online triage by October, with the telephone line kept for patients who could not use it."],
        ["15.3  Councillor Ingham raised concern about the closure of the branch surgery at Low Ashby and asked what consultation there had been with patients. – Response: The Associate Director explained that the practice had written to every registered patient and held two drop-in sessions, and that the ICB had approved the closure in May.",
         "15.4  Councillor Nuttall asked how many GP vacancies there were in the district and whether the ICB was using locums to fill them. – Response: The Associate Director confirmed there were 6.5 full-time equivalent GP vacancies, and that locums covered around a tenth of sessions.",
         "RESOLVED:",
         "(i)  That the presentation be noted.",
         "(ii)  That the ICB be invited to report back on the outcome of the online triage roll-out in January 2026."]]),
    ("16", "WORK PROGRAMME", [[
        "The Committee considered its work programme for 2025/26.",
        "RESOLVED: That the work programme be agreed, with the addition of a review of damp and mould in council-owned housing."]]),
]


def d2_source():
    out = [D2_ATT]
    for n, t, rows in D2_MIN:
        out += [n, t]
        for row in rows:
            out += row
    return "\n".join(out)


def build_d2():
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.title = "Overview and Scrutiny Committee minutes 8 July 2025"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 3
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(s, m, Cm(2.2))
    s.top_margin = s.bottom_margin = Cm(2.0)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    hp = s.header.paragraphs[0]
    hp.text = "Ashcombe District Council – Overview and Scrutiny Committee – 8 July 2025"
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r0 = fp.add_run("Chairman's initials ______        Page ")
    r0.font.size = Pt(8)
    r1 = fp.add_run()
    for typ, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if typ:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), typ)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        r1._r.append(e)
    r1.font.size = Pt(8)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run("ASHCOMBE DISTRICT COUNCIL")
    rr.bold = True
    rr.font.size = Pt(14)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run("OVERVIEW AND SCRUTINY COMMITTEE")
    rr.bold = True
    p = d.add_paragraph("Minutes of a meeting of the Overview and Scrutiny Committee held in the Council Chamber, "
                        "Ashcombe House, Market Street, Ashcombe on Tuesday 8 July 2025 at 6.00 pm.")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for chunk in re.split(r"(PRESENT:|ALSO PRESENT:|OFFICERS:)", D2_ATT):
        if not chunk:
            continue
        run = p.add_run(chunk)
        if chunk.endswith(":"):
            run.bold = True

    nrows = sum(len(rows) for _, _, rows in D2_MIN)
    t = d.add_table(rows=nrows, cols=2)
    # no borders
    tblPr = t._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)
    widths = (Cm(6.0), Cm(19.3))
    i = 0
    for n, title, rows in D2_MIN:
        for j, row in enumerate(rows):
            left, right = t.rows[i].cells
            left.width, right.width = widths
            if j == 0:
                lp = left.paragraphs[0]
                rn = lp.add_run(n)
                rn.bold = True
                lp2 = left.add_paragraph()
                rt = lp2.add_run(title)
                rt.bold = True
            for k, para in enumerate(row):
                rp = right.paragraphs[0] if k == 0 else right.add_paragraph()
                rp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                if para.startswith("RESOLVED:"):
                    rb = rp.add_run("RESOLVED:")
                    rb.bold = True
                    if para[9:]:
                        rp.add_run(para[9:])
                else:
                    if para.startswith("("):
                        rp.paragraph_format.left_indent = Cm(1.0)
                    rp.add_run(para)
                rp.paragraph_format.space_after = Pt(6)
            i += 1
    d.add_paragraph("")
    d.add_paragraph("The meeting closed at 8.40 pm.")
    d.add_paragraph("Chairman ……………………………………")
    d.save(os.path.join(DOCS, D2))


def gold_d2():
    return {
        "document": D2, "doc_type": "minutes",
        "committee": "Overview and Scrutiny Committee", "meeting_date": "2025-07-08",
        "items": [{"number": n, "title": t} for n, t, _ in D2_MIN],
        "questions": [
            q("12", "question", "asked how many families with children had been placed in bed and breakfast",
              "Councillor Cartwright", "eleven families had exceeded six weeks during the year", "The Assistant Director",
              ["housing", "children-and-families"]),
            q("12", "concern", "households were being placed in hotels outside the district, away from schools",
              "Councillor Nuttall", "out-of-area placements had fallen to 17", "The Portfolio Holder for Housing and Communities",
              ["housing", "children-and-families"]),
            q("12", "question", "whether the Council would buy its own properties to use as temporary accommodation",
              "Councillor Jessop", "Cabinet had approved a £4 million acquisition programme for 20 homes", "The Assistant Director",
              ["housing", "finance"]),
            q("12", "request", "requested that the Committee receive quarterly figures on the use of private rented sector offers",
              "Councillor Ingham", None, None, ["housing"]),
            q("13", "question", "questioned why the management fee paid to the operator had risen by 11 per cent",
              "Councillor Adeyemi", "the contract allowed an energy price adjustment", "The Leisure Contracts and Client Services Manager",
              ["subcontracting", "finance"]),
            q("13", "concern", "the operator had cut swimming lessons for schools while raising casual swim prices",
              "Councillor Halloran", "the operator had agreed to restore the school lesson timetable from September",
              "The Portfolio Holder for Leisure and Wellbeing", ["subcontracting", "children-and-families", "finance"]),
            q("13", "question", "asked whether the Council had considered ending the contract early and running the centres itself",
              "Councillor Varga", "early termination would cost an estimated £2.7 million in compensation",
              "The Leisure Contracts and Client Services Manager", ["subcontracting", "privatisation", "finance"]),
            q("14", "question", "asked what was being done to reduce waiting times for stairlifts and level-access showers",
              "Councillor Jessop", "a framework of approved contractors had been procured", "The Assistant Director",
              ["housing", "adult-social-care", "subcontracting"]),
            q("14", "comment", "commented that occupational therapy assessments were the real bottleneck",
              "Councillor Thornbury", None, None, ["housing"]),
            q("15", "question", "asked why patients in Fenmoor still had to queue at 8 am on the telephone",
              "Councillor Cartwright", "all four Fenmoor practices would move to online triage by October", "The Associate Director",
              ["primary-care"]),
            q("15", "concern", "raised concern about the closure of the branch surgery at Low Ashby",
              "Councillor Ingham", "the practice had written to every registered patient and held two drop-in sessions", "The Associate Director",
              ["primary-care", "patient-and-public-input"]),
            q("15", "question", "asked how many GP vacancies there were in the district",
              "Councillor Nuttall", "there were 6.5 full-time equivalent GP vacancies", "The Associate Director",
              ["primary-care", "workforce"]),
        ],
        "resolutions": [
            r("11", "the minutes of the meeting held on 10 June 2025 be approved", "agreed", []),
            r("12", "That the annual homelessness report be noted", "agreed", ["housing"]),
            r("13", "That the annual performance report be noted", "recommended", ["subcontracting"]),
            r("14", "That the update on Disabled Facilities Grants be noted", "noted", ["housing"]),
            r("15", "the ICB be invited to report back on the outcome of the online triage", "agreed", ["primary-care"]),
            r("16", "the work programme be agreed, with the addition of a review of damp", "agreed", ["housing"]),
        ],
        "attendees": [
            at("Councillor M Thornbury", "Chairman", "present"),
            at("Councillor K Adeyemi", "Vice-Chairman", "present"),
            at("Councillor L Cartwright", None, "present"),
            at("Councillor D Halloran", None, "present"),
            at("Councillor P Ingham", None, "present"),
            at("Councillor S Jessop", None, "present"),
            at("Councillor R Nuttall", None, "present"),
            at("Councillor F Varga", None, "present"),
            at("Councillor G Pennock", "Portfolio Holder for Housing and Communities", "in_attendance"),
            at("Councillor A Rudd", "Portfolio Holder for Leisure and Wellbeing", "in_attendance"),
            at("Ms T Okafor", "Associate Director of Primary Care, Wealdshire and Fenmoor Integrated Care Board", "in_attendance"),
            at("Mr J Barraclough", "Assistant Director – Housing, Homelessness and Private Sector Standards", "in_attendance"),
            at("Mrs H Quayle", "Leisure Contracts and Client Services Manager", "in_attendance"),
            at("Mr N Desai", "Senior Democratic Services and Scrutiny Officer", "in_attendance"),
            at("Councillor B Lister", None, "apologies"),
            at("Councillor W Oyelaran", None, "apologies"),
        ],
    }


# ---------------------------------------------------------------- document 3
D3 = "as-kestrelford-scrutiny-review-scoping-2025-09-02.docx"
D3_TEXT = [
    ("h1", "Kestrelford Borough Council"),
    ("h1", "Health and Wellbeing Scrutiny Panel – Scrutiny Review Scoping Document"),
    ("tbl", [["Review title", "Leaving hospital well: discharge to assess and reablement in Kestrelford"],
             ["Lead Member", "Councillor N Ferreira (Chair of the review group)"],
             ["Review group", "Councillors N Ferreira, O Blackwood, C Hussain, E Tranter"],
             ["Lead officer", "Scrutiny and Policy Officer"],
             ["Date agreed by Panel", "2 September 2025"]]),
    ("h2", "1. Background"),
    ("p", "Delays in discharging older people from Kestrelford General Hospital have been raised repeatedly at the Panel. In 2024/25 an average of 41 beds a day were occupied by people with no criteria to reside. The Council and the Integrated Care Board jointly fund a discharge to assess service and an in-house reablement team through the Better Care Fund."),
    ("h2", "2. Purpose and objectives"),
    ("p", "To understand why people wait to leave hospital, how well reablement helps them regain independence, and what the Council and its partners could change. The review will make recommendations to the Cabinet and to the Integrated Care Board."),
    ("h2", "3. Key questions the review will ask"),
    ("li", "How long do people wait between being medically fit and leaving hospital, and why?"),
    ("li", "Is there enough home care and reablement capacity, and where are the gaps?"),
    ("li", "What do patients and carers say about their experience of leaving hospital?"),
    ("li", "How is Better Care Fund money spent on discharge, and does it represent value for money?"),
    ("li", "What could be learned from neighbouring councils with shorter delays?"),
    ("h2", "4. Out of scope"),
    ("p", "Mental health inpatient discharge and children's services are outside the scope of this review."),
    ("h2", "5. Witnesses"),
    ("li", "Director of Adult Social Services"),
    ("li", "Head of Reablement and Intermediate Care"),
    ("li", "Discharge lead, Kestrelford General Hospital NHS Foundation Trust"),
    ("li", "Integrated Care Board Director of Place"),
    ("li", "Healthwatch Kestrelford and the Kestrelford Carers' Network"),
    ("li", "Two home care providers from the council framework"),
    ("h2", "6. Evidence and methods"),
    ("p", "Desk research, two evidence sessions, a visit to the hospital discharge hub, and a short survey of people discharged in the last year, run with Healthwatch."),
    ("h2", "7. Timetable"),
    ("tbl", [["Stage", "Date"],
             ["Scope agreed by Panel", "2 September 2025"],
             ["Evidence session 1 (hospital and ICB)", "7 October 2025"],
             ["Evidence session 2 (council, providers, Healthwatch)", "4 November 2025"],
             ["Draft report to review group", "9 December 2025"],
             ["Final report to Panel", "13 January 2026"],
             ["Report to Cabinet", "February 2026"]]),
    ("h2", "8. Risks"),
    ("p", "Availability of NHS witnesses during winter; dependence on data from the Trust."),
]


def build_d3():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Scrutiny and Policy Officer"
    cp.title = "Scrutiny review scoping document"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 2
    d.styles["Normal"].font.name = "Calibri"
    for kind, v in D3_TEXT:
        if kind == "h1":
            d.add_heading(v, level=1)
        elif kind == "h2":
            d.add_heading(v, level=2)
        elif kind == "p":
            d.add_paragraph(v)
        elif kind == "li":
            d.add_paragraph(v, style="List Bullet")
        elif kind == "tbl":
            t = d.add_table(rows=len(v), cols=2)
            t.style = "Table Grid"
            for i, row in enumerate(v):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            d.add_paragraph("")
    d.save(os.path.join(DOCS, D3))


def gold_d3():
    return {"document": D3, "doc_type": "report"}


# ---------------------------------------------------------------- main
def fix_zip(path):
    """Rewrite a docx with fixed zip timestamps so the build is deterministic."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2025, 6, 25, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def check(gold, source):
    src = norm(source)
    errs = []
    phrases = []
    for qq in gold.get("questions", []):
        phrases.append(("question", qq["text"]))
        if qq["answer"]:
            phrases.append(("answer", qq["answer"]))
    for rr in gold.get("resolutions", []):
        phrases.append(("resolution", rr["text"]))
    for kind, ph in phrases:
        n = norm(ph)
        wc = len(n.split())
        c = len(re.findall(r"(?<!\w)" + re.escape(n) + r"(?!\w)", src))
        if c != 1:
            errs.append("%s %s phrase found %d times: %r" % (gold["document"], kind, c, ph))
        if not 6 <= wc <= 15:
            errs.append("%s %s phrase has %d words: %r" % (gold["document"], kind, wc, ph))
    return errs


def main():
    golds = [(gold_d1(), d1_source()), (gold_d2(), d2_source()), (gold_d3(), "")]
    if "--check" in sys.argv:
        errs = []
        for g, s in golds:
            errs += check(g, s)
        # also check the gold against text extracted from the built files
        try:
            import pdfplumber, docx
            with pdfplumber.open(os.path.join(DOCS, D1)) as pdf:
                t1 = "\n".join(p.extract_text() or "" for p in pdf.pages)
            t1 = re.sub(r"-\n", "", t1.replace(SHY, ""))
            dd = docx.Document(os.path.join(DOCS, D2))
            t2 = "\n".join(p.text for p in dd.paragraphs) + "\n" + "\n".join(
                c.text for row in dd.tables[0].rows for c in row.cells)
            for (g, _), t in ((golds[0], t1), (golds[1], t2)):
                for e in check(g, t):
                    print("note (extracted text):", e)
        except Exception as ex:  # extraction check is advisory only
            print("note: extraction check skipped:", ex)
        for e in errs:
            print("ERROR:", e)
        print("check %s" % ("FAILED" if errs else "passed"))
        sys.exit(1 if errs else 0)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_d1()
    build_d2()
    fix_zip(os.path.join(DOCS, D2))
    build_d3()
    fix_zip(os.path.join(DOCS, D3))
    for g, _ in golds:
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built", [g["document"] for g, _ in golds])


if __name__ == "__main__":
    main()
