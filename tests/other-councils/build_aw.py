#!/usr/bin/env python3
"""Build the "aw-" documents of the other-councils evaluation set and their gold annotations.

Usage: build_aw.py [--check]
"""
import copy, datetime, html, io, json, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^0-9a-z£%]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- document 1 (PDF)
D1 = "aw-harrowfield-adults-health-wellbeing-osp-2025-10-14.pdf"
D1_COUNCILLORS = [
    ("Councillor Margaret Oduya", "Chair"),
    ("Councillor Pete Lindqvist", "Vice-Chair"),
    ("Councillor Harjit Sandhu", None),
    ("Councillor Fiona Carrick", None),
    ("Councillor Dean Whitworth", None),
    ("Councillor Alison Pemberton", "substitute for Councillor Roy Baines"),
]
D1_OFFICERS = [
    ("Dr Sunil Mehra", "Director of Public Health"),
    ("Karen Ashdown", "Strategic Director of Adult Social Care and Health Integration"),
    ("Tom Fairclough", "Head of Commissioning and Market Management (Adults)"),
    ("Leanne Brooks", "Democratic Services Officer"),
]
D1_ALSO = [("Gareth Holm", "Deputy Chief Operating Officer, Northvale Integrated Care Board")]
D1_APOL = ["Councillor Roy Baines", "Councillor Yasmin Qureshi"]

# items: (number, title, [paragraphs]) ; a paragraph starting with "R:" is a Response paragraph
D1_ITEMS = [
    ("AHW/12", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Councillor Roy Baines and Councillor Yasmin Qureshi. "
        "Councillor Alison Pemberton attended as a substitute for Councillor Baines."]),
    ("AHW/13", "Declarations of interest: none.", []),
    ("AHW/14", "Minutes of the Meeting held on 9 September 2025", [
        "The minutes of the meeting held on 9 September 2025 were submitted. RESOLVED: (1) that the minutes "
        "of the meeting held on 9 September 2025 be approved as a correct record and signed by the Chair; "
        "(2) that the action log be noted."]),
    ("AHW/15", "Chair's Update", [
        "The Chair reported that she and the Vice-Chair had met the Chief Executive of Northvale Integrated "
        "Care Board on 30 September to discuss the Board's financial recovery plan, and that the ICB had "
        "agreed to share its quarterly risk register with the Panel. She also reminded Members that the joint "
        "visit to the Ashgrove Reablement Unit, postponed in July, would now take place on 4 November 2025.",
        "Councillor Carrick asked whether Members who were not on the Panel could join the visit to the "
        "Ashgrove Reablement Unit.",
        "R:Places were limited to eight because of infection control arrangements on the unit, but any "
        "remaining places would be offered to ward councillors for the area.",
        "The Panel noted the Chair's update and the revised date for the visit."]),
    ("AHW/16", "Call-in: Recommissioning of the Home Care and Reablement Framework (Cabinet Member "
               "Decision CMD/ASC/2025/07)", [
        "The Panel considered a call-in, submitted by Councillors Whitworth, Carrick and Sandhu, of the "
        "decision taken by the Cabinet Member for Adult Social Care on 22 September 2025 to award places on "
        "the new Home Care and Reablement Framework to eleven providers for a period of four years from "
        "1 April 2026. The reasons given for the call-in were that the evaluation had given too little weight "
        "to quality, that the consultation with people receiving care had been inadequate, and that the "
        "decision would result in around 340 people changing carer. Councillor Whitworth addressed the Panel "
        "on behalf of the signatories, and the Cabinet Member and the Head of Commissioning and Market "
        "Management (Adults) responded.",
        "Councillor Sandhu asked how many existing providers had been unsuccessful in the tender and what "
        "would happen to the people they currently supported.",
        "R:Four existing providers had not been appointed to the framework. Each person affected would have a "
        "review by a social worker before any transfer and nobody would be moved during the winter period; "
        "where a person's carer was employed by an outgoing provider, TUPE was likely to apply so that many "
        "people would keep the same care worker.",
        "Councillor Pemberton questioned the weighting of 60 per cent price and 40 per cent quality in the "
        "evaluation, and whether that was consistent with the Council's Ethical Care Charter. The Panel was "
        "advised that the weighting had been set at 50:50 at the start of the procurement and that the figure "
        "of 60 per cent quoted in the call-in notice related to an earlier draft; the published tender "
        "documents were circulated to Members at the meeting.",
        "Councillor Carrick expressed concern that only 212 responses had been received to the survey of "
        "people receiving home care, and asked whether people with dementia and their carers had been able "
        "to take part.",
        "R:The survey had been supplemented by twelve face-to-face sessions run with Healthwatch Harrowfield "
        "and by telephone interviews with carers; the Head of Commissioning accepted that the engagement "
        "report could have set this out more clearly.",
        "Councillor Lindqvist asked whether any of the appointed providers were owned by private equity firms "
        "and how their financial resilience had been tested. The Panel was advised that two of the eleven "
        "providers were part of larger private groups, and that all bidders had passed a financial standing "
        "assessment based on three years of audited accounts and a credit check.",
        "Having considered the reasons for the call-in and the responses given, the Panel did not consider "
        "that the decision was contrary to the policy framework or that the principles of decision-making had "
        "been breached. RESOLVED: (1) that the Panel take no further action in respect of the call-in, and the "
        "decision of the Cabinet Member may be implemented with immediate effect; (2) that the Head of "
        "Commissioning and Market Management (Adults) provide the Panel with a report on the transition of "
        "people between providers at its meeting in May 2026."]),
    ("AHW/17", "Northvale Integrated Care Board – Winter Plan 2025/26 and Urgent and Emergency Care", [
        "Gareth Holm, Deputy Chief Operating Officer, Northvale Integrated Care Board, introduced the winter "
        "plan, which set out additional capacity of 48 virtual ward beds, an expanded urgent community "
        "response service and a new single point of access for care homes. He reported that ambulance "
        "handover times at Harrowfield General Hospital had averaged 41 minutes in September against a "
        "target of 30 minutes.",
        "Councillor Whitworth asked why the number of virtual ward beds had been reduced from the 70 promised "
        "in last year's plan, and whether this reflected the ICB's financial position.",
        "R:The 70 beds had been commissioned but average occupancy had been below 60 per cent, so funding had "
        "been moved into the urgent community response service, where demand was higher; the change had not "
        "been made to achieve savings.",
        "Councillor Pemberton requested that the Panel be given figures for delayed discharges broken down by "
        "the reason for delay, including waits for care packages and for care home placements. The Panel was "
        "advised that these figures were collected weekly and would be provided with the next quarterly "
        "performance report.",
        "Councillor Sandhu raised concerns about the number of patients being cared for in corridors at "
        "Harrowfield General Hospital during the previous winter. Mr Holm said that the Trust had opened a "
        "24-bed temporary ward in the former outpatients block and that corridor care was recorded as a "
        "patient safety incident on every occasion. Councillor Oduya then asked how the plan would help "
        "residents who could not get a GP appointment on the same day, and Mr Holm explained that the eleven "
        "primary care networks would offer additional same-day appointments through the winter access hubs "
        "from 1 December.",
        "RESOLVED: (1) that the winter plan and the update on urgent and emergency care be noted; (2) that the "
        "ICB be requested to provide the delayed discharge figures referred to above to all Members of the "
        "Panel."]),
    ("AHW/18", "Stop Smoking and Tobacco Control Service – Options for Future Delivery", [
        "Dr Sunil Mehra, Director of Public Health, presented a report on options for the stop smoking service "
        "when the current contract with Breathe Easy Ltd expires on 31 March 2026. The options were to "
        "re-tender the service, to bring it back in-house within the public health team, or to deliver it "
        "through community pharmacies under a locally commissioned service. The additional Government grant "
        "for stop smoking services of £612,000 a year would continue until at least 2027.",
        "Councillor Lindqvist asked what the quit rate of the current provider had been compared with the "
        "national average.",
        "R:The four-week quit rate in 2024/25 had been 47 per cent, below the England average of 54 per cent, "
        "and the provider had not met its target for pregnant women who smoke in any quarter of the contract.",
        "Councillor Carrick commented that the in-house option would give the Council greater control over "
        "quality and would avoid the profit margin taken by a private company. The Panel was advised that the "
        "in-house option was estimated to cost around £38,000 a year more than the current contract because "
        "of pension and on-cost differences, but that this could be met from the grant.",
        "Councillor Whitworth asked whether staff employed by the current provider would transfer to the "
        "Council if the service came back in-house.",
        "R:Legal advice was that TUPE would apply to the nine advisers who spent all or most of their time on "
        "the Harrowfield contract, and early discussions had been held with the trade unions.",
        "RESOLVED: (1) that the report be noted; (2) that the Panel recommends to Cabinet that the stop "
        "smoking service be brought back in-house from 1 April 2026, with community pharmacies retained as an "
        "additional point of access; (3) that the equality impact assessment be shared with the Panel before "
        "Cabinet takes its decision."]),
    ("AHW/19", "Adult Social Care – Budget Monitoring and Workforce Position (Quarter 2)", [
        "Karen Ashdown, Strategic Director of Adult Social Care and Health Integration, reported a projected "
        "overspend of £4.2 million on the adult social care budget, mainly due to the cost of residential "
        "placements for older people and an increase in the number of working-age adults with complex needs. "
        "The vacancy rate among social workers had fallen from 19 per cent to 12 per cent following the "
        "recruitment campaign and the introduction of a market supplement.",
        "Councillor Pemberton asked how much of the overspend was attributable to agency social workers, and "
        "was told that agency spend had reduced to £1.1 million in the first half of the year and that the "
        "number of agency social workers had fallen from 31 to 14.",
        "Councillor Sandhu sought clarification on whether the Council would apply the real living wage "
        "uplift to home care fees from April 2026.",
        "R:The uplift had been built into the framework prices for the first year, but its continuation in "
        "later years would depend on the outcome of the local government finance settlement.",
        "RESOLVED: (1) that the Quarter 2 budget position and the actions being taken to reduce the overspend "
        "be noted; (2) that the Panel endorses the continuation of the social work market supplement until "
        "March 2027."]),
    ("AHW/20", "Work Programme 2025/26", [
        "The Democratic Services Officer presented the Panel's work programme. Members agreed to add an item "
        "on the transfer of community dental services to the meeting in January 2026. RESOLVED: that the work "
        "programme, as amended, be agreed."]),
]

G1 = {
    "document": D1, "doc_type": "minutes",
    "committee": "Adults, Health and Wellbeing Overview and Scrutiny Panel",
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t.rstrip(":").replace("Declarations of interest: none.",
                                                          "Declarations of interest")} for n, t, _ in D1_ITEMS],
    "questions": [
        {"item": "AHW/15", "kind": "question", "text": "asked whether Members who were not on the Panel could join the visit",
         "asked_by": "Councillor Carrick", "answer": "Places were limited to eight because of infection control arrangements",
         "given_by": None, "themes": []},
        {"item": "AHW/16", "kind": "question", "text": "asked how many existing providers had been unsuccessful in the tender",
         "asked_by": "Councillor Sandhu", "answer": "Four existing providers had not been appointed to the framework",
         "given_by": None, "themes": ["subcontracting", "adult-social-care", "workforce"]},
        {"item": "AHW/16", "kind": "question", "text": "questioned the weighting of 60 per cent price and 40 per cent quality",
         "asked_by": "Councillor Pemberton", "answer": "the weighting had been set at 50:50 at the start of the procurement",
         "given_by": None, "themes": ["subcontracting"]},
        {"item": "AHW/16", "kind": "concern", "text": "expressed concern that only 212 responses had been received to the survey",
         "asked_by": "Councillor Carrick", "answer": "supplemented by twelve face-to-face sessions run with Healthwatch Harrowfield",
         "given_by": None, "themes": ["patient-and-public-input", "mental-health", "adult-social-care"]},
        {"item": "AHW/16", "kind": "question", "text": "asked whether any of the appointed providers were owned by private equity firms",
         "asked_by": "Councillor Lindqvist", "answer": "two of the eleven providers were part of larger private groups",
         "given_by": None, "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "AHW/17", "kind": "question", "text": "asked why the number of virtual ward beds had been reduced",
         "asked_by": "Councillor Whitworth", "answer": "average occupancy had been below 60 per cent, so funding had been moved",
         "given_by": None, "themes": ["finance", "subcontracting"]},
        {"item": "AHW/17", "kind": "request", "text": "requested that the Panel be given figures for delayed discharges",
         "asked_by": "Councillor Pemberton", "answer": "these figures were collected weekly and would be provided",
         "given_by": None, "themes": ["adult-social-care"]},
        {"item": "AHW/17", "kind": "concern", "text": "raised concerns about the number of patients being cared for in corridors",
         "asked_by": "Councillor Sandhu", "answer": "the Trust had opened a 24-bed temporary ward in the former outpatients block",
         "given_by": "Mr Holm", "themes": []},
        {"item": "AHW/17", "kind": "question", "text": "asked how the plan would help residents who could not get a GP appointment",
         "asked_by": "Councillor Oduya", "answer": "would offer additional same-day appointments through the winter access hubs",
         "given_by": "Mr Holm", "themes": ["primary-care"]},
        {"item": "AHW/18", "kind": "question", "text": "asked what the quit rate of the current provider had been",
         "asked_by": "Councillor Lindqvist", "answer": "The four-week quit rate in 2024/25 had been 47 per cent",
         "given_by": None, "themes": ["public-health", "subcontracting"]},
        {"item": "AHW/18", "kind": "comment", "text": "would avoid the profit margin taken by a private company",
         "asked_by": "Councillor Carrick", "answer": "estimated to cost around £38,000 a year more than the current contract",
         "given_by": None, "themes": ["privatisation", "public-health", "finance"]},
        {"item": "AHW/18", "kind": "question", "text": "asked whether staff employed by the current provider would transfer to the Council",
         "asked_by": "Councillor Whitworth", "answer": "TUPE would apply to the nine advisers who spent all or most",
         "given_by": None, "themes": ["workforce", "privatisation", "public-health"]},
        {"item": "AHW/19", "kind": "question", "text": "asked how much of the overspend was attributable to agency social workers",
         "asked_by": "Councillor Pemberton", "answer": "agency spend had reduced to £1.1 million in the first half",
         "given_by": None, "themes": ["finance", "workforce", "adult-social-care"]},
        {"item": "AHW/19", "kind": "question", "text": "apply the real living wage uplift to home care fees",
         "asked_by": "Councillor Sandhu", "answer": "would depend on the outcome of the local government finance settlement",
         "given_by": None, "themes": ["workforce", "finance", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "AHW/14", "text": "be approved as a correct record and signed by the Chair", "outcome": "agreed", "themes": []},
        {"item": "AHW/15", "text": "noted the Chair's update and the revised date for the visit", "outcome": "noted", "themes": []},
        {"item": "AHW/16", "text": "take no further action in respect of the call-in", "outcome": "other",
         "themes": ["governance", "subcontracting", "adult-social-care"]},
        {"item": "AHW/17", "text": "the winter plan and the update on urgent and emergency care be noted", "outcome": "noted",
         "themes": ["adult-social-care"]},
        {"item": "AHW/18", "text": "recommends to Cabinet that the stop smoking service be brought back in-house",
         "outcome": "recommended", "themes": ["public-health", "privatisation", "primary-care"]},
        {"item": "AHW/19", "text": "endorses the continuation of the social work market supplement until March 2027",
         "outcome": "agreed", "themes": ["finance", "workforce", "adult-social-care"]},
        {"item": "AHW/20", "text": "the work programme, as amended, be agreed", "outcome": "agreed", "themes": []},
    ],
    "attendees": (
        [{"name": n, "role": r, "attendance": "present"} for n, r in D1_COUNCILLORS]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in D1_OFFICERS + D1_ALSO]
        + [{"name": n, "role": None, "attendance": "apologies"} for n in D1_APOL]),
}

SOFT = ["consultation", "transition", "recruitment", "occupancy", "circulated", "commissioned",
        "implemented", "attributable", "continuation", "supplemented", "infection", "performance",
        "differences", "placements", "resilience", "assessment", "introduction", "signatories"]


def soften(s):
    # offer a hyphenation point in the middle of every long lower-case word
    return re.sub(r"\b([a-z]{5,})([a-z]{5,})\b", lambda m: m.group(1) + SHY + m.group(2), s)


def build_pdf(path):
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("DV", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Harrowfield Metropolitan Borough Council", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, "Adults, Health and Wellbeing OSP – 14 October 2025", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("DV", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Page %d" % self.page_no(), align="C")
            if self.page_no() > 1:
                self.set_x(self.l_margin)
                self.cell(0, 4, "Chair's initials ..........", align="R")
            self.set_text_color(0, 0, 0)

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("Harrowfield Democratic Services")
    pdf.set_title("Minutes - Adults, Health and Wellbeing Overview and Scrutiny Panel - 14 October 2025")
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    src = []

    # cover
    pdf.add_page()
    pdf.set_font("DV", "B", 26)
    pdf.set_text_color(0, 84, 119)
    pdf.cell(0, 12, "HARROWFIELD", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 11)
    pdf.cell(0, 6, "Metropolitan Borough Council  ·  working together for a healthier borough",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(22)
    pdf.set_font("DV", "B", 30)
    pdf.cell(0, 14, "MINUTES", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DV", "B", 14)
    pdf.multi_cell(0, 7, "Adults, Health and Wellbeing Overview and Scrutiny Panel", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "", 11)
    for line in ["Date:  Tuesday 14 October 2025", "Time:  6.00 pm",
                 "Venue:  Committee Room 2, Harrowfield Town Hall, Market Street, Harrowfield HF1 2AB"]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    src += ["HARROWFIELD Metropolitan Borough Council MINUTES Adults, Health and Wellbeing Overview and Scrutiny "
            "Panel Tuesday 14 October 2025"]
    pdf.ln(10)
    pdf.set_font("DV", "B", 10)
    colw = (pdf.w - 44) / 2
    y0 = pdf.get_y()
    pdf.cell(colw, 6, "Councillors", new_x="RIGHT", new_y="TOP")
    pdf.cell(colw, 6, "Officers", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    left = ["%s%s" % (n, " (%s)" % r if r else "") for n, r in D1_COUNCILLORS]
    right = ["%s – %s" % (n, r) for n, r in D1_OFFICERS]
    y = pdf.get_y()
    for t in left:
        pdf.set_xy(22, y)
        pdf.multi_cell(colw - 4, 5, t, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y() + 1
    yl = y
    y = y0 + 6
    for t in right:
        pdf.set_xy(22 + colw, y)
        pdf.multi_cell(colw, 5, t, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y() + 1
    src += left + right
    pdf.set_y(max(yl, y) + 6)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "Also present:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    t = "; ".join("%s – %s" % x for x in D1_ALSO)
    pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "Apologies:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    t2 = ", ".join(D1_APOL)
    pdf.multi_cell(0, 5, t2, new_x="LMARGIN", new_y="NEXT")
    src += [t, t2]

    # minutes
    pdf.add_page()
    for num, title, paras in D1_ITEMS:
        pdf.set_font("DV", "B", 10.5)
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.multi_cell(0, 6, "%s    %s" % (num, title), new_x="LMARGIN", new_y="NEXT")
        src.append("%s %s" % (num, title))
        pdf.ln(1.5)
        pdf.set_font("DV", "", 10)
        for p in paras:
            if p.startswith("R:"):
                body = "**Response:** " + soften(p[2:])
                src.append("Response: " + p[2:])
            else:
                body = soften(p).replace("RESOLVED:", "**RESOLVED:**")
                src.append(p)
            pdf.multi_cell(0, 5.2, body, align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.2)
        pdf.ln(3)
    pdf.ln(4)
    pdf.cell(0, 5, "The meeting started at 6.00 pm and closed at 8.24 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(0, 5, "Chair ...................................................   Date ......................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)
    return "\n".join(src)


# ---------------------------------------------------------------- document 2 (DOCX)
D2 = "aw-westmarsh-health-scrutiny-committee-2025-11-06.docx"
D2_PRESENT = [
    ("County Councillor Janet Ellery", "Chairman"),
    ("County Councillor Robert Vane", "Vice-Chairman"),
    ("County Councillor Priya Halden", None),
    ("County Councillor Michael Dunstan", None),
    ("County Councillor Sue Akinola", None),
    ("County Councillor Graham Pryce", None),
    ("County Councillor Helen Marsh", "substitute for County Councillor David Orme"),
    ("District Councillor Ann Tilley", "Co-opted Member (district councils)"),
]
D2_ATTEND = [
    ("Dr Rachel Sommers", "Director of Public Health"),
    ("Jo Whitcombe", "Director of Midwifery, Westmarsh Hospitals NHS Foundation Trust"),
    ("Andrew Kerr", "Director of Strategy and Partnerships, Westmarsh and Fenland Integrated Care Board"),
    ("Louise Grant", "Director of Mental Health Services, Fenmoor Partnership NHS Trust"),
    ("Claire Hobbs", "Senior Scrutiny Officer"),
]
D2_APOL = ["County Councillor David Orme", "County Councillor Lesley Ward"]

# (level, text)
D2_BODY = [
    (0, "Apologies for Absence and Substitutions"),
    (1, "Apologies were received from County Councillors David Orme and Lesley Ward. County Councillor Helen "
        "Marsh attended as a substitute for County Councillor Orme."),
    (0, "Declarations of Interest"),
    (1, "County Councillor Halden declared a non-registerable interest in item 4 as her daughter was employed "
        "as a midwife at Ludbury General Hospital. She remained in the meeting and took part in the discussion."),
    (0, "Minutes"),
    (1, "RESOLVED that the minutes of the meeting held on 18 September 2025 be confirmed as a correct record "
        "and signed by the Chairman."),
    (0, "Maternity Services Improvement Plan – Westmarsh Hospitals NHS Foundation Trust"),
    (1, "Jo Whitcombe, Director of Midwifery, presented the Trust's progress against the maternity improvement "
        "plan following the Care Quality Commission's inspection in February 2025, which had rated the service "
        "as requires improvement. She reported that 38 of the 52 actions had been completed and that the "
        "midwifery vacancy rate had reduced from 14 per cent to 6 per cent."),
    (1, "In the discussion that followed:"),
    (2, "County Councillor Akinola asked whether the Trust was confident that the remaining 14 actions would be "
        "completed by the March 2026 deadline – the Director replied that eleven were on track but that the "
        "three actions relating to the refurbishment of the obstetric theatres depended on capital funding that "
        "had not yet been confirmed;"),
    (2, "County Councillor Pryce asked how the Trust was listening to women and families who had experienced "
        "poor care – the Director replied that the Maternity and Neonatal Voices Partnership now sat on the "
        "improvement board and that a survey of every woman discharged from the unit had been introduced in "
        "June;"),
    (2, "County Councillor Marsh expressed concern about the distance women in the east of the county had to "
        "travel after the closure of the Fenby midwife-led unit – the Director replied that the closure was "
        "temporary while staffing was rebuilt, and that the Trust would report to the Committee before any "
        "permanent change was proposed;"),
    (2, "County Councillor Vane asked how many midwives had been recruited from overseas and what support they "
        "received – the Director replied that 23 internationally educated midwives had joined since January, "
        "each with a six-month preceptorship and pastoral support."),
    (1, "RESOLVED that the progress against the Maternity Services Improvement Plan be noted."),
    (1, "RESOLVED that the Committee recommends to the Integrated Care Board that any proposal to close the "
        "Fenby midwife-led unit permanently be brought to the Committee as a possible substantial variation."),
    (0, "Community Diagnostic Centre – Procurement of an Independent Sector Provider"),
    (1, "Andrew Kerr, Director of Strategy and Partnerships at the ICB, explained that the ICB intended to "
        "procure an independent sector provider to run the new Community Diagnostic Centre at Ludbury Retail "
        "Park for seven years, with a contract value of around £46 million. The procurement would follow the "
        "Provider Selection Regime."),
    (1, "Members' questions were as follows:"),
    (2, "County Councillor Dunstan asked why the diagnostic centre could not be run by Westmarsh Hospitals NHS "
        "Foundation Trust – the Director replied that the Trust had been invited to bid but had said it could "
        "not staff the centre without drawing radiographers away from the acute hospital;"),
    (2, "County Councillor Halden expressed concern that a private provider would take the simpler cases and "
        "leave the NHS with the more complex and costly patients – the Director replied that the contract "
        "would require the provider to accept all referrals that met the clinical criteria, with no selection "
        "of patients;"),
    (2, "County Councillor Akinola asked whether the contract would include break clauses and what would happen "
        "if the provider failed – the Director replied that there would be a break clause after three years "
        "and step-in rights for the ICB;"),
    (2, "District Councillor Tilley requested that bus links to Ludbury Retail Park from the surrounding "
        "villages be considered as part of the contract."),
    (1, "RESOLVED that the Committee recommends to the Integrated Care Board that the contract includes a "
        "requirement for the provider to recognise trade unions and to pay staff no less than Agenda for "
        "Change rates."),
    (0, "Crisis Care for People with Dementia and Mental Health Needs"),
    (1, "Louise Grant, Director of Mental Health Services, Fenmoor Partnership NHS Trust, introduced the report "
        "on the new all-age crisis pathway and the 24-hour crisis line, which had received 9,400 calls since "
        "April."),
    (1, "During the discussion:"),
    (2, "County Councillor Pryce asked how long people with dementia in crisis had to wait for a mental health "
        "assessment at home – the Director replied that the median wait was now 26 hours, against a target of "
        "24 hours, with older adults' crisis staffing the main constraint;"),
    (2, "County Councillor Marsh asked whether care home staff had been trained to use the crisis line – the "
        "Director replied that training had been offered to all 143 care homes in the county and that 97 had "
        "taken it up so far;"),
    (2, "County Councillor Ellery commented that carers had told her the crisis line often did not return calls "
        "outside office hours – the Director replied that a call-back target of one hour had been introduced in "
        "October and would be monitored monthly."),
    (1, "RESOLVED that the report be noted and that a further update on waiting times for older adults be "
        "brought to the Committee in June 2026."),
    (0, "Work Programme"),
    (1, "The Senior Scrutiny Officer presented the work programme."),
    (1, "RESOLVED that the work programme be approved, subject to the addition of an item on the Community "
        "Diagnostic Centre procurement outcome."),
]

D2_ITEM_TITLES = [t for lvl, t in D2_BODY if lvl == 0]
G2 = {
    "document": D2, "doc_type": "minutes", "committee": "Health Scrutiny Committee", "meeting_date": "2025-11-06",
    "items": [{"number": str(i + 1), "title": t} for i, t in enumerate(D2_ITEM_TITLES)],
    "questions": [
        {"item": "4", "kind": "question", "text": "asked whether the Trust was confident that the remaining 14 actions would be completed",
         "asked_by": "County Councillor Akinola", "answer": "depended on capital funding that had not yet been confirmed",
         "given_by": "the Director", "themes": ["finance"]},
        {"item": "4", "kind": "question", "text": "asked how the Trust was listening to women and families who had experienced poor care",
         "asked_by": "County Councillor Pryce", "answer": "a survey of every woman discharged from the unit had been introduced",
         "given_by": "the Director", "themes": ["patient-and-public-input"]},
        {"item": "4", "kind": "concern", "text": "expressed concern about the distance women in the east of the county had to travel",
         "asked_by": "County Councillor Marsh", "answer": "the closure was temporary while staffing was rebuilt",
         "given_by": "the Director", "themes": ["workforce"]},
        {"item": "4", "kind": "question", "text": "asked how many midwives had been recruited from overseas",
         "asked_by": "County Councillor Vane", "answer": "23 internationally educated midwives had joined since January",
         "given_by": "the Director", "themes": ["workforce"]},
        {"item": "5", "kind": "question", "text": "asked why the diagnostic centre could not be run by Westmarsh Hospitals",
         "asked_by": "County Councillor Dunstan", "answer": "could not staff the centre without drawing radiographers away from the acute hospital",
         "given_by": "the Director", "themes": ["privatisation", "subcontracting", "workforce"]},
        {"item": "5", "kind": "concern", "text": "a private provider would take the simpler cases and leave the NHS",
         "asked_by": "County Councillor Halden", "answer": "require the provider to accept all referrals that met the clinical criteria",
         "given_by": "the Director", "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "5", "kind": "question", "text": "asked whether the contract would include break clauses and what would happen",
         "asked_by": "County Councillor Akinola", "answer": "there would be a break clause after three years and step-in rights",
         "given_by": "the Director", "themes": ["subcontracting", "governance"]},
        {"item": "5", "kind": "request", "text": "requested that bus links to Ludbury Retail Park from the surrounding villages",
         "asked_by": "District Councillor Tilley", "answer": None, "given_by": None, "themes": ["subcontracting"]},
        {"item": "6", "kind": "question", "text": "asked how long people with dementia in crisis had to wait",
         "asked_by": "County Councillor Pryce", "answer": "the median wait was now 26 hours, against a target of 24 hours",
         "given_by": "the Director", "themes": ["mental-health", "workforce", "adult-social-care"]},
        {"item": "6", "kind": "question", "text": "asked whether care home staff had been trained to use the crisis line",
         "asked_by": "County Councillor Marsh", "answer": "training had been offered to all 143 care homes in the county",
         "given_by": "the Director", "themes": ["mental-health", "workforce", "adult-social-care"]},
        {"item": "6", "kind": "comment", "text": "commented that carers had told her the crisis line often did not return calls",
         "asked_by": "County Councillor Ellery", "answer": "a call-back target of one hour had been introduced in October",
         "given_by": "the Director", "themes": ["mental-health", "adult-social-care", "patient-and-public-input"]},
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting held on 18 September 2025 be confirmed", "outcome": "agreed", "themes": []},
        {"item": "4", "text": "the progress against the Maternity Services Improvement Plan be noted", "outcome": "noted", "themes": []},
        {"item": "4", "text": "any proposal to close the Fenby midwife-led unit permanently be brought to the Committee",
         "outcome": "recommended", "themes": ["governance"]},
        {"item": "5", "text": "requirement for the provider to recognise trade unions and to pay staff",
         "outcome": "recommended", "themes": ["subcontracting", "workforce", "privatisation"]},
        {"item": "6", "text": "a further update on waiting times for older adults be brought to the Committee",
         "outcome": "noted", "themes": ["mental-health", "adult-social-care"]},
        {"item": "7", "text": "the work programme be approved, subject to the addition of an item",
         "outcome": "agreed", "themes": ["subcontracting"]},
    ],
    "attendees": (
        [{"name": n, "role": r, "attendance": "present"} for n, r in D2_PRESENT]
        + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in D2_ATTEND]
        + [{"name": n, "role": None, "attendance": "apologies"} for n in D2_APOL]),
}

NUMBERING_XML = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="90">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="1701" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>"""


def build_docx(path):
    import docx
    from docx.shared import Pt, Cm
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    cp = d.core_properties
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.revision = 3
    cp.title = "Health Scrutiny Committee minutes 6 November 2025"

    numbering = d.part.numbering_part.element
    absn = parse_xml(NUMBERING_XML)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                               'w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    src = []

    def para(text, bold=False, style=None, align=None, size=None):
        p = d.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
        src.append(text)
        return p

    para("WESTMARSH COUNTY COUNCIL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para("HEALTH SCRUTINY COMMITTEE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
    para("Minutes of the meeting held at County Hall, Ludbury on Thursday 6 November 2025 at 10.00 am",
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para("Present:", bold=True)
    for n, r in D2_PRESENT:
        if r and r.startswith("substitute"):
            para("%s (%s)" % (n, r))
        elif r:
            para("%s\t%s" % (n, r))
        else:
            para(n)
    para("Also in attendance:", bold=True)
    for n, r in D2_ATTEND:
        para("%s\t%s" % (n, r))
    para("Apologies:", bold=True)
    for n in D2_APOL:
        para(n)
    d.add_paragraph()

    for lvl, text in D2_BODY:
        p = d.add_paragraph(style="List Paragraph")
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml('<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                             '<w:ilvl w:val="%d"/><w:numId w:val="90"/></w:numPr>' % lvl))
        if lvl == 0:
            p.paragraph_format.space_before = Pt(12)
            p.add_run(text).bold = True
        elif text.startswith("RESOLVED that"):
            r = p.add_run("RESOLVED")
            r.bold = True
            p.add_run(text[len("RESOLVED"):])
        else:
            p.add_run(text)
        if lvl:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        src.append(text)
    d.add_paragraph()
    para("The meeting closed at 12.40 pm.")
    para("Chairman")
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps for a deterministic file
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return "\n".join(src)


# ---------------------------------------------------------------- document 3 (HTML, not minutes)
D3 = "aw-calderbrook-consultation-response-2025-09-22.html"
D3_PARAS = [
    "This is the formal response of Calderbrook Council's Health Overview and Scrutiny Committee to the "
    "consultation by Calder and Ryburn Integrated Care Board on proposals for the future of inpatient stroke "
    "rehabilitation, which ran from 7 July to 29 September 2025. The response was agreed by the Committee at its "
    "meeting on 16 September 2025 and is submitted under the Local Authority (Public Health, Health and "
    "Wellbeing Boards and Health Scrutiny) Regulations 2013.",
    "The ICB proposes to close the 18-bed stroke rehabilitation ward at Calderbrook Community Hospital and to "
    "concentrate inpatient rehabilitation at a single 32-bed unit at Ryburn Royal Infirmary, with an expanded "
    "early supported discharge service for patients who can be treated at home.",
    "The Committee accepts the clinical evidence that specialist units with seven-day therapy produce better "
    "outcomes. However, the Committee is concerned that the travel time to Ryburn for relatives without a car "
    "can exceed 90 minutes each way, and that the consultation documents say little about how families will be "
    "supported to visit.",
    "At its meeting on 16 September the Committee asked the ICB how many patients from Calderbrook would be "
    "expected to use the Ryburn unit each year. The Committee was told that the figure was approximately 210. "
    "The Committee asked whether a travel subsidy or volunteer driver scheme had been costed, and was told that "
    "this was still being developed.",
    "The Committee asked how the early supported discharge service would be staffed. The ICB stated that 14 "
    "additional therapy posts would be required, of which six had been recruited. The Committee is not yet "
    "assured that the remaining posts can be filled, given current vacancy rates among occupational therapists "
    "and physiotherapists in the area.",
    "The Committee asked what would happen to the Calderbrook ward building. It was informed that no decision had "
    "been made and that any proposal would be subject to separate engagement.",
    "The Committee recommends that the ICB publishes a costed transport and visiting plan before any decision is "
    "taken, developed with stroke survivors and their families.",
    "The Committee recommends that the ward at Calderbrook is not closed until the early supported discharge "
    "service is fully staffed and has operated at full capacity for at least three months.",
    "The Committee recommends that the ICB reports to the Committee six months and twelve months after any change "
    "on outcomes, readmissions and patient experience for Calderbrook residents.",
    "The Committee has considered whether the proposal amounts to a substantial variation in the provision of "
    "health services. It has concluded that it does, and it reserves its right to make a referral to the "
    "Secretary of State should it consider that the final decision is not in the interests of the health service "
    "in its area.",
    "The Committee thanks the ICB for attending its meeting and for the open way in which officers answered "
    "Members' questions, and thanks the 46 residents who shared their experiences with the Committee.",
]


def build_html(path):
    rows = "\n".join('<div class="para"><span class="para-num">%d.</span> <p>%s</p></div>' % (i + 1, html.escape(t))
                     for i, t in enumerate(D3_PARAS))
    doc = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>HOSC response: stroke rehabilitation consultation | Calderbrook Council</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;max-width:760px;margin:0 auto;color:#222}
.para{display:flex;gap:1em;margin:0 0 .8em}.para-num{font-weight:bold;min-width:2em}.para p{margin:0}
header{border-bottom:4px solid #6b2c91;padding:.5em 0}footer{font-size:.85em;color:#555;border-top:1px solid #ccc;margin-top:2em}
</style>
</head>
<body>
<header><a href="/">Calderbrook Council</a> &rsaquo; <a href="/council-and-democracy">Council and democracy</a> &rsaquo; <a href="/scrutiny">Scrutiny</a></header>
<main>
<h1>Response of the Health Overview and Scrutiny Committee to the consultation on inpatient stroke rehabilitation</h1>
<p class="meta">Published 22 September 2025 &middot; To: Chief Executive, Calder and Ryburn Integrated Care Board</p>
<h2>Introduction</h2>
%s
<p>Councillor Bernadette Lowe<br>Chair, Health Overview and Scrutiny Committee<br>22 September 2025</p>
</main>
<footer>Calderbrook Council, Town Hall, Calderbrook CB1 1AA &middot; <a href="/accessibility">Accessibility</a></footer>
</body>
</html>
""" % rows
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
    return re.sub(r"<[^>]+>", " ", html.unescape(doc))


G3 = {"document": D3, "doc_type": "report"}


# ---------------------------------------------------------------- driver
def phrases(g):
    for q in g.get("questions", []):
        yield "question", q["text"]
        if q["answer"]:
            yield "answer", q["answer"]
    for r in g.get("resolutions", []):
        yield "resolution", r["text"]


def main():
    check = "--check" in sys.argv
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    jobs = [(D1, build_pdf, G1), (D2, build_docx, G2), (D3, build_html, G3)]
    ok = True
    for name, fn, gold in jobs:
        src = fn(os.path.join(DOCS, name))
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
        if check:
            ns = norm(src)
            for kind, ph in phrases(gold):
                n = len(ph.split())
                c = ns.count(norm(ph))
                if c != 1 or not 6 <= n <= 15:
                    ok = False
                    print("FAIL %s %s (%d occurrences, %d words): %s" % (name, kind, c, n, ph))
            print("%s: %d items, %d questions, %d resolutions, %d attendees" % (
                name, len(gold.get("items", [])), len(gold.get("questions", [])),
                len(gold.get("resolutions", [])), len(gold.get("attendees", []))))
    if check:
        print("CHECK PASSED" if ok else "CHECK FAILED")
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
