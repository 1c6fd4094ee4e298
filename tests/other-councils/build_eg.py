#!/usr/bin/env python3
"""Build the "eg-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_eg.py           build documents/eg-* and gold/eg-*.json
        build_eg.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 7, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"


def hyph(text):
    """Insert one soft hyphen into long words so justified lines break mid-word."""
    def fix(m):
        w = m.group(0)
        if len(w) < 10:
            return w
        mid = len(w) // 2
        for d in range(0, mid - 3):
            for p in (mid + d, mid - d):
                if 4 <= p <= len(w) - 4 and w[p - 1] in "aeiou" and w[p] not in "aeiou":
                    return w[:p] + SHY + w[p:]
        return w
    return re.sub(r"[A-Za-z]+", fix, text)


class Doc(FPDF):
    def __init__(self, head, foot_left, initials=True):
        super().__init__(format="A4")
        self.head, self.foot_left, self.initials = head, foot_left, initials
        self.set_creation_date(FIXED)
        self.set_author("Democratic Services")
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"),
                      ("I", "DejaVuSans-Oblique.ttf"), ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", st, FONT + f)
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 24)

    def header(self):
        self.set_font("dv", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.head, align="R")
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_font("dv", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(60, 5, self.foot_left)
        self.cell(50, 5, f"Page {self.page_no()}", align="C")
        if self.initials:
            self.cell(0, 5, "Chairman's initials ..........", align="R")
        self.set_text_color(0, 0, 0)


SOURCE = {}  # document name -> list of source strings


def para(pdf, name, text, style="", size=10, align="J", gap=2.5):
    SOURCE[name].append(text)
    pdf.set_font("dv", style, size)
    pdf.multi_cell(0, 5, hyph(text) if align == "J" else text, align=align)
    pdf.ln(gap)


# ---------------------------------------------------------------- document 1
D1 = "eg-hartmoor-adult-social-care-health-select-2025-06-17.pdf"


def panel(pdf, name, report_by, purpose):
    SOURCE[name] += [report_by, purpose]
    pdf.set_fill_color(225, 225, 225)
    pdf.set_draw_color(120, 120, 120)
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_font("dv", "", 9)
    txt = f"**Report by:** {report_by}\n**Purpose:** {purpose}"
    pdf.multi_cell(0, 4.8, txt, border=1, fill=True, markdown=True, padding=2.5)
    pdf.ln(3)


def item(pdf, name, num, title):
    SOURCE[name].append(f"{num}. {title}")
    if pdf.get_y() > 240:
        pdf.add_page()
    pdf.set_font("dv", "B", 10.5)
    pdf.cell(12, 6, f"{num}.")
    pdf.multi_cell(0, 6, title.upper())
    pdf.ln(1.5)


def resolved(pdf, name, lead, clauses):
    SOURCE[name].append(lead)
    pdf.set_font("dv", "B", 10)
    pdf.multi_cell(0, 5, lead)
    pdf.ln(1)
    pdf.set_font("dv", "", 10)
    for c in clauses:
        m = re.match(r"(\(\d\))\s+(.*)", c)
        SOURCE[name].append(c)
        pdf.set_x(30)
        pdf.cell(9, 5, m.group(1))
        pdf.multi_cell(0, 5, hyph(m.group(2)), align="J")
        pdf.ln(1)
    pdf.ln(2)


def build_d1():
    n = D1
    SOURCE[n] = []
    pdf = Doc("Adult Social Care and Health Select Committee – 17 June 2025", "Hartmoor County Council")
    pdf.add_page()
    pdf.set_font("dv", "B", 14)
    pdf.cell(0, 7, "HARTMOOR COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 11)
    pdf.cell(0, 6, "ADULT SOCIAL CARE AND HEALTH SELECT COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    para(pdf, n, "MINUTES of a meeting of the Adult Social Care and Health Select Committee held in the "
         "Kingsley Room, County Hall, Ashcombe on Tuesday 17 June 2025 at 10.00 am.", size=10, align="C", gap=4)
    pdf.set_font("dv", "", 10)
    att = [
        ("Councillors:", "Margaret Thorne (Chairman), David Aske (Vice-Chairman), Priya Ballard*, "
         "Kenneth Dunmore, Ruth Okafor, Simon Pellow, Jane Whitcombe and Colin Yeardley "
         "(substitute for Councillor Harris)."),
        ("Also present:", "Councillor Graham Lister (Cabinet Member for Adult Social Care and Health); "
         "Jo Freeman (Healthwatch Hartmoor); Dr Martin Hale (Chief Operating Officer, Hartmoor Community "
         "Health NHS Trust); Claire Benning* (Director of Strategy and Partnerships, NHS Hartmoor and "
         "Wyvern Integrated Care Board)."),
        ("Officers:", "Helen Markham (Executive Director of Adult Social Care and Health), Stephen Carr "
         "(Assistant Director – Commissioning, Market Development and Quality), Amrit Sandhu (Head of "
         "Commissioning – Older People and Physical Disability), Lucy Dorrell (Senior Democratic "
         "Services Officer)."),
    ]
    for lab, txt in att:
        SOURCE[n].append(lab + " " + txt)
        pdf.multi_cell(0, 5, f"**{lab}** {txt}", markdown=True, align="J")
        pdf.ln(1.5)
    pdf.set_font("dv", "I", 8.5)
    SOURCE[n].append("* attended virtually")
    pdf.cell(0, 5, "* attended virtually", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    item(pdf, n, "21", "Apologies, Substitutions and Declarations of Interest")
    para(pdf, n, "Apologies for absence were received from Councillor Peter Harris and Councillor Anne Voss. "
         "Councillor Colin Yeardley attended as a substitute for Councillor Harris. Councillor Ruth Okafor "
         "declared a personal, non-pecuniary interest in Minute 24 as a close family member is employed "
         "by a home care agency operating in the county. There were no other declarations.")

    item(pdf, n, "22", "Minutes of the Previous Meeting")
    resolved(pdf, n, "RESOLVED that", ["(1) the minutes of the meeting held on 8 April 2025 be confirmed as a "
             "correct record and signed by the Chairman."])

    item(pdf, n, "23", "Adult Social Care Market Sustainability and Provider Fee Uplift 2025/26")
    panel(pdf, n, "Executive Director of Adult Social Care and Health",
          "To update the Committee on the sustainability of the care market, the use of the Market "
          "Sustainability and Improvement Fund and the fee uplifts awarded to providers for 2025/26.")
    para(pdf, n, "The Assistant Director introduced the report, which set out the fee uplifts agreed by the "
         "Cabinet Member in March and the findings of the annual market position statement. He drew "
         "attention to the effect of the increase in employer national insurance contributions on "
         "providers and to the number of homes in the north of the county that had closed beds during "
         "the winter.")
    para(pdf, n, "Councillor Dunmore queried whether the 4.2 per cent uplift for residential care homes would "
         "be enough to absorb the national insurance increase and the Assistant Director advised that the "
         "uplift had been modelled on the full-year effect of the national insurance changes but that "
         "providers with a high proportion of part-time staff would see less benefit; Councillor Okafor "
         "sought assurance that the Council was not placing more people in care homes outside the county "
         "because of local shortages, to which the Head of Commissioning confirmed that out-of-county "
         "placements had fallen from 112 to 87 over the year. Councillor Whitcombe asked how many "
         "providers had handed back home care packages in the last six months and was informed that four "
         "providers had returned a total of 61 packages, mostly in rural areas around Fenwick and Lowther.")
    para(pdf, n, "Councillor Pellow expressed concern that self-funders were paying on average 38 per cent "
         "more than the Council for an equivalent bed and the Cabinet Member acknowledged that "
         "cross-subsidy remained a feature of the local market and that the Council would continue to "
         "press the Government for a sustainable funding settlement for social care. The Vice-Chairman "
         "requested that future reports include a breakdown of fee rates by locality and type of "
         "placement, so that Members could see where the market was most fragile.")
    para(pdf, n, "The Committee noted the report and requested that the breakdown of fee rates be "
         "circulated to Members before the September meeting.", gap=4)

    item(pdf, n, "24", "Recommissioning of Care at Home Services from April 2026")
    panel(pdf, n, "Head of Commissioning – Older People and Physical Disability",
          "To seek the views of the Committee on the proposed commissioning model for care at home "
          "services before a key decision is taken by Cabinet on 15 July 2025.")
    para(pdf, n, "The Head of Commissioning explained that the current framework of 43 providers would "
         "expire in March 2026 and that it was proposed to divide the county into six zones, each with a "
         "lead provider and a small number of approved secondary providers.")
    para(pdf, n, "Councillor Yeardley questioned why the Council was proposing a zoned model with a single "
         "lead provider in each area rather than bringing part of the service back in-house and the "
         "Assistant Director advised that an in-house option had been appraised but would require the "
         "TUPE transfer of around 900 care workers and start-up capital that the Council did not have; "
         "Councillor Ballard asked whether lead providers would be permitted to sub-contract packages to "
         "smaller agencies, to which the Head of Commissioning confirmed that subcontracting would be "
         "allowed only with the Council's prior written consent and that the lead provider would remain "
         "liable for the quality of care delivered.")
    para(pdf, n, "Members discussed the payment of care workers for travel time. Councillor Okafor asked "
         "whether the specification would require providers to pay the Real Living Wage and the Cabinet "
         "Member said that this was his ambition but that the cost, estimated at £3.4 million a year, had "
         "not yet been built into the medium term financial plan. Councillor Dunmore commented that the "
         "previous framework had failed because of the sheer number of providers competing for the same "
         "staff and the Chairman requested that the evaluation weighting for quality be no lower than 60 "
         "per cent. Jo Freeman of Healthwatch Hartmoor reported that people receiving home care had told "
         "Healthwatch that frequent changes of carer were their most common complaint and asked how "
         "continuity of care would be measured; the Head of Commissioning replied that continuity would be "
         "a key performance indicator reported quarterly to the Committee.")
    resolved(pdf, n, "RESOLVED that the Cabinet be recommended to:", [
        "(1) include a requirement in the specification that providers pay care workers for travel time;",
        "(2) set the quality weighting in the tender evaluation at not less than 60 per cent; and",
        "(3) report back to the Committee on the outcome of the procurement in spring 2026."])

    item(pdf, n, "25", "Hartmoor Community Health NHS Trust – Proposed Consolidation of Community "
         "Hospital Inpatient Beds")
    panel(pdf, n, "Chief Operating Officer, Hartmoor Community Health NHS Trust, and Director of Strategy "
          "and Partnerships, NHS Hartmoor and Wyvern Integrated Care Board",
          "To consult the Committee on proposals to consolidate the inpatient beds at Ashcombe and Fenwick "
          "community hospitals on the Fenwick site, and to ask the Committee to determine whether the "
          "proposals amount to a substantial variation in the provision of health services.")
    para(pdf, n, "Dr Hale presented the proposals, which would create a single 40-bed rehabilitation unit at "
         "Fenwick and convert the Ashcombe ward into a community diagnostic and therapy hub.")
    para(pdf, n, "Councillor Aske queried the basis for the claim that bed occupancy at Ashcombe averaged only "
         "71 per cent and Dr Hale advised that the figure was taken from the trust's ward returns for the "
         "twelve months to March 2025; Councillor Pellow sought assurance that travel times for relatives "
         "had been assessed, to which the Director of Strategy confirmed that a travel analysis had been "
         "published with the consultation document and that a volunteer transport scheme would be funded "
         "for two years. Councillor Whitcombe raised concerns about staff morale at Ashcombe and asked "
         "whether any posts would be lost, and Dr Hale said that all 46 nursing and therapy staff would be "
         "offered roles on the Fenwick site or in the community teams.")
    para(pdf, n, "Councillor Ballard asked how the views of patients and carers would be reflected in the "
         "final decision and was told that the consultation would run for twelve weeks from 1 July with "
         "drop-in events in both towns and an online survey. The Chairman then invited the Committee to "
         "consider whether the proposal constituted a substantial variation.")
    resolved(pdf, n, "RESOLVED that", [
        "(1) the Committee considers the proposed consolidation of community hospital beds to be a "
        "substantial variation in the provision of health services;",
        "(2) the Chairman and Vice-Chairman be authorised to agree the Committee's formal response to the "
        "consultation on its behalf; and",
        "(3) the trust be asked to attend the November meeting to report on the findings of the "
        "consultation."])

    item(pdf, n, "26", "Work Programme 2025/26")
    panel(pdf, n, "Senior Democratic Services Officer",
          "To review the Committee's work programme for the remainder of the municipal year.")
    para(pdf, n, "Councillor Yeardley requested that an item on the Council's plans for the in-house "
         "reablement service be scheduled before the budget is set, and the Chairman agreed to discuss "
         "timing with the Executive Director.")
    para(pdf, n, "The Committee noted the work programme, subject to the addition of an item on the "
         "in-house reablement service.", gap=4)

    item(pdf, n, "27", "Exclusion of the Press and Public")
    resolved(pdf, n, "RESOLVED that", [
        "(1) under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from "
        "the meeting for the following item of business on the grounds that it involves the likely "
        "disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act."])

    pdf.set_font("dv", "B", 10)
    SOURCE[n].append("PART 2 – NOT FOR PUBLICATION")
    pdf.cell(0, 6, "PART 2 – NOT FOR PUBLICATION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    item(pdf, n, "28", "Ashcombe Extra Care Housing Scheme – Contract Variation (Exempt)")
    para(pdf, n, "The Committee noted the exempt report and the proposed contract variation.", gap=6)

    para(pdf, n, "The meeting ended at 12.52 pm.", gap=10)
    para(pdf, n, "Chairman ........................................        Date ....................",
         align="L")
    pdf.output(os.path.join(DOCS, n))

    gold = {
        "document": n, "doc_type": "minutes",
        "committee": "Adult Social Care and Health Select Committee", "meeting_date": "2025-06-17",
        "items": [
            {"number": "21", "title": "Apologies, Substitutions and Declarations of Interest"},
            {"number": "22", "title": "Minutes of the Previous Meeting"},
            {"number": "23", "title": "Adult Social Care Market Sustainability and Provider Fee Uplift 2025/26"},
            {"number": "24", "title": "Recommissioning of Care at Home Services from April 2026"},
            {"number": "25", "title": "Hartmoor Community Health NHS Trust – Proposed Consolidation of "
                                      "Community Hospital Inpatient Beds"},
            {"number": "26", "title": "Work Programme 2025/26"},
            {"number": "27", "title": "Exclusion of the Press and Public"},
            {"number": "28", "title": "Ashcombe Extra Care Housing Scheme – Contract Variation (Exempt)"},
        ],
        "questions": [
            q("23", "question", "queried whether the 4.2 per cent uplift for residential care homes",
              "Councillor Dunmore",
              "uplift had been modelled on the full-year effect of the national insurance changes",
              "the Assistant Director", ["finance", "adult-social-care", "workforce"]),
            q("23", "question", "sought assurance that the Council was not placing more people in care homes",
              "Councillor Okafor", "placements had fallen from 112 to 87 over the year",
              "the Head of Commissioning", ["adult-social-care"]),
            q("23", "question", "asked how many providers had handed back home care packages",
              "Councillor Whitcombe", "four providers had returned a total of 61 packages", None,
              ["adult-social-care"]),
            q("23", "concern", "expressed concern that self-funders were paying on average 38 per cent",
              "Councillor Pellow", "cross-subsidy remained a feature of the local market",
              "the Cabinet Member", ["finance", "adult-social-care"]),
            q("23", "request", "requested that future reports include a breakdown of fee rates by locality",
              "The Vice-Chairman", None, None, ["finance", "adult-social-care"]),
            q("24", "question", "questioned why the Council was proposing a zoned model with a single lead provider",
              "Councillor Yeardley",
              "an in-house option had been appraised but would require the TUPE transfer",
              "the Assistant Director", ["privatisation", "subcontracting", "workforce", "adult-social-care"]),
            q("24", "question", "asked whether lead providers would be permitted to sub-contract packages",
              "Councillor Ballard",
              "subcontracting would be allowed only with the Council's prior written consent",
              "the Head of Commissioning", ["subcontracting", "adult-social-care"]),
            q("24", "question", "whether the specification would require providers to pay the Real Living Wage",
              "Councillor Okafor", "this was his ambition but that the cost",
              "the Cabinet Member", ["workforce", "finance", "adult-social-care"]),
            q("24", "comment", "commented that the previous framework had failed because of the sheer number",
              "Councillor Dunmore", None, None, ["subcontracting", "workforce", "adult-social-care"]),
            q("24", "request", "requested that the evaluation weighting for quality be no lower than 60",
              "the Chairman", None, None, ["subcontracting", "adult-social-care"]),
            q("24", "question", "asked how continuity of care would be measured",
              "Jo Freeman",
              "continuity would be a key performance indicator reported quarterly to the Committee",
              "the Head of Commissioning", ["patient-and-public-input", "adult-social-care"]),
            q("25", "question", "queried the basis for the claim that bed occupancy at Ashcombe averaged",
              "Councillor Aske", "taken from the trust's ward returns for the twelve months",
              "Dr Hale", []),
            q("25", "question", "sought assurance that travel times for relatives had been assessed",
              "Councillor Pellow", "a travel analysis had been published with the consultation document",
              "the Director of Strategy", ["patient-and-public-input"]),
            q("25", "concern", "raised concerns about staff morale at Ashcombe and asked whether any posts",
              "Councillor Whitcombe", "all 46 nursing and therapy staff would be offered roles",
              "Dr Hale", ["workforce"]),
            q("25", "question", "asked how the views of patients and carers would be reflected",
              "Councillor Ballard", "the consultation would run for twelve weeks from 1 July", None,
              ["patient-and-public-input"]),
            q("26", "request", "requested that an item on the Council's plans for the in-house reablement",
              "Councillor Yeardley", "the Chairman agreed to discuss timing with the Executive Director",
              "the Chairman", ["privatisation", "adult-social-care", "governance"]),
        ],
        "resolutions": [
            r("22", "the minutes of the meeting held on 8 April 2025 be confirmed", "agreed", []),
            r("23", "noted the report and requested that the breakdown of fee rates be circulated",
              "noted", ["finance", "adult-social-care"]),
            r("24", "include a requirement in the specification that providers pay care workers for travel time",
              "recommended", ["subcontracting", "workforce", "adult-social-care"]),
            r("25", "considers the proposed consolidation of community hospital beds to be a substantial variation",
              "agreed", ["governance", "patient-and-public-input"]),
            r("26", "The Committee noted the work programme, subject to the addition of",
              "noted", ["governance"]),
            r("27", "the press and public be excluded from the meeting for the following item",
              "agreed", ["governance"]),
            r("28", "noted the exempt report and the proposed contract variation", "noted",
              ["subcontracting", "housing"]),
        ],
        "attendees": [
            a("Margaret Thorne", "Chairman"), a("David Aske", "Vice-Chairman"),
            a("Priya Ballard", None), a("Kenneth Dunmore", None), a("Ruth Okafor", None),
            a("Simon Pellow", None), a("Jane Whitcombe", None),
            a("Colin Yeardley", "substitute for Councillor Harris"),
            a("Councillor Graham Lister", "Cabinet Member for Adult Social Care and Health", "in_attendance"),
            a("Jo Freeman", "Healthwatch Hartmoor", "in_attendance"),
            a("Dr Martin Hale", "Chief Operating Officer, Hartmoor Community Health NHS Trust", "in_attendance"),
            a("Claire Benning", "Director of Strategy and Partnerships, NHS Hartmoor and Wyvern Integrated "
              "Care Board", "in_attendance"),
            a("Helen Markham", "Executive Director of Adult Social Care and Health", "in_attendance"),
            a("Stephen Carr", "Assistant Director – Commissioning, Market Development and Quality", "in_attendance"),
            a("Amrit Sandhu", "Head of Commissioning – Older People and Physical Disability", "in_attendance"),
            a("Lucy Dorrell", "Senior Democratic Services Officer", "in_attendance"),
            a("Councillor Peter Harris", None, "apologies"), a("Councillor Anne Voss", None, "apologies"),
        ],
    }
    return gold


def q(item, kind, text, by, ans, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": by, "answer": ans,
            "given_by": given, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, att="present"):
    return {"name": name, "role": role, "attendance": att}


# ---------------------------------------------------------------- document 2
D2 = "eg-hartmoor-annual-governance-statement-2024-25.pdf"


def build_d2():
    n = D2
    SOURCE[n] = []
    pdf = Doc("Hartmoor County Council – Annual Governance Statement 2024/25 (extract)",
              "Draft for Audit and Governance Committee", initials=False)
    pdf.add_page()
    pdf.set_font("dv", "B", 16)
    pdf.multi_cell(0, 8, "Annual Governance Statement 2024/25", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)
    para(pdf, n, "Extract: Sections 1 to 5. The full statement accompanies the draft Statement of Accounts.",
         style="I", size=9, align="L", gap=5)
    secs = [
        ("1. Scope of responsibility",
         ["Hartmoor County Council is responsible for ensuring that its business is conducted in accordance "
          "with the law and proper standards, and that public money is safeguarded, properly accounted for "
          "and used economically, efficiently and effectively. The Council also has a duty under the Local "
          "Government Act 1999 to make arrangements to secure continuous improvement in the way in which its "
          "functions are exercised.",
          "In discharging this overall responsibility, the Council is responsible for putting in place proper "
          "arrangements for the governance of its affairs, including arrangements for the management of "
          "risk. The Council has approved and adopted a Local Code of Corporate Governance consistent with "
          "the CIPFA/SOLACE framework Delivering Good Governance in Local Government (2016)."]),
        ("2. The purpose of the governance framework",
         ["The governance framework comprises the systems, processes, culture and values by which the "
          "Council is directed and controlled, and the activities through which it accounts to, engages with "
          "and leads its communities. The system of internal control is designed to manage risk to a "
          "reasonable level; it cannot eliminate all risk of failure to achieve policies, aims and objectives."]),
        ("3. The governance framework",
         ["The key elements of the Council's governance framework in 2024/25 were:",
          "•  the Constitution, which sets out how decisions are made and the roles of the Cabinet, "
          "the overview and scrutiny committees and the Audit and Governance Committee;",
          "•  the Medium Term Financial Plan and annual budget, monitored by Cabinet each quarter;",
          "•  the Corporate Risk Register, reviewed monthly by the Corporate Leadership Team;",
          "•  the Contract Procedure Rules and the Commercial Board, which oversees contracts with a "
          "lifetime value above £500,000;",
          "•  the statutory officers: the Head of Paid Service, the Chief Finance Officer (Section 151 "
          "Officer) and the Monitoring Officer;",
          "•  the Internal Audit service, which reports to the Audit and Governance Committee."]),
        ("4. Review of effectiveness",
         ["The Council has reviewed the effectiveness of its governance framework, drawing on the annual "
          "opinion of the Head of Internal Audit, assurance statements from each Executive Director, the work "
          "of the scrutiny committees and comments from the external auditor. The Head of Internal Audit has "
          "given a 'reasonable' opinion for 2024/25, with limited assurance reports on contract management "
          "and on the deprivation of liberty safeguards backlog."]),
    ]
    for h, ps in secs:
        SOURCE[n].append(h)
        pdf.set_font("dv", "B", 11.5)
        pdf.multi_cell(0, 7, h, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for p in ps:
            if p.startswith("•"):
                pdf.set_x(28)
                para(pdf, n, p, gap=1.2)
            else:
                para(pdf, n, p)
        pdf.ln(2)
    pdf.add_page()
    h = "5. Significant governance issues"
    SOURCE[n].append(h)
    pdf.set_font("dv", "B", 11.5)
    pdf.multi_cell(0, 7, h, new_x="LMARGIN", new_y="NEXT")
    para(pdf, n, "The following issues were judged significant in 2024/25. Progress will be monitored by "
         "the Audit and Governance Committee during 2025/26.")
    rows = [
        ("Issue", "Description", "Action taken / planned", "Lead / target"),
        ("1. Adult social care market sustainability",
         "Fragility of the residential and home care market, particularly in rural areas; four home care "
         "providers handed back packages and two care homes closed in 2024/25. Fee uplifts absorbed much of "
         "the Market Sustainability and Improvement Fund.",
         "Market position statement refreshed; recommissioning of care at home services from April 2026; "
         "quarterly provider risk dashboard reported to Corporate Leadership Team.",
         "Executive Director of Adult Social Care and Health / March 2026"),
        ("2. Failure of the outsourced community equipment contract",
         "The provider of the integrated community equipment service, Medilift Logistics Ltd, entered "
         "administration in October 2024. Contract monitoring had not identified the provider's financial "
         "distress; emergency arrangements cost an additional £1.9m.",
         "Service brought back in-house on an interim basis; Internal Audit review of contract management "
         "completed; financial due diligence now required for all contracts over £500,000.",
         "Director of Commercial Services / December 2025"),
        ("3. High needs block deficit",
         "The Dedicated Schools Grant deficit reached £38.6m at 31 March 2025 owing to growth in EHCPs and "
         "independent special school placements.",
         "Delivering Better Value programme; new specialist places in county schools.",
         "Executive Director of Children's Services / 2026/27"),
        ("4. Workforce capacity in social work",
         "Vacancy rate of 21 per cent among qualified social workers and reliance on agency staff.",
         "Recruitment and retention package and a social work apprenticeship scheme.",
         "Chief People Officer / March 2026"),
    ]
    for row in rows:
        SOURCE[n].append(" ".join(row))
    pdf.set_font("dv", "", 8.5)
    pdf.set_draw_color(80, 80, 80)
    with pdf.table(col_widths=(30, 50, 52, 34), text_align="LEFT", line_height=4.3,
                   headings_style=None, first_row_as_headings=False) as t:
        for i, row in enumerate(rows):
            tr = t.row()
            for c in row:
                if i == 0:
                    tr.cell(c, style=FontFace(emphasis="BOLD", fill_color=(210, 210, 210)))
                else:
                    tr.cell(c)
    pdf.ln(5)
    para(pdf, n, "We are satisfied that these steps will address the need for improvements identified in our "
         "review of effectiveness and will monitor their implementation as part of our next annual review.")
    para(pdf, n, "Signed: Leader of the Council          Chief Executive", align="L")
    pdf.output(os.path.join(DOCS, n))
    return {"document": n, "doc_type": "report",
            "themes": ["governance", "finance", "adult-social-care", "subcontracting", "privatisation",
                       "workforce", "children-and-families"],
            "items": [], "questions": [], "resolutions": [], "attendees": []}


def norm(s):
    s = s.replace(SHY, "")
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def check(golds):
    ok = True
    for g in golds:
        src = norm(" \n ".join(SOURCE[g["document"]]))
        phrases = []
        for x in g.get("questions", []):
            phrases.append(("question", x["text"]))
            if x["answer"]:
                phrases.append(("answer", x["answer"]))
        for x in g.get("resolutions", []):
            phrases.append(("resolution", x["text"]))
        for kind, p in phrases:
            np_ = norm(p)
            wc = len(np_.split())
            cnt = src.count(np_)
            if cnt != 1 or not (6 <= len(p.split()) <= 15):
                ok = False
                print(f"FAIL {g['document']} {kind}: count={cnt} words={wc}: {p}")
        print(f"{g['document']}: items={len(g.get('items', []))} questions={len(g.get('questions', []))} "
              f"resolutions={len(g.get('resolutions', []))} attendees={len(g.get('attendees', []))} "
              f"phrases checked={len(phrases)}")
    return ok


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    golds = [build_d1(), build_d2()]
    for g in golds:
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    if "--check" in sys.argv:
        if check(golds):
            print("CHECK PASSED")
        else:
            print("CHECK FAILED")
            sys.exit(1)


if __name__ == "__main__":
    main()
