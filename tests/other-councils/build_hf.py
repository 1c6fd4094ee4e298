#!/usr/bin/env python3
"""Build the "hf-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hf.py           build documents/hf-* and gold/hf-*.json
        build_hf.py --check   verify every gold phrase occurs once in its document
"""
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime(2025, 3, 20, 9, 0, 0, tzinfo=timezone.utc)
SHY = "\u00ad"

COMMITTEE = "Pennine Vale Joint Health Overview and Scrutiny Committee"


def shy(text):
    """Insert soft hyphens in long words so justified lines hyphenate."""
    def fix(m):
        w = m.group(0)
        if len(w) < 11:
            return w
        cut = len(w) // 2
        return w[:cut] + SHY + w[cut:]
    return re.sub(r"[A-Za-z]+", fix, text)


# ---------------------------------------------------------------- document 1
D1 = "hf-pennine-vale-jhosc-2025-03-14.pdf"

ATTEND = [
    ("Present:", [
        "Holmebridge Council – Councillor Helen Ashworth (Chair), Councillor Imran Qadir",
        "Calderfell Council – Councillor Colin Brearley (Vice-Chair)",
        "Airedon Metropolitan District Council – Councillor Saima Rafiq, Councillor Peter Hebden (substitute for Councillor Joan Mellor)",
        "Wharfeside City Council – Councillor Dorothy Lumb",
        "Ryburn Council – Councillor Mark Sutcliffe",
    ]),
    ("In attendance:", [
        "Karen Whitworth – Director of Strategy and Partnerships, NHS Pennine Vale Integrated Care Board",
        "Dr Anil Menon – Chief Medical Officer, NHS Pennine Vale Integrated Care Board",
        "Stephen Greaves – Director of Urgent and Emergency Care Improvement, NHS Pennine Vale Integrated Care Board",
        "Lorraine Haigh – Chief Operating Officer, Pennine Vale Teaching Hospitals NHS Foundation Trust",
        "Mr Tom Fielding – Consultant Stroke Physician and Clinical Lead, Pennine Vale Stroke Network",
        "Gemma Shaw – Head of Planned Care Commissioning and Contracting, NHS Pennine Vale Integrated Care Board",
        "Nadia Hussain – Chief Executive, Healthwatch Holmebridge",
        "Richard Dyson – Principal Governance and Democratic Engagement Officer, Holmebridge Council",
    ]),
    ("Apologies:", [
        "Councillor Joan Mellor (Airedon Metropolitan District Council)",
        "Councillor Anne Greenwood (Wharfeside City Council)",
    ]),
]

# blocks: ("item", num, title) ("p", text) ("b", text) ("res", [clauses] or text)
D1_BODY = [
    ("item", "1", "Membership of the Committee"),
    ("p", "Apologies for absence were received on behalf of Councillor Joan Mellor "
          "(Airedon Metropolitan District Council) and Councillor Anne Greenwood "
          "(Wharfeside City Council). Councillor Peter Hebden attended as a substitute "
          "for Councillor Mellor."),
    ("item", "2", "Minutes of previous meeting"),
    ("res", "That the minutes of the meeting of the Committee held on 29 November 2024 "
            "be approved as a correct record."),
    ("item", "3", "Declaration of Interests"),
    ("p", "Councillor Lumb declared an "
          "'other interest' in Minute No. 6 on the grounds that a close family member "
          "is employed as a nurse by Pennine Vale Teaching Hospitals NHS Foundation Trust."),
    ("item", "4", "Public Question Time"),
    ("p", "The Committee received a question from Mr Geoffrey Holroyd, a resident of "
          "Ryburn, who asked whether the ICB would publish the travel time modelling "
          "for the stroke proposals before the public consultation closed, given that "
          "many older residents in the upper valleys had no access to a car. In reply, "
          "the Director of Strategy and Partnerships stated that the travel analysis "
          "would be published on the ICB website by the end of March and that a "
          "summary would be sent to Mr Holroyd directly."),
    ("item", "5", "Urgent and Emergency Care: Winter 2024/25 Review"),
    ("p", "The Committee received a presentation from the Director of Urgent and "
          "Emergency Care Improvement that reviewed performance across the system over "
          "the winter period, including the four-hour standard, ambulance handover "
          "delays, the use of corridor care and the impact of the flu and norovirus "
          "season. The Chief Operating Officer, Pennine Vale Teaching Hospitals NHS "
          "Foundation Trust, outlined the actions taken at the two emergency "
          "departments, including the opening of a new same day emergency care unit "
          "and an expanded discharge lounge."),
    ("p", "A question and answer session followed that covered a number of issues that "
          "included:"),
    ("b", "A question on how many patients had been cared for in corridors during January "
          "and the response that the Trust had recorded 412 such episodes, all of which "
          "had been risk assessed and reported to the Trust board."),
    ("b", "Concerns that ambulance handover delays at Holmebridge Royal Infirmary remained "
          "the worst in the region, and the explanation that a new fit-to-sit area and "
          "a cohorting team had cut the average handover to 38 minutes since February."),
    ("b", "A question on whether delayed discharges were caused by a shortage of home "
          "care packages in some council areas and the confirmation that around 90 "
          "patients a day were medically fit but still in hospital, most of them awaiting "
          "packages of care or a care home placement."),
    ("b", "The reliance on agency nurses to staff escalation beds, and the "
          "acknowledgement that agency spend had fallen by 30 per cent but that the "
          "Trust still had 140 registered nurse vacancies."),
    ("b", "A request that future reports break down the winter data by each council "
          "area so that members could see the position for their own residents."),
    ("p", "Councillor Sutcliffe asked what had been done to promote flu vaccination among "
          "frontline health and care staff. The Chief Medical Officer explained that uptake "
          "among trust staff had reached 49 per cent, slightly below the previous year, "
          "and that the ICB would work with the directors of public health on a joint "
          "campaign for next winter."),
    ("res", ["That the presentation be noted and the officers be thanked for their "
             "attendance.",
             "That the ICB provide a breakdown of the winter data by council area for the "
             "next meeting of the Committee.",
             "That the Committee write to the Chief Executive of the ICB setting out its "
             "concerns on ambulance handover delays and corridor care."]),
    ("item", "6", "Proposed Reconfiguration of Hyper-Acute Stroke Services"),
    ("p", "The Committee considered a report from NHS Pennine Vale Integrated Care Board "
          "on the proposal to consolidate hyper-acute stroke care for the whole footprint "
          "on two sites, Holmebridge Royal Infirmary and Wharfeside General Hospital, "
          "with the stroke unit at Calderfell Infirmary becoming a rehabilitation unit. "
          "The Consultant Stroke Physician set out the clinical case, noting that units "
          "treating fewer than 600 patients a year could not sustain round-the-clock "
          "thrombectomy or specialist consultant cover."),
    ("p", "Councillor Brearley queried how the proposals would affect residents of the "
          "Calder valley, who would face a longer journey to a hyper-acute unit. The "
          "Consultant Stroke Physician responded that the evidence from other regions "
          "showed that better outcomes at a specialist unit outweighed a longer journey "
          "time, and that ambulance crews would be trained to pre-alert the receiving unit. "
          "Councillor Rafiq sought clarification on whether the two remaining units had "
          "enough beds and therapists to absorb the extra patients; in reply the Chief "
          "Operating Officer stated that 18 additional beds would be opened and that "
          "recruitment of therapists would begin before any change took effect."),
    ("p", "Members expressed concern that families visiting patients from Calderfell would "
          "face two bus journeys and the cost of parking. The Director of Strategy and "
          "Partnerships advised that a travel support scheme was being developed with the "
          "councils and would be described in the consultation document. Councillor Qadir "
          "asked whether Healthwatch had been involved in shaping the consultation, and "
          "the Chief Executive of Healthwatch Holmebridge confirmed that it had tested "
          "the questionnaire with stroke survivors and carers."),
    ("p", "Councillor Hebden requested that the consultation include "
          "face-to-face events in every council area rather than relying on online "
          "surveys; no response was recorded on this point."),
    ("res", ["That the Committee considers the proposal to be a substantial variation in "
             "the provision of health services across the Pennine Vale footprint.",
             "That the Committee recommends to the ICB Board that the travel support scheme "
             "be agreed and funded before any decision is taken.",
             "That the Committee's comments be submitted as its formal response to the "
             "consultation and be reported back to the June meeting.",
             "That, should the Committee not be satisfied with the outcome of the "
             "consultation, the Chair be authorised to refer the matter to the Secretary "
             "of State after consulting the Vice-Chair."]),
    ("item", "7", "Procurement of Community Ophthalmology and Dermatology Services"),
    ("p", "The Head of Planned Care Commissioning and Contracting presented a report on "
          "the ICB's intention to procure community ophthalmology and dermatology services "
          "under the Provider Selection Regime, with contracts worth approximately "
          "£6.4 million a year. The services were currently provided by a mix of NHS "
          "trusts and independent sector providers."),
    ("p", "Councillor Lumb asked whether the contracts could be awarded to private "
          "companies that had no track record in the area. The Head of Planned Care "
          "Commissioning and Contracting replied that any provider would have to meet the "
          "same quality and social value criteria and that local NHS trusts were expected "
          "to bid. Members raised concerns about the loss of specialist staff from the "
          "hospital eye clinics if work moved to independent providers, and were informed "
          "that the service specification would require joint training and shared "
          "clinical governance with the trusts."),
    ("p", "Councillor Sutcliffe asked how patients had been consulted on the service "
          "model. It was confirmed that a patient survey had drawn over 1,100 responses "
          "and that a patient representative would sit on the evaluation panel."),
    ("res", ["That the report be noted.",
             "That the Committee receive a report on the outcome of the procurement, "
             "including the providers selected and the arrangements for monitoring "
             "contract performance, at its September meeting."]),
    ("item", "8", "Work Programme 2024/25"),
    ("p", "The Principal Governance and Democratic Engagement Officer presented the "
          "Committee's work programme for the remainder of the municipal year."),
    ("res", "That the work programme be agreed, subject to the addition of an item on "
            "NHS dental access in the autumn."),
]

# ---------------------------------------------------------------- document 2
D2 = "hf-stroke-substantial-variation-assessment.pdf"

D2_BODY = [
    ("h", "Substantial Variation Assessment"),
    ("p", "Proposed reconfiguration of hyper-acute stroke services – submission by NHS "
          "Pennine Vale Integrated Care Board to the Pennine Vale Joint Health Overview and "
          "Scrutiny Committee. This template is completed by the NHS body proposing a "
          "change and is published with the Committee's agenda papers to help members "
          "decide whether a change is a substantial variation."),
    ("q", "1. What is the proposed change?"),
    ("p", "Hyper-acute stroke care would be provided at two sites, Holmebridge Royal "
          "Infirmary and Wharfeside General Hospital. The Calderfell Infirmary stroke unit "
          "would become a rehabilitation unit for patients from the upper valleys."),
    ("q", "2. Why is the change needed?"),
    ("p", "National guidance recommends that hyper-acute units treat at least 600 "
          "confirmed stroke patients each year. Calderfell currently treats around 310 "
          "and cannot maintain seven-day consultant cover or thrombectomy."),
    ("q", "3. How many patients will be affected, and where do they live?"),
    ("p", "Around 310 patients a year, mainly from Calderfell and the western part of "
          "Ryburn. Average ambulance journey times would rise by between 9 and 17 minutes."),
    ("q", "4. How have patients, carers and the public been involved so far?"),
    ("p", "Pre-consultation engagement included six listening events, a survey with 870 "
          "responses and work with Healthwatch and stroke survivors' groups."),
    ("q", "5. What are the effects on the workforce?"),
    ("p", "Stroke nursing and therapy staff at Calderfell would be offered posts at the "
          "rehabilitation unit or at either hyper-acute unit. No redundancies are expected."),
    ("q", "6. What are the financial implications?"),
    ("p", "Capital costs of £4.2 million for additional beds; revenue costs are expected "
          "to be met within existing stroke budgets from the second year."),
    ("q", "7. Does the ICB consider the change to be a substantial variation?"),
    ("p", "Yes. The ICB proposes a twelve-week public consultation starting in April 2025 "
          "and invites the Committee to comment on the consultation plan."),
    ("q", "Questions members may wish to consider"),
    ("p", "• Is the evidence that outcomes improve at larger units convincing for a "
          "footprint with long rural journeys?"),
    ("p", "• Are the travel support arrangements for families adequate and funded?"),
    ("p", "• Will the consultation reach people who are not online?"),
    ("p", "Contact: Karen Whitworth, Director of Strategy and Partnerships, NHS Pennine Vale "
          "Integrated Care Board. Version 2.1, February 2025."),
]


# ---------------------------------------------------------------- rendering
class MinutesPDF(FPDF):
    def __init__(self, head, foot_left):
        super().__init__(format="A4")
        self.head = head
        self.foot_left = foot_left
        self.add_font("DV", "", FONT)
        self.add_font("DV", "B", FONTB)
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, 24)
        self.set_creation_date(FIXED)
        self.set_title(head)
        self.set_author("Holmebridge Council")

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "", 8)
        self.set_y(10)
        self.cell(0, 4, self.head, align="C")
        self.ln(8)

    def footer(self):
        self.set_y(-16)
        self.set_font("DV", "", 8)
        self.cell(60, 4, self.foot_left)
        self.cell(50, 4, f"Page {self.page_no()}", align="C")
        if self.foot_left.startswith("Holmebridge"):
            self.cell(0, 4, "Chair's initials ..........", align="R")


def para(pdf, text, x=32, w=None, bold=False, h=5):
    pdf.set_font("DV", "B" if bold else "", 10)
    pdf.set_x(x)
    pdf.multi_cell(w or (pdf.w - pdf.r_margin - x), h, shy(text), align="J",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def build_d1():
    pdf = MinutesPDF(f"{COMMITTEE} - 14 March 2025", "Holmebridge Council")
    pdf.add_page()
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 4, "Contact Officer: Richard Dyson", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 7, "HOLMEBRIDGE COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 11)
    pdf.multi_cell(0, 6, COMMITTEE.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 6, "Friday 14th March 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Council Chamber, Holmebridge Town Hall", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for label, lines in ATTEND:
        y = pdf.get_y()
        pdf.set_font("DV", "B", 10)
        pdf.set_xy(20, y)
        pdf.cell(30, 5, label)
        pdf.set_font("DV", "", 10)
        for ln in lines:
            pdf.set_x(55)
            pdf.multi_cell(pdf.w - 20 - 55, 5, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(3)
    for blk in D1_BODY:
        kind = blk[0]
        if kind == "item":
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("DV", "B", 11)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(12, 6, blk[1])
            pdf.cell(0, 6, blk[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            para(pdf, blk[1])
        elif kind == "b":
            pdf.set_font("DV", "", 10)
            y = pdf.get_y()
            pdf.set_xy(34, y)
            pdf.cell(5, 5, "•")
            para(pdf, blk[1], x=40)
        elif kind == "res":
            pdf.set_font("DV", "B", 10)
            pdf.set_x(32)
            if isinstance(blk[1], str):
                pdf.cell(0, 5, "RESOLVED –", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
                para(pdf, blk[1])
            else:
                pdf.cell(0, 5, "RESOLVED –", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
                for i, c in enumerate(blk[1], 1):
                    pdf.set_font("DV", "", 10)
                    y = pdf.get_y()
                    pdf.set_xy(32, y)
                    pdf.cell(8, 5, f"{i})")
                    para(pdf, c, x=40)
    pdf.output(str(DOCS / D1))


def build_d2():
    pdf = MinutesPDF("Substantial Variation Assessment – Hyper-Acute Stroke Services",
                     "NHS Pennine Vale Integrated Care Board")
    pdf.set_author("NHS Pennine Vale Integrated Care Board")
    pdf.add_page()
    for kind, text in D2_BODY:
        if kind == "h":
            pdf.set_font("DV", "B", 15)
            pdf.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "q":
            pdf.ln(2)
            pdf.set_fill_color(225, 232, 240)
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(0, 6, text, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            para(pdf, text, x=20)
    pdf.output(str(DOCS / D2))


def source_text(body, attend=()):
    parts = []
    for label, lines in attend:
        parts.append(label)
        parts.extend(lines)
    for blk in body:
        for x in blk[1:]:
            parts.extend(x if isinstance(x, list) else [x])
    return "\n".join(parts)


# ---------------------------------------------------------------- gold
def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


ICB = "NHS Pennine Vale Integrated Care Board"
GOLD1 = {
    "document": D1,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-03-14",
    "items": [
        {"number": "1", "title": "Membership of the Committee"},
        {"number": "2", "title": "Minutes of previous meeting"},
        {"number": "3", "title": "Declaration of Interests"},
        {"number": "4", "title": "Public Question Time"},
        {"number": "5", "title": "Urgent and Emergency Care: Winter 2024/25 Review"},
        {"number": "6", "title": "Proposed Reconfiguration of Hyper-Acute Stroke Services"},
        {"number": "7", "title": "Procurement of Community Ophthalmology and Dermatology Services"},
        {"number": "8", "title": "Work Programme 2024/25"},
    ],
    "questions": [
        q("4", "question",
          "asked whether the ICB would publish the travel time modelling",
          "Mr Geoffrey Holroyd",
          "the travel analysis would be published on the ICB website",
          "the Director of Strategy and Partnerships",
          ["patient-and-public-input"]),
        q("5", "question",
          "A question on how many patients had been cared for in corridors",
          None,
          "the Trust had recorded 412 such episodes, all of which had been risk assessed",
          None, ["governance"]),
        q("5", "concern",
          "Concerns that ambulance handover delays at Holmebridge Royal Infirmary remained",
          None,
          "a new fit-to-sit area and a cohorting team had cut the average handover",
          None, []),
        q("5", "question",
          "whether delayed discharges were caused by a shortage of home care packages",
          None,
          "around 90 patients a day were medically fit but still in hospital",
          None, ["adult-social-care"]),
        q("5", "concern",
          "The reliance on agency nurses to staff escalation beds",
          None,
          "agency spend had fallen by 30 per cent but that the Trust still had",
          None, ["workforce", "finance"]),
        q("5", "request",
          "A request that future reports break down the winter data by each council area",
          None, None, None, []),
        q("5", "question",
          "asked what had been done to promote flu vaccination among frontline",
          "Councillor Sutcliffe",
          "uptake among trust staff had reached 49 per cent, slightly below the previous year",
          "The Chief Medical Officer",
          ["public-health", "workforce"]),
        q("6", "question",
          "queried how the proposals would affect residents of the Calder valley",
          "Councillor Brearley",
          "better outcomes at a specialist unit outweighed a longer journey time",
          "The Consultant Stroke Physician", []),
        q("6", "question",
          "sought clarification on whether the two remaining units had enough beds and therapists",
          "Councillor Rafiq",
          "18 additional beds would be opened and that recruitment of therapists",
          "the Chief Operating Officer", ["workforce"]),
        q("6", "concern",
          "Members expressed concern that families visiting patients from Calderfell",
          "Members",
          "a travel support scheme was being developed with the councils",
          "The Director of Strategy and Partnerships", ["finance"]),
        q("6", "question",
          "asked whether Healthwatch had been involved in shaping the consultation",
          "Councillor Qadir",
          "it had tested the questionnaire with stroke survivors and carers",
          "the Chief Executive of Healthwatch Holmebridge",
          ["patient-and-public-input"]),
        q("6", "request",
          "requested that the consultation include face-to-face events in every council area",
          "Councillor Hebden", None, None, ["patient-and-public-input"]),
        q("7", "question",
          "asked whether the contracts could be awarded to private companies",
          "Councillor Lumb",
          "any provider would have to meet the same quality and social value criteria",
          "The Head of Planned Care Commissioning and Contracting",
          ["privatisation", "subcontracting"]),
        q("7", "concern",
          "raised concerns about the loss of specialist staff from the hospital eye clinics",
          "Members",
          "the service specification would require joint training and shared clinical governance",
          None, ["workforce", "subcontracting", "privatisation"]),
        q("7", "question",
          "asked how patients had been consulted on the service model",
          "Councillor Sutcliffe",
          "a patient survey had drawn over 1,100 responses",
          None, ["patient-and-public-input"]),
    ],
    "resolutions": [
        {"item": "2", "text": "minutes of the meeting of the Committee held on 29 November 2024",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "write to the Chief Executive of the ICB setting out its concerns",
         "outcome": "agreed", "themes": []},
        {"item": "6", "text": "considers the proposal to be a substantial variation in the provision",
         "outcome": "recommended", "themes": ["governance", "finance", "patient-and-public-input"]},
        {"item": "7", "text": "receive a report on the outcome of the procurement, including the providers",
         "outcome": "agreed", "themes": ["subcontracting"]},
        {"item": "8", "text": "the work programme be agreed, subject to the addition of an item",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Councillor Helen Ashworth", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Imran Qadir", "role": None, "attendance": "present"},
        {"name": "Councillor Colin Brearley", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Saima Rafiq", "role": None, "attendance": "present"},
        {"name": "Councillor Peter Hebden", "role": "substitute for Councillor Joan Mellor",
         "attendance": "present"},
        {"name": "Councillor Dorothy Lumb", "role": None, "attendance": "present"},
        {"name": "Councillor Mark Sutcliffe", "role": None, "attendance": "present"},
        {"name": "Karen Whitworth", "role": "Director of Strategy and Partnerships, " + ICB,
         "attendance": "in_attendance"},
        {"name": "Dr Anil Menon", "role": "Chief Medical Officer, " + ICB,
         "attendance": "in_attendance"},
        {"name": "Stephen Greaves",
         "role": "Director of Urgent and Emergency Care Improvement, " + ICB,
         "attendance": "in_attendance"},
        {"name": "Lorraine Haigh",
         "role": "Chief Operating Officer, Pennine Vale Teaching Hospitals NHS Foundation Trust",
         "attendance": "in_attendance"},
        {"name": "Mr Tom Fielding",
         "role": "Consultant Stroke Physician and Clinical Lead, Pennine Vale Stroke Network",
         "attendance": "in_attendance"},
        {"name": "Gemma Shaw",
         "role": "Head of Planned Care Commissioning and Contracting, " + ICB,
         "attendance": "in_attendance"},
        {"name": "Nadia Hussain", "role": "Chief Executive, Healthwatch Holmebridge",
         "attendance": "in_attendance"},
        {"name": "Richard Dyson",
         "role": "Principal Governance and Democratic Engagement Officer, Holmebridge Council",
         "attendance": "in_attendance"},
        {"name": "Councillor Joan Mellor", "role": None, "attendance": "apologies"},
        {"name": "Councillor Anne Greenwood", "role": None, "attendance": "apologies"},
    ],
}

GOLD2 = {"document": D2, "doc_type": "report"}


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def check():
    ok = True
    for gold, text in ((GOLD1, source_text(D1_BODY, ATTEND)), (GOLD2, source_text(D2_BODY))):
        src = norm(text)
        phrases = []
        for qq in gold.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq["answer"]:
                phrases.append(("answer", qq["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, p in phrases:
            n = len(p.split())
            c = src.count(norm(p))
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {gold['document']} {kind}: count={c} words={n}: {p}")
        disk = json.loads((GOLD / (Path(gold["document"]).stem + ".json")).read_text())
        if disk != gold:
            ok = False
            print(f"FAIL gold file out of date: {gold['document']}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_d1()
    build_d2()
    for g in (GOLD1, GOLD2):
        (GOLD / (Path(g["document"]).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
