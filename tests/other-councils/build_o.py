#!/usr/bin/env python
"""Build the "o-" documents of the other-councils evaluation set and their gold annotations.

    python tests/other-councils/build_o.py          # build documents + gold
    python tests/other-councils/build_o.py --check  # build, then verify every gold phrase

All councils, people, places and figures are invented.
"""
import datetime
import io
import json
import os
import re
import sys
import textwrap
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


# ===========================================================================
# Document 1: Midlands county ASC & Health OSC, PDF (Nottinghamshire-like:
# "MEMBERS PRESENT (A denotes absent)", uppercase item headings,
# "RESOLVED 2025/041" with numbered clauses 1) 2) 3))
# ===========================================================================

D1_NAME = "o-sowerfield-asch-osc-2025-10-13.pdf"
D1_COMMITTEE = "Adult Social Care and Health Overview and Scrutiny Committee"

# Blocks: ("title", s) ("sub", s) ("label", s) ("att", marker, s) ("h", num, s)
# ("p", s) ("res", s) ("clause", s) ("gap",)
D1 = [
    ("title", "minutes"),
    ("label", "MEETING"),
    ("p0", "ADULT SOCIAL CARE AND HEALTH OVERVIEW AND SCRUTINY COMMITTEE"),
    ("label", "DATE"),
    ("p0", "Monday 13 October 2025 (commencing at 10.30 am)"),
    ("gap",),
    ("label", "MEMBERS PRESENT (A denotes absent)"),
    ("att", "", "Chairman \u2013 Councillor Sue Gorringe"),
    ("att", "", "Vice-Chairman \u2013 Councillor Imran Dhaliwal"),
    ("att", "", "Councillor Paul Askew"),
    ("att", "A", "Councillor Rachel Bentham"),
    ("att", "", "Councillor Trevor Coll"),
    ("att", "", "Councillor Jane Fairweather"),
    ("att", "", "Councillor Mohammed Iqbal"),
    ("att", "", "Councillor Lorraine Pugh"),
    ("att", "A", "Councillor Gary Wolstenholme"),
    ("gap",),
    ("label", "SUBSTITUTE MEMBERS"),
    ("att", "", "Councillor Keith Stenson for Councillor Rachel Bentham"),
    ("gap",),
    ("label", "OTHER COUNCILLORS IN ATTENDANCE"),
    ("att", "", "Councillor Dawn Markham \u2013 Cabinet Member for Adult Social Care and Public Health"),
    ("gap",),
    ("label", "OFFICERS IN ATTENDANCE"),
    ("att", "", "Fiona Latchford \u2013 Service Director, Strategic Commissioning, Integration and "
                "Market Development (Adult Social Care)"),
    ("att", "", "Ben Ashworth-Reid \u2013 Group Manager, Home Care and Reablement Commissioning"),
    ("att", "", "Lucy Hennessey \u2013 Senior Democratic Services Officer"),
    ("gap",),
    ("label", "ALSO IN ATTENDANCE"),
    ("att", "", "Dr Alan Whitcombe \u2013 Chief Operating Officer, University Hospitals of "
                "Sowerfield NHS Foundation Trust"),
    ("att", "", "Karen Ellery-Shaw \u2013 Director of Urgent Care, Flow and System Resilience, "
                "NHS Sowerfield and Mercia Integrated Care Board"),
    ("att", "", "Raj Bhattacharya \u2013 Head of Primary Care Commissioning (Dental, Optometry "
                "and Community Pharmacy), NHS Sowerfield and Mercia Integrated Care Board"),

    ("h", "1", "APOLOGIES FOR ABSENCE"),
    ("p", "Councillor Rachel Bentham (other reasons)"),
    ("p", "Melanie Oduya \u2013 Director of Public Health (other County Council business)"),

    ("h", "2", "DECLARATIONS OF INTERESTS"),
    ("p", "Councillor Lorraine Pugh declared a non-registrable interest in agenda item 6, "
          "Urgent and Emergency Care, as a close family member was employed by University "
          "Hospitals of Sowerfield NHS Foundation Trust, which did not preclude her from "
          "speaking or voting on that item."),

    ("h", "3", "MINUTES OF THE LAST MEETING HELD ON 8 SEPTEMBER 2025"),
    ("p", "The minutes of the last meeting held on 8 September 2025, having been previously "
          "circulated, were confirmed and signed by the Chairman."),

    ("h", "4", "QUESTIONS FROM MEMBERS OF THE PUBLIC"),
    ("p", "The Chairman reported that two questions had been received in accordance with the "
          "Committee\u2019s procedure for questions from the public, and that each questioner "
          "would be given up to three minutes."),
    ("p", "Mrs Eileen Foxall, of Hadleigh Moor, asked: \u201cWhen the Brackley Lodge day centre "
          "closed in March, families were promised that every attender would be offered an "
          "equivalent place within five miles. How many of the 34 former attenders are now "
          "receiving a day service, and how many are travelling further than five miles?\u201d"),
    ("p", "Councillor Dawn Markham, Cabinet Member for Adult Social Care and Public Health, "
          "replied that 29 of the 34 former attenders had taken up an alternative day "
          "opportunity, four had chosen a direct payment instead and one had moved out of the "
          "county. Seven people were travelling more than five miles, in each case to a service "
          "they or their families had chosen, and transport was provided by the Council at no "
          "additional charge."),
    ("p", "Mr Colin Marsden, Branch Secretary of Sowerfield County UNISON, asked whether the "
          "Council would guarantee that no reablement staff would be transferred under TUPE to a "
          "private provider as part of the home care recommissioning, and whether the trade "
          "unions had been consulted on the options."),
    ("p", "The Cabinet Member responded that no decision had been taken to transfer the in-house "
          "reablement service, that any such proposal would come before the Cabinet following "
          "full consultation with staff and the recognised trade unions, and that she had met "
          "representatives of the branch on 2 October."),

    ("h", "5", "HOME CARE RECOMMISSIONING \u2013 PROGRESS ON THE LOCALITY LEAD PROVIDER MODEL"),
    ("p", "Fiona Latchford, Service Director, Strategic Commissioning, Integration and Market "
          "Development, introduced the report, which set out progress since the Cabinet decision "
          "in April 2025 to move from 61 framework providers to eleven locality lead providers "
          "from 1 April 2026. The procurement had closed on 19 September and 38 compliant bids "
          "had been received across the eleven lots; evaluation was under way and contract award "
          "was planned for January 2026."),
    ("p", "Councillor Askew asked how the Council would avoid a repeat of 2019, when two "
          "providers had handed back contracts at short notice, and what contingency was in "
          "place. The Group Manager, Home Care and Reablement Commissioning, explained that each "
          "lot would have a named reserve provider, that the contract would require six months\u2019 "
          "notice of any hand-back and that an in-house responder team of 22 staff would be "
          "retained as a provider of last resort. Councillor Iqbal queried the proposed hourly "
          "rate of \u00a324.85 and whether it was sufficient to pay care workers the Real Living "
          "Wage together with their travel time; he was advised that the rate had been modelled "
          "on the Real Living Wage of \u00a312.60, paid travel time and a mileage allowance of 45p, "
          "and that compliance would be checked through quarterly open-book reviews. Concerns were "
          "expressed by Councillor Fairweather that the rural lots in the north of the county had "
          "attracted only one bid each and that people in those areas could be left without any "
          "real choice of provider."),
    ("p", "Councillor Stenson sought clarification on whether people currently receiving care "
          "would have to change their carer. Officers confirmed that existing packages would "
          "transfer only where the current provider was unsuccessful, that this was expected to "
          "affect around 1,100 people, and that a transition team would contact each of them by "
          "letter and by telephone before 1 February 2026. Councillor Pugh requested that the "
          "Committee receive the equality impact assessment for the transition before the "
          "contracts were awarded."),
    ("p", "Councillor Iqbal moved, and Councillor Coll seconded, an amendment to add a further "
          "recommendation that the Cabinet be asked to retain the in-house reablement service in "
          "public ownership for the duration of the new contracts. On being put to the vote the "
          "amendment was lost."),
    ("res", "RESOLVED 2025/041"),
    ("clause", "1)", "That progress on the recommissioning of home care through locality lead "
                     "providers be noted."),
    ("clause", "2)", "That the equality impact assessment for the transition of existing care "
                     "packages be circulated to Members of the Committee before contract award."),
    ("clause", "3)", "That a further report on the mobilisation of the new contracts be brought "
                     "to the meeting in March 2026."),

    ("h", "6", "URGENT AND EMERGENCY CARE \u2013 WINTER PLAN 2025/26"),
    ("p", "Dr Alan Whitcombe, Chief Operating Officer, University Hospitals of Sowerfield NHS "
          "Foundation Trust, and Karen Ellery-Shaw, Director of Urgent Care, Flow and System "
          "Resilience, NHS Sowerfield and Mercia Integrated Care Board, gave a presentation on the "
          "system\u2019s plan for the coming winter, which included 48 additional escalation beds, "
          "the expansion of virtual wards to 160 beds and a maximum ambulance handover time of "
          "45 minutes."),
    ("p", "Councillor Dhaliwal asked why ambulance handover delays at Sowerfield Royal Infirmary "
          "had worsened over the summer when attendances had fallen. Dr Whitcombe explained that "
          "the main cause was the number of patients who were medically fit for discharge, which "
          "had averaged 142 a day in August, and that a new \u2018release to respond\u2019 protocol "
          "would mean that no crew waited more than 45 minutes from 1 November. Councillor Coll "
          "raised the use of corridor care and asked whether patients were still being cared for "
          "in corridors overnight; Dr Whitcombe acknowledged that corridor care had been used on "
          "19 nights in September, that each occasion was reported as a patient safety incident "
          "and that the Trust\u2019s aim was to end the practice by March 2026."),
    ("p", "The Chairman queried the recruitment of nurses to staff the additional escalation "
          "beds, given the Trust\u2019s spending on agency staff. In reply, the Chief Operating "
          "Officer said that 80 of the 96 posts had been filled through international recruitment "
          "and the Trust\u2019s own staff bank, and that agency spend had fallen by 31 per cent "
          "compared with the previous year. In response to a question from Councillor Stenson "
          "about the capacity of NHS 111 and the urgent treatment centres, Karen Ellery-Shaw said "
          "that the ICB had commissioned an additional 40,000 urgent treatment centre appointments "
          "over the winter, all bookable through NHS 111."),
    ("p", "Councillor Askew expressed concern that the winter plan made no reference to Hadleigh "
          "Community Hospital, where 12 beds had been closed temporarily in 2023 and had never "
          "reopened. Councillor Fairweather asked for a breakdown of ambulance handover times by "
          "hospital site and by day of the week to be provided to the Committee. Karen "
          "Ellery-Shaw agreed that the figures would be circulated to Members by the end of "
          "October."),
    ("res", "RESOLVED 2025/042"),
    ("clause", "", "That the Urgent and Emergency Care Winter Plan 2025/26 be noted, and that the "
                   "thanks of the Committee be conveyed to staff across the local health and care "
                   "system."),

    ("h", "7", "NHS DENTAL SERVICES \u2013 ACCESS AND RECOVERY"),
    ("p", "Raj Bhattacharya, Head of Primary Care Commissioning (Dental, Optometry and Community "
          "Pharmacy), presented an update on access to NHS dentistry. In the 24 months to June "
          "2025, 41 per cent of adults and 58 per cent of children in the county had seen an NHS "
          "dentist. An urgent dental care hub had opened at Castle Mead in July and offered 90 "
          "appointments a week."),
    ("p", "Councillor Pugh asked what proportion of dental practices in the county were "
          "accepting new NHS adult patients. Mr Bhattacharya replied that 9 of the county\u2019s "
          "74 practices were currently accepting new adult patients, although all were accepting "
          "children, and that the position was published weekly on the ICB\u2019s website. "
          "Councillor Iqbal commented that residents in his division had been told to travel to "
          "Mercia for routine treatment, and that the national dental contract, rather than local "
          "commissioning, was the root of the problem. Councillor Coll asked about supervised "
          "toothbrushing in schools and early years settings; Mr Bhattacharya explained that the "
          "programme, funded jointly by the ICB and the County Council\u2019s public health grant, "
          "now reached 212 settings and 9,400 children, with priority given to the most deprived "
          "areas."),
    ("res", "RESOLVED 2025/043"),
    ("clause", "1)", "That the update on NHS dental services be noted."),
    ("clause", "2)", "That the Committee recommends to the Sowerfield Health and Wellbeing Board "
                     "that oral health be adopted as a priority in the refreshed Joint Local Health "
                     "and Wellbeing Strategy."),

    ("h", "8", "CARERS STRATEGY 2025\u20132030 \u2013 OUTCOME OF CONSULTATION"),
    ("p", "The Chairman reported that the report had been published after the statutory "
          "deadline because the analysis of the consultation responses had not been completed, "
          "and proposed that the item be deferred to allow Members sufficient time to consider it."),
    ("res", "RESOLVED 2025/044"),
    ("clause", "", "That consideration of the Carers Strategy 2025\u20132030 be deferred to the "
                   "meeting on 8 December 2025."),

    ("h", "9", "WORK PROGRAMME"),
    ("p", "The Senior Democratic Services Officer introduced the Committee\u2019s work programme "
          "for 2025/26. Councillor Fairweather commented that the Committee had not looked at the "
          "care home market since 2023 and that rising fees and recent closures in the north of "
          "the county warranted a review; the Chairman agreed that a scoping report would be "
          "brought to the next meeting. Councillor Askew asked whether Members could visit the new "
          "urgent dental care hub, and the Senior Democratic Services Officer undertook to arrange "
          "a visit in the new year."),
    ("res", "RESOLVED 2025/045"),
    ("clause", "", "That the work programme be agreed, subject to the addition of a scoping "
                   "report on the care home market for December 2025."),
    ("gap",),
    ("p", "The meeting closed at 1.12 pm."),
    ("gap",),
    ("p0", "CHAIRMAN"),
]

D1_GOLD = {
    "document": D1_NAME,
    "doc_type": "minutes",
    "committee": D1_COMMITTEE,
    "meeting_date": "2025-10-13",
    "items": [
        {"number": "1", "title": "Apologies for Absence"},
        {"number": "2", "title": "Declarations of Interests"},
        {"number": "3", "title": "Minutes of the Last Meeting held on 8 September 2025"},
        {"number": "4", "title": "Questions from Members of the Public"},
        {"number": "5", "title": "Home Care Recommissioning \u2013 Progress on the Locality Lead Provider Model"},
        {"number": "6", "title": "Urgent and Emergency Care \u2013 Winter Plan 2025/26"},
        {"number": "7", "title": "NHS Dental Services \u2013 Access and Recovery"},
        {"number": "8", "title": "Carers Strategy 2025\u20132030 \u2013 Outcome of Consultation"},
        {"number": "9", "title": "Work Programme"},
    ],
    "questions": [
        Q("4", "question", "How many of the 34 former attenders are now receiving a day service",
          "Mrs Eileen Foxall",
          "29 of the 34 former attenders had taken up an alternative day opportunity",
          "Councillor Dawn Markham", ["adult-social-care"]),
        Q("4", "question", "would guarantee that no reablement staff would be transferred under TUPE",
          "Mr Colin Marsden",
          "no decision had been taken to transfer the in-house reablement service",
          "The Cabinet Member", ["privatisation", "workforce", "adult-social-care"]),
        Q("5", "question", "how the Council would avoid a repeat of 2019, when two providers",
          "Councillor Askew",
          "each lot would have a named reserve provider",
          "The Group Manager, Home Care and Reablement Commissioning",
          ["subcontracting", "adult-social-care"]),
        Q("5", "question", "queried the proposed hourly rate of \u00a324.85 and whether it was sufficient",
          "Councillor Iqbal",
          "the rate had been modelled on the Real Living Wage of \u00a312.60",
          None, ["workforce", "finance", "subcontracting", "adult-social-care"]),
        Q("5", "concern", "the rural lots in the north of the county had attracted only one bid",
          "Councillor Fairweather", None, None,
          ["subcontracting", "adult-social-care"]),
        Q("5", "question", "whether people currently receiving care would have to change their carer",
          "Councillor Stenson",
          "existing packages would transfer only where the current provider was unsuccessful",
          "Officers", ["subcontracting", "adult-social-care"]),
        Q("5", "request", "receive the equality impact assessment for the transition before the contracts",
          "Councillor Pugh", None, None, ["subcontracting", "adult-social-care"]),
        Q("6", "question", "why ambulance handover delays at Sowerfield Royal Infirmary had worsened",
          "Councillor Dhaliwal",
          "the main cause was the number of patients who were medically fit for discharge",
          "Dr Whitcombe", ["adult-social-care"]),
        Q("6", "question", "asked whether patients were still being cared for in corridors overnight",
          "Councillor Coll",
          "corridor care had been used on 19 nights in September",
          "Dr Whitcombe", []),
        Q("6", "question", "queried the recruitment of nurses to staff the additional escalation beds",
          "The Chairman",
          "80 of the 96 posts had been filled through international recruitment",
          "the Chief Operating Officer", ["workforce", "finance"]),
        Q("6", "question", "about the capacity of NHS 111 and the urgent treatment centres",
          "Councillor Stenson",
          "commissioned an additional 40,000 urgent treatment centre appointments over the winter",
          "Karen Ellery-Shaw", ["subcontracting"]),
        Q("6", "concern", "the winter plan made no reference to Hadleigh Community Hospital",
          "Councillor Askew", None, None, []),
        Q("6", "request", "asked for a breakdown of ambulance handover times by hospital site",
          "Councillor Fairweather",
          "agreed that the figures would be circulated to Members by the end of October",
          "Karen Ellery-Shaw", []),
        Q("7", "question", "what proportion of dental practices in the county were accepting new",
          "Councillor Pugh",
          "9 of the county's 74 practices were currently accepting new adult patients",
          "Mr Bhattacharya", ["primary-care"]),
        Q("7", "comment", "residents in his division had been told to travel to Mercia",
          "Councillor Iqbal", None, None, ["primary-care"]),
        Q("7", "question", "asked about supervised toothbrushing in schools and early years settings",
          "Councillor Coll",
          "now reached 212 settings and 9,400 children, with priority given",
          "Mr Bhattacharya", ["public-health", "children-and-families", "primary-care"]),
        Q("9", "comment", "the Committee had not looked at the care home market since 2023",
          "Councillor Fairweather",
          "the Chairman agreed that a scoping report would be brought to the next meeting",
          "the Chairman", ["adult-social-care"]),
        Q("9", "question", "asked whether Members could visit the new urgent dental care hub",
          "Councillor Askew",
          "undertook to arrange a visit in the new year",
          "the Senior Democratic Services Officer", ["primary-care"]),
    ],
    "resolutions": [
        R("3", "having been previously circulated, were confirmed and signed by the Chairman",
          "agreed", []),
        R("5", "On being put to the vote the amendment was lost", "rejected",
          ["privatisation", "adult-social-care"]),
        R("5", "progress on the recommissioning of home care through locality lead providers be noted",
          "agreed", ["subcontracting", "adult-social-care"]),
        R("6", "the Urgent and Emergency Care Winter Plan 2025/26 be noted", "noted", []),
        R("7", "oral health be adopted as a priority in the refreshed Joint Local Health",
          "recommended", ["public-health", "primary-care"]),
        R("8", "consideration of the Carers Strategy 2025\u20132030 be deferred to the meeting",
          "deferred", ["adult-social-care"]),
        R("9", "the work programme be agreed, subject to the addition of a scoping",
          "agreed", ["adult-social-care"]),
    ],
    "attendees": [
        A("Councillor Sue Gorringe", "Chairman", "present"),
        A("Councillor Imran Dhaliwal", "Vice-Chairman", "present"),
        A("Councillor Paul Askew", None, "present"),
        A("Councillor Rachel Bentham", None, "apologies"),
        A("Councillor Trevor Coll", None, "present"),
        A("Councillor Jane Fairweather", None, "present"),
        A("Councillor Mohammed Iqbal", None, "present"),
        A("Councillor Lorraine Pugh", None, "present"),
        A("Councillor Gary Wolstenholme", None, "absent"),
        A("Councillor Keith Stenson", "Substitute for Councillor Rachel Bentham", "present"),
        A("Councillor Dawn Markham", "Cabinet Member for Adult Social Care and Public Health",
          "in_attendance"),
        A("Fiona Latchford", "Service Director, Strategic Commissioning, Integration and Market "
          "Development (Adult Social Care)", "in_attendance"),
        A("Ben Ashworth-Reid", "Group Manager, Home Care and Reablement Commissioning",
          "in_attendance"),
        A("Lucy Hennessey", "Senior Democratic Services Officer", "in_attendance"),
        A("Dr Alan Whitcombe", "Chief Operating Officer, University Hospitals of Sowerfield NHS "
          "Foundation Trust", "in_attendance"),
        A("Karen Ellery-Shaw", "Director of Urgent Care, Flow and System Resilience, NHS Sowerfield "
          "and Mercia Integrated Care Board", "in_attendance"),
        A("Raj Bhattacharya", "Head of Primary Care Commissioning (Dental, Optometry and Community "
          "Pharmacy), NHS Sowerfield and Mercia Integrated Care Board", "in_attendance"),
        A("Melanie Oduya", "Director of Public Health", "apologies"),
    ],
}


def d1_source_text():
    out = []
    for b in D1:
        if b[0] in ("title", "label", "p0", "p", "res", "h"):
            out.append(" ".join(b[1:]))
        elif b[0] == "att":
            out.append((b[1] + " " + b[2]).strip())
        elif b[0] == "clause":
            out.append(b[1] + " " + b[2])
    return "\n".join(out)


VOWELS = set("aeiouy")


def split_points(core):
    """Crude, slightly wrong, hyphenation points (as real minutes often have)."""
    pts = []
    lw = core.lower()
    for i in range(3, len(core) - 2):
        if lw[i - 1] in VOWELS and lw[i] not in VOWELS and lw[i + 1] in VOWELS:
            pts.append(i)
        elif lw[i - 1] not in VOWELS and lw[i] not in VOWELS and lw[i - 1] != lw[i] and \
                lw[i - 2] in VOWELS and lw[i + 1] in VOWELS:
            pts.append(i)
        elif lw[i - 1] == lw[i] and lw[i - 1] not in VOWELS:
            pts.append(i)
    return pts


def build_pdf():
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 9)
            self.cell(85, 4, "Sowerfield County Council", align="L")
            self.set_xy(105, 9)
            self.cell(85, 4, "Adult Social Care and Health OSC \u2013 13 October 2025", align="R")
            self.line(20, 14, 190, 14)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 282)
            self.cell(60, 4, "Chairman\u2019s initials ..............", align="L")
            self.set_xy(80, 282)
            self.cell(50, 4, "Page %d of {nb}" % self.page_no(), align="C")
            self.set_xy(130, 282)
            self.cell(60, 4, "ASCH OSC 13.10.25 \u2013 draft for confirmation", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 10, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_producer("Sowerfield County Council Democratic Services")
    pdf.set_title("Minutes - Adult Social Care and Health Overview and Scrutiny Committee")
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    pdf.add_page()
    L, RGT, TOP, BOT = 20.0, 190.0, 20.0, 274.0
    state = {"y": TOP}

    def need(h):
        if state["y"] + h > BOT:
            pdf.add_page()
            state["y"] = TOP

    def para(text, x0=L, size=10, style="", lh=4.9, justify=True, after=2.2):
        pdf.set_font("DV", style, size)
        width = RGT - x0
        words = text.split()
        sp = pdf.get_string_width(" ")
        lines = []
        cur = []
        while words:
            w = words.pop(0)
            trial = cur + [w]
            tw = sum(pdf.get_string_width(t) for t in trial) + sp * (len(trial) - 1)
            if tw <= width:
                cur = trial
                continue
            # try to hyphenate w
            m = re.match(r"^([A-Za-z]+)([,.;:)\u2019]*)$", w)
            done = False
            if m and justify and len(m.group(1)) >= 7 and cur:
                core, tail = m.group(1), m.group(2)
                used = sum(pdf.get_string_width(t) for t in cur) + sp * len(cur)
                for p in reversed(split_points(core)):
                    head = core[:p] + "-"
                    if used + pdf.get_string_width(head) <= width:
                        lines.append((cur + [head], False))
                        cur = []
                        words.insert(0, core[p:] + tail)
                        done = True
                        break
            if not done:
                lines.append((cur, False))
                cur = [w]
        if cur:
            lines.append((cur, True))
        for ws, last in lines:
            need(lh)
            y = state["y"] + lh * 0.8
            if last or not justify or len(ws) == 1:
                pdf.text(x0, y, " ".join(ws))
            else:
                tot = sum(pdf.get_string_width(t) for t in ws)
                gap = (width - tot) / (len(ws) - 1)
                x = x0
                for t in ws:
                    pdf.text(x, y, t)
                    x += pdf.get_string_width(t) + gap
            state["y"] += lh
        state["y"] += after

    for b in D1:
        kind = b[0]
        if kind == "title":
            pdf.set_font("DV", "B", 16)
            pdf.text(L, state["y"] + 6, "minutes")
            state["y"] += 12
        elif kind == "label":
            need(12)
            para(b[1], size=9.5, style="B", justify=False, after=0.8)
        elif kind == "p0":
            para(b[1], size=10, justify=False, after=1)
        elif kind == "gap":
            state["y"] += 2.5
        elif kind == "att":
            need(5)
            pdf.set_font("DV", "B", 10)
            if b[1]:
                pdf.text(L + 1, state["y"] + 3.9, b[1])
            para(b[2], x0=L + 8, size=10, justify=False, after=0.3, lh=4.8)
        elif kind == "h":
            need(16)
            state["y"] += 3
            pdf.set_font("DV", "B", 10.5)
            pdf.text(L, state["y"] + 4, b[1] + ".")
            para(b[2], x0=L + 10, size=10.5, style="B", justify=False, after=2)
        elif kind == "p":
            para(b[1], x0=L + 10)
        elif kind == "res":
            need(14)
            para(b[1], x0=L + 10, style="B", justify=False, after=1.2)
        elif kind == "clause":
            if b[1]:
                pdf.set_font("DV", "", 10)
                need(5)
                pdf.text(L + 10, state["y"] + 3.9, b[1])
                para(b[2], x0=L + 17, after=1.5)
            else:
                para(b[2], x0=L + 10, after=1.5)
    path = os.path.join(DOCS, D1_NAME)
    pdf.output(path)
    return path


def pdf_text(path):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            t = page.extract_text() or ""
            lines = t.split("\n")
            keep = []
            for ln in lines:
                if ln.startswith("Sowerfield County Council") or ln.startswith("Chairman\u2019s initials"):
                    continue
                keep.append(ln)
            out.extend(keep)
    text = ""
    for ln in out:
        if text.endswith("-") and re.search(r"[a-z]-$", text) and ln[:1].islower():
            text = text[:-1] + ln
        else:
            text += "\n" + ln
    return text


# ===========================================================================
# Document 2: North East unitary, DOCX (Hartlepool-like "Minutes and Decision
# Record": bracketed report author under each heading, "Purpose of report",
# "Issue(s) for consideration", "Decision"; Council Procedure Rule substitute)
# ===========================================================================

D2_NAME = "o-cleavesby-health-wellbeing-scrutiny-2025-11-04.docx"
D2_COMMITTEE = "Health and Wellbeing Scrutiny Committee"

# ("item", num, title, author) ("sub", heading) ("p", text) ("dec", [texts])
D2_ITEMS = [
    ("item", "27.", "Apologies for Absence", None),
    ("p", "Apologies for absence were submitted by Councillors Carole Thompson and Lee Wharrier. "
          "Apologies were also received from Alison Kerr, Chief Nurse, NHS Northern Coast "
          "Integrated Care Board."),
    ("item", "28.", "Declarations of Interest", None),
    ("p", "Councillor Pamela Hepplewhite declared a personal interest in minute 31 as a volunteer "
          "with the Cleavesby Carers\u2019 Centre."),
    ("item", "29.", "Minutes of the meeting held on 7 October 2025", None),
    ("p", "The minutes of the meeting held on 7 October 2025 were confirmed as a correct record, "
          "subject to the addition of Councillor Pyle to the list of those present."),
    ("item", "30.", "Public Question", None),
    ("p", "The following question had been submitted by Mr Derek Hume in accordance with the "
          "Committee\u2019s public question procedure:"),
    ("quote", "\u201cThe Eston Road Surgery closed its branch at Grangefield in August with four "
              "weeks\u2019 notice. What assessment did the ICB make of the impact on older patients "
              "without a car, and why were patients not consulted before the decision was "
              "taken?\u201d"),
    ("p", "Kevin Dunmore, Director of Place (Cleavesby), NHS Northern Coast Integrated Care Board, "
          "responded that the practice had applied to close the branch because it had been unable "
          "to recruit a GP to staff it, that an equality impact assessment had been completed and "
          "that the ICB accepted that the period of engagement with patients had been too short. A "
          "community bus service to the main surgery had been arranged with the Council from 1 "
          "October."),
    ("p", "Mr Hume asked a supplementary question as to whether the ICB would commit to a minimum "
          "period of engagement for any future branch closures. Mr Dunmore confirmed that the ICB "
          "would adopt a minimum twelve-week engagement period for any future branch closure in "
          "Cleavesby."),

    ("item", "31.", "Intermediate Care and Hospital Discharge \u2013 Investigation Evidence Session",
     "(Director of Adult and Community Based Services and Medical Director (Out of Hospital "
     "Care), Cleavesby and Eston Hospitals NHS Foundation Trust)"),
    ("sub", "Purpose of report"),
    ("p", "To provide evidence in relation to the Committee\u2019s investigation into intermediate "
          "care and hospital discharge."),
    ("sub", "Issue(s) for consideration"),
    ("p", "The Director of Adult and Community Based Services and the Medical Director (Out of "
          "Hospital Care) gave a joint presentation covering the discharge to assess pathways, the "
          "40-bed Rosedene intermediate care unit, reablement capacity and the use of the Better "
          "Care Fund. In 2024/25, 71 per cent of people discharged home with reablement were still "
          "at home 91 days later, against a regional average of 79 per cent."),
    ("p", "A Member questioned why the proportion of people remaining at home after reablement was "
          "below the regional average. The Director of Adult and Community Based Services explained "
          "that Cleavesby discharged a higher proportion of people with complex needs directly home "
          "rather than to a bed-based service, and that a revised measure excluding people on end "
          "of life pathways would be reported from April 2026."),
    ("p", "Members expressed concern at the number of people waiting in hospital for a home care "
          "package and queried whether the Council\u2019s home care providers had sufficient staff. "
          "The Assistant Director, Joint Commissioning and Market Sustainability, advised that the "
          "average wait had reduced from nine days to four, and that providers had recruited 63 care "
          "workers since April, including 18 through the international recruitment scheme."),
    ("p", "In response to a question from the Chair on the Better Care Fund, the Director confirmed "
          "that \u00a31.9m of the \u00a314.2m pooled budget was used to fund Rosedene and that the "
          "arrangement would be reviewed jointly with the ICB before March 2026. A Member commented "
          "that carers were often not told when a relative was to be discharged and that this had "
          "caused real distress to families in her ward."),
    ("p", "A Member asked whether Rosedene would remain under Council management, given reports "
          "that the ICB was seeking a single provider for all intermediate care services. The "
          "Medical Director (Out of Hospital Care) stated that no decision had been taken and that "
          "any change would be brought to the Committee before it was agreed."),
    ("p", "Councillor Roxby requested that the Committee be provided with the number of "
          "readmissions within 30 days for people discharged through each pathway."),
    ("dec", ["That the evidence provided be noted and used to inform the Committee\u2019s final "
             "report and recommendations."]),

    ("item", "32.", "Community Mental Health Transformation \u2013 Update",
     "(Director of Operations for Community Services, Northern Coast Mental Health and Learning "
     "Disability NHS Foundation Trust)"),
    ("sub", "Purpose of report"),
    ("p", "To update the Committee on the transformation of community mental health services and "
          "the proposed consolidation of adult inpatient beds."),
    ("sub", "Issue(s) for consideration"),
    ("p", "The Director of Operations for Community Services outlined the opening of three "
          "community mental health hubs, the introduction of a 24/7 crisis line and the Trust\u2019s "
          "proposal, currently subject to consultation, to close the 14-bed Whinfield Ward and "
          "transfer its beds to the new Marsden Park unit in Eston."),
    ("p", "A Member sought clarification on waiting times for adult ADHD assessment, which "
          "residents reported to be over three years. The Director of Operations for Community "
          "Services confirmed that the longest wait was 38 months, that the Trust had commissioned "
          "additional assessment capacity from an independent provider and that the ICB was "
          "reviewing the pathway regionally."),
    ("p", "Concern was expressed that the closure of Whinfield Ward would mean families travelling "
          "over 20 miles to visit relatives, and that the consultation had been run largely online "
          "during the summer holidays."),
    ("p", "Members questioned the staffing of the crisis line following reports of calls going "
          "unanswered. The Director of Operations for Community Services advised that 11 call "
          "handler vacancies had now been filled and that the average answer time in October was "
          "94 seconds."),
    ("p", "The Chair requested that the Trust provide a written update on crisis line performance "
          "and on the outcome of the Whinfield Ward consultation for the January meeting."),
    ("dec", ["(i)\tThat the update be noted.",
             "(ii)\tThat representatives of the Trust be invited to the meeting on 13 January 2026 "
             "to report on the outcome of the Whinfield Ward consultation."]),

    ("item", "33.", "Re-procurement of the Integrated Sexual Health Service",
     "(Director of Public Health)"),
    ("sub", "Purpose of report"),
    ("p", "To seek the views of the Committee on the proposed re-procurement of the integrated "
          "sexual health service, prior to consideration by the Adult and Community Based Services "
          "Committee."),
    ("sub", "Issue(s) for consideration"),
    ("p", "The Director of Public Health reported that the current contract with Brightwell Health "
          "Ltd expired on 31 March 2026. It was proposed to procure a new contract for five years "
          "with the option of two extensions of two years each, at an annual value of \u00a32.38m, "
          "a reduction of 6 per cent."),
    ("p", "A Member questioned the proposed reduction of 6 per cent in the contract value at a time "
          "when rates of gonorrhoea and syphilis were increasing. The Director of Public Health "
          "explained that the reduction reflected the shift to online testing, that clinic capacity "
          "would be maintained, and that the public health grant allocation for 2026/27 was not yet "
          "known."),
    ("p", "Members asked whether the current provider\u2019s profit margin was known. The Director "
          "of Public Health confirmed that open-book accounting would be a condition of the new "
          "contract but that the current provider\u2019s margin was commercially confidential."),
    ("p", "A Member expressed concern that the views of young people had not informed the draft "
          "service specification."),
    ("p", "Councillor Pyle moved that the Committee recommend that the service be brought back "
          "in-house at the end of the current contract. The motion was seconded by Councillor "
          "Marley. Upon being put to the vote, the motion was lost."),
    ("dec", ["That the Committee recommends to the Adult and Community Based Services Committee "
             "that the re-procurement proceed, subject to a specific requirement for the views of "
             "young people to inform the service specification."]),

    ("item", "34.", "Healthwatch Cleavesby Annual Report 2024/25",
     "(Chief Executive, Healthwatch Cleavesby)"),
    ("sub", "Purpose of report"),
    ("p", "To present the Healthwatch Cleavesby Annual Report for 2024/25."),
    ("sub", "Issue(s) for consideration"),
    ("p", "The Chief Executive, Healthwatch Cleavesby, reported that 2,140 people had shared their "
          "experiences of local services during the year, with access to GP appointments and to "
          "NHS dentistry the most frequently raised issues."),
    ("p", "A Member asked how Healthwatch reached residents who did not use the internet. The Chief "
          "Executive explained that two-thirds of feedback had been gathered face to face, through "
          "outreach at food banks, libraries and the hospital\u2019s outpatient department."),
    ("p", "Members commented that Healthwatch\u2019s report on hospital discharge letters had led to "
          "real changes at the hospital."),
    ("dec", ["That the Healthwatch Cleavesby Annual Report 2024/25 be noted and the thanks of the "
             "Committee be recorded."]),

    ("item", "35.", "Scrutiny Work Programme 2025/26", "(Statutory Scrutiny Officer)"),
    ("sub", "Purpose of report"),
    ("p", "To consider a request to add an investigation into children\u2019s community health "
          "services to the Committee\u2019s work programme."),
    ("sub", "Issue(s) for consideration"),
    ("p", "The Statutory Scrutiny Officer advised that the Committee\u2019s capacity for a second "
          "investigation in 2025/26 depended on the outcome of the Council\u2019s budget consultation."),
    ("dec", ["That consideration of the proposed investigation into children\u2019s community health "
             "services be deferred to the meeting on 2 December 2025."]),

    ("item", "36.", "Any Other Items which the Chair Considers are Urgent", None),
    ("p", "None."),
]

D2_GOLD = {
    "document": D2_NAME,
    "doc_type": "minutes",
    "committee": D2_COMMITTEE,
    "meeting_date": "2025-11-04",
    "items": [{"number": b[1].rstrip("."), "title": b[2]} for b in D2_ITEMS if b[0] == "item"],
    "questions": [
        Q("30", "question", "What assessment did the ICB make of the impact on older patients",
          "Mr Derek Hume",
          "the ICB accepted that the period of engagement with patients had been too short",
          "Kevin Dunmore", ["primary-care", "patient-and-public-input"]),
        Q("30", "question", "whether the ICB would commit to a minimum period of engagement",
          "Mr Hume",
          "would adopt a minimum twelve-week engagement period for any future branch closure",
          "Mr Dunmore", ["primary-care", "patient-and-public-input"]),
        Q("31", "question", "questioned why the proportion of people remaining at home after reablement",
          "A Member",
          "Cleavesby discharged a higher proportion of people with complex needs directly home",
          "The Director of Adult and Community Based Services", ["adult-social-care"]),
        Q("31", "concern", "expressed concern at the number of people waiting in hospital",
          "Members",
          "providers had recruited 63 care workers since April",
          "The Assistant Director, Joint Commissioning and Market Sustainability",
          ["adult-social-care", "workforce"]),
        Q("31", "question", "In response to a question from the Chair on the Better Care Fund",
          "the Chair",
          "of the \u00a314.2m pooled budget was used to fund Rosedene",
          "the Director", ["integration", "finance", "adult-social-care"]),
        Q("31", "comment", "carers were often not told when a relative was to be discharged",
          "A Member", None, None, ["adult-social-care"]),
        Q("31", "question", "asked whether Rosedene would remain under Council management",
          "A Member",
          "no decision had been taken and that any change would be brought",
          "The Medical Director (Out of Hospital Care)",
          ["subcontracting", "adult-social-care"]),
        Q("31", "request", "the number of readmissions within 30 days for people discharged",
          "Councillor Roxby", None, None, ["adult-social-care"]),
        Q("32", "question", "sought clarification on waiting times for adult ADHD assessment",
          "A Member",
          "the longest wait was 38 months",
          "The Director of Operations for Community Services",
          ["mental-health", "subcontracting"]),
        Q("32", "concern", "the closure of Whinfield Ward would mean families travelling over 20 miles",
          None, None, None, ["mental-health", "patient-and-public-input"]),
        Q("32", "question", "questioned the staffing of the crisis line following reports of calls",
          "Members",
          "11 call handler vacancies had now been filled",
          "The Director of Operations for Community Services", ["mental-health", "workforce"]),
        Q("32", "request", "provide a written update on crisis line performance",
          "The Chair", None, None, ["mental-health", "patient-and-public-input"]),
        Q("33", "question", "questioned the proposed reduction of 6 per cent in the contract value",
          "A Member",
          "the reduction reflected the shift to online testing",
          "The Director of Public Health", ["public-health", "finance", "subcontracting"]),
        Q("33", "question", "asked whether the current provider's profit margin was known",
          "Members",
          "open-book accounting would be a condition of the new contract",
          "The Director of Public Health", ["privatisation", "subcontracting"]),
        Q("33", "concern", "the views of young people had not informed the draft service specification",
          "A Member", None, None,
          ["patient-and-public-input", "children-and-families", "public-health"]),
        Q("34", "question", "how Healthwatch reached residents who did not use the internet",
          "A Member",
          "two-thirds of feedback had been gathered face to face",
          "The Chief Executive", ["patient-and-public-input"]),
        Q("34", "comment", "report on hospital discharge letters had led to real changes",
          "Members", None, None, ["patient-and-public-input", "adult-social-care"]),
    ],
    "resolutions": [
        R("29", "were confirmed as a correct record, subject to the addition of Councillor Pyle",
          "agreed", []),
        R("31", "the evidence provided be noted and used to inform the Committee's final report",
          "noted", ["adult-social-care"]),
        R("32", "be invited to the meeting on 13 January 2026 to report",
          "agreed", ["mental-health", "patient-and-public-input"]),
        R("33", "Upon being put to the vote, the motion was lost", "rejected",
          ["privatisation", "public-health"]),
        R("33", "subject to a specific requirement for the views of young people",
          "recommended", ["subcontracting", "public-health", "patient-and-public-input",
                          "children-and-families"]),
        R("34", "the Healthwatch Cleavesby Annual Report 2024/25 be noted and the thanks",
          "noted", ["patient-and-public-input"]),
        R("35", "proposed investigation into children's community health services be deferred",
          "deferred", ["children-and-families"]),
    ],
    "attendees": [
        A("Brenda Loughlin", "In the Chair", "present"),
        A("Gordon Brash", None, "present"),
        A("Pamela Hepplewhite", None, "present"),
        A("Steven Lonsdale", None, "present"),
        A("Anne Marley", None, "present"),
        A("Darren Pyle", None, "present"),
        A("Jonathan Roxby", None, "present"),
        A("Councillor Tony Richardson", "Substitute for Councillor Carole Thompson", "present"),
        A("Carole Thompson", None, "apologies"),
        A("Lee Wharrier", None, "apologies"),
        A("Alison Kerr", "Chief Nurse, NHS Northern Coast Integrated Care Board", "apologies"),
        A("Councillor Moira Kell", "Chair of the Adult and Community Based Services Committee",
          "in_attendance"),
        A("Gail Pritchard", "Chief Executive, Healthwatch Cleavesby", "in_attendance"),
        A("Dr Simon Etherington", "Medical Director (Out of Hospital Care), Cleavesby and Eston "
          "Hospitals NHS Foundation Trust", "in_attendance"),
        A("Rachel Tindale", "Director of Operations for Community Services, Northern Coast Mental "
          "Health and Learning Disability NHS Foundation Trust", "in_attendance"),
        A("Kevin Dunmore", "Director of Place (Cleavesby), NHS Northern Coast Integrated Care Board",
          "in_attendance"),
        A("Trevor Smailes", "Director of Adult and Community Based Services", "in_attendance"),
        A("Dr Hannah Cowie", "Director of Public Health", "in_attendance"),
        A("Neil Harrop", "Assistant Director, Joint Commissioning and Market Sustainability",
          "in_attendance"),
        A("Joan Stubbs", "Statutory Scrutiny Officer", "in_attendance"),
    ],
}


def _field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def build_docx():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.title = "Health and Wellbeing Scrutiny Committee - Minutes and Decision Record - 4 November 2025"
    cp.created = datetime.datetime(2025, 11, 6, 10, 0, 0)
    cp.modified = datetime.datetime(2025, 11, 6, 10, 0, 0)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Health and Wellbeing Scrutiny Committee \u2013 Minutes and Decision Record \u2013 4 November 2025"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Cleavesby Borough Council\t\t")
    r.font.size = Pt(8)
    r = fp.add_run("")
    r.font.size = Pt(8)
    _field(r, "PAGE")
    r = fp.add_run("")
    r.font.size = Pt(8)

    def p(text="", bold=False, italic=False, size=None, align=None, indent=None, hanging=None,
          after=6, tabs=None):
        para = doc.add_paragraph()
        if text:
            run = para.add_run(text)
            run.bold = bold
            run.italic = italic
            if size:
                run.font.size = Pt(size)
        pf = para.paragraph_format
        pf.space_after = Pt(after)
        if align:
            pf.alignment = align
        if indent is not None:
            pf.left_indent = Cm(indent)
        if hanging is not None:
            pf.first_line_indent = Cm(-hanging)
        if tabs:
            for t in tabs:
                pf.tab_stops.add_tab_stop(Cm(t))
        return para

    p("HEALTH AND WELLBEING SCRUTINY COMMITTEE", bold=True, size=14,
      align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    p("MINUTES AND DECISION RECORD", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    p("4 November 2025", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    p("The meeting commenced at 10.00 am in the Civic Centre, Cleavesby.")
    para = p(tabs=[3.5], indent=3.5, hanging=3.5, after=2)
    para.add_run("Present:").bold = True
    para = p(tabs=[3.5], indent=3.5, hanging=3.5, after=6)
    para.add_run("Councillor:\tBrenda Loughlin (In the Chair)")
    p("Councillors:\tGordon Brash, Pamela Hepplewhite, Steven Lonsdale, Anne Marley, Darren Pyle "
      "and Jonathan Roxby.", tabs=[3.5], indent=3.5, hanging=3.5)
    p("In accordance with Council Procedure Rule 4.2 (ii), Councillor Tony Richardson was in "
      "attendance as substitute for Councillor Carole Thompson.", indent=3.5)
    para = p(tabs=[3.5], indent=3.5, hanging=3.5, after=0)
    para.add_run("Also Present:").bold = True
    para.add_run("\tCouncillor Moira Kell, Chair of the Adult and Community Based Services Committee")
    for line in [
        "Gail Pritchard, Chief Executive, Healthwatch Cleavesby",
        "Dr Simon Etherington, Medical Director (Out of Hospital Care), Cleavesby and Eston Hospitals "
        "NHS Foundation Trust",
        "Rachel Tindale, Director of Operations for Community Services, Northern Coast Mental Health "
        "and Learning Disability NHS Foundation Trust",
        "Kevin Dunmore, Director of Place (Cleavesby), NHS Northern Coast Integrated Care Board",
    ]:
        p(line, indent=3.5, after=0)
    p(after=6)
    para = p(tabs=[3.5], indent=3.5, hanging=3.5, after=0)
    para.add_run("Officers:").bold = True
    para.add_run("\tTrevor Smailes, Director of Adult and Community Based Services")
    for line in ["Dr Hannah Cowie, Director of Public Health",
                 "Neil Harrop, Assistant Director, Joint Commissioning and Market Sustainability",
                 "Joan Stubbs, Statutory Scrutiny Officer"]:
        p(line, indent=3.5, after=0)
    p(after=10)

    for b in D2_ITEMS:
        k = b[0]
        if k == "item":
            para = p(tabs=[1.5], indent=1.5, hanging=1.5, after=2 if b[3] else 6)
            para.paragraph_format.keep_with_next = True
            para.paragraph_format.space_before = Pt(10)
            run = para.add_run(b[1] + "\t" + b[2])
            run.bold = True
            if b[3]:
                para = p(b[3], bold=True, indent=1.5, after=6)
        elif k == "sub":
            para = p(b[1], bold=True, italic=False, indent=1.5, after=2)
            para.paragraph_format.keep_with_next = True
        elif k == "p":
            p(b[1], indent=1.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif k == "quote":
            p(b[1], italic=True, indent=2.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif k == "dec":
            para = p("Decision", bold=True, indent=1.5, after=2)
            para.paragraph_format.keep_with_next = True
            for t in b[1]:
                if t.startswith("("):
                    p(t, indent=2.5, hanging=1.0, tabs=[2.5])
                else:
                    p(t, indent=1.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    p(after=12)
    p("The meeting concluded at 12.14 pm.")
    p(after=18)
    p("CHAIR", bold=True)
    p("H MARTINDALE", after=0)
    p("MANAGING DIRECTOR", after=0)
    p("PUBLICATION DATE: 7 NOVEMBER 2025")

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so that the build is byte-for-byte deterministic
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    path = os.path.join(DOCS, D2_NAME)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 6, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return path


def docx_text(path):
    from docx import Document
    d = Document(path)
    parts = []
    for s in d.sections:
        parts += [pp.text for pp in s.header.paragraphs]
    parts += [pp.text for pp in d.paragraphs]
    for s in d.sections:
        parts += [pp.text for pp in s.footer.paragraphs]
    return "\n".join(parts)


# ===========================================================================
# Document 3: Home Counties district O&S, TXT (Sevenoaks-like: "Cllr." and
# "Cllrs." with surnames only, "Resolved: That", "In response to a question
# from Cllr. X about ...", page furniture left in from a copy of the PDF)
# ===========================================================================

D3_NAME = "o-wealdhurst-overview-scrutiny-2025-12-02.txt"
D3_COMMITTEE = "Overview and Scrutiny Committee"

D3_PAGES = [
    [
        "WEALDHURST DISTRICT COUNCIL",
        "",
        "OVERVIEW AND SCRUTINY COMMITTEE",
        "",
        "Minutes of the meeting held on 2 December 2025 commencing at 7.00 pm at the Council "
        "Offices, Priory Walk, Wealdhurst",
        "",
        "Present: Cllr. Pett (Chairman)",
        "",
        "Cllr. Mrs. Morris (Vice Chairman)",
        "",
        "Cllrs. Bayley, Clayton, Eyre, Grint, Hogarth, Kitchener and Porter",
        "",
        "Apologies for absence were received from Cllrs. Dyball and Nash.",
        "",
        "Cllr. Grint was present as a substitute for Cllr. Nash.",
        "",
        "Cllr. Thornton, Cabinet Member for Housing and Health, and Cllr. Wren, Cabinet Member for "
        "Leisure and Wellbeing, were also present.",
        "",
        "Officers present: Chief Officer - People and Places (Ms. H. Ashdown), Head of Housing and "
        "Health (Mr. T. Brennan), Leisure Client and Contracts Manager (Mr. M. Stroud) and "
        "Democratic Services Officer (Miss L. Greer).",
        "",
        "Also in attendance: Mr. D. Forsyth-Kerr (Deputy Director of Strategy, Partnerships and "
        "Estates, West Weald Community Health NHS Trust) and Ms. P. Raman (Associate Director of "
        "Primary and Community Care Commissioning (West Weald Place), NHS Weald and Downs "
        "Integrated Care Board).",
        "",
        "",
        "24.    Minutes",
        "",
        "Resolved: That the Minutes of the meeting of the Committee held on 14 October 2025 be "
        "approved and signed by the Chairman as a correct record.",
        "",
        "",
        "25.    Declarations of Interest or Predetermination",
        "",
        "Cllr. Kitchener declared that she was employed by West Weald Community Health NHS Trust as "
        "a physiotherapist and would not take part in the debate or vote on Minute 28 below.",
        "",
        "",
        "26.    Actions from Previous Meeting",
        "",
        "The actions from the previous meeting were noted.",
        "",
        "",
        "27.    Public Question Time",
        "",
        "Mrs. A. Lyle, a resident of Hexford, asked what the Council was doing to press the "
        "Integrated Care Board about the difficulty of getting through to GP practices by telephone "
        "at 8.00 am, as many older residents could not use online booking. The Cabinet Member for "
        "Housing and Health responded that the matter had been raised at the Wealdhurst Health and "
        "Wellbeing Partnership, that all practices in the district would move to cloud telephony "
        "with a call-back option by March 2026, and that Ms. Raman would be happy to take further "
        "questions under Minute 28.",
    ],
    [
        "Mr. R. Okafor asked whether the Committee would hold a public meeting in Wealdhurst town "
        "before the consultation on the Minor Injuries Unit closed. The Chairman replied that the "
        "Committee's own meeting was held in public, but that he would ask the NHS Trust to hold an "
        "additional drop-in event in the town centre before Christmas.",
        "",
        "",
        "28.    Wealdhurst Community Hospital - Proposed Changes to the Minor Injuries Unit",
        "",
        "The Chairman welcomed Mr. Forsyth-Kerr and Ms. Raman to the meeting. Mr. Forsyth-Kerr gave "
        "a presentation on the Trust's proposal, subject to public consultation until 16 January "
        "2026, to reduce the opening hours of the Minor Injuries Unit at Wealdhurst Community "
        "Hospital from 24 hours to 8.00 am to 10.00 pm. He cited an average of 3.2 attendances "
        "between midnight and 8.00 am and the difficulty of staffing the unit safely overnight.",
        "",
        "In response to a question from Cllr. Hogarth about where overnight patients would go, "
        "Mr. Forsyth-Kerr explained that the nearest alternative was the emergency department at "
        "Tonbury General Hospital, 14 miles away, and that NHS 111 would be able to book patients "
        "into the unit for the following morning.",
        "",
        "In response to a question from Cllr. Bayley about staffing, the Committee was advised that "
        "the unit had three emergency nurse practitioner vacancies and had relied on agency nurses "
        "for 70 per cent of night shifts since April, at a cost of £412,000.",
        "",
        "Cllr. Porter asked whether the changes were being driven by the Trust's financial "
        "position. Mr. Forsyth-Kerr said that the Trust was required to make savings of £9.8m in "
        "2025/26 but that the proposal was driven by safety and staffing rather than by cost.",
        "",
        "Concern was expressed by several Members that public transport from the villages to "
        "Tonbury was very limited after 7.00 pm and that the consultation document did not set out "
        "the impact on residents without a car.",
        "",
        "Cllr. Clayton asked how the Trust would make sure that people who were not online could",
    ],
    [
        "respond to the consultation. Ms. Raman said that paper questionnaires were available at all "
        "GP surgeries, libraries and the Council Offices, and that an easy-read version and a "
        "freepost address had been provided.",
        "",
        "Cllr. Mrs. Morris requested that the Trust publish its equality impact assessment before "
        "the consultation closed rather than alongside the final decision.",
        "",
        "Resolved: That",
        "",
        "a)   the presentation be noted; and",
        "",
        "b)   it be recommended to Cabinet that the Council submit a formal response to the "
        "consultation setting out the Committee's concerns about the overnight closure and about "
        "public transport.",
        "",
        "",
        "29.    Disabled Facilities Grants - Performance and Waiting Times",
        "",
        "The Head of Housing and Health presented the report, which showed that 186 Disabled "
        "Facilities Grants had been completed in 2024/25, with an average of 41 weeks from first "
        "contact to completion, and that £640,000 of the £2.1m Better Care Fund allocation had been "
        "carried forward.",
        "",
        "Members asked why the average waiting time was so long. The Head of Housing and Health "
        "explained that the main delay was in occupational therapy assessments carried out by the "
        "County Council, and that the Council had now recruited its own occupational therapist to "
        "assess straightforward cases.",
        "",
        "Cllr. Eyre queried the carry forward of £640,000 when residents were waiting for "
        "adaptations; the Head of Housing and Health said that the full allocation was committed to "
        "approved schemes and that the carry forward reflected delays by contractors.",
        "",
        "Cllr. Grint asked whether the contractor framework gave good value. It was noted that the "
        "framework had been retendered in 2024 and that prices were benchmarked against five "
        "neighbouring districts.",
        "",
        "Resolved: That the report on Disabled Facilities Grants performance be noted.",
        "",
        "",
        "30.    Leisure Services Contract - Annual Performance of the Operator",
        "",
        "The Leisure Client and Contracts Manager introduced the annual report on the contract with "
        "Everactive Leisure Ltd, which had operated the Council's three leisure centres since 2019 "
        "under a 15-year contract, with a management fee of £310,000 a year payable to the Council.",
    ],
    [
        "Cllr. Eyre expressed concern that the operator had increased swimming prices by 12 per "
        "cent while reporting a surplus, and that the Council had little control over pricing under "
        "the contract. The Cabinet Member for Leisure and Wellbeing responded that price increases "
        "above inflation required the Council's consent, which had been given this year because of "
        "energy costs.",
        "",
        "Cllr. Hogarth asked about the take-up of the GP exercise referral scheme. The Leisure "
        "Client and Contracts Manager said that 412 residents had been referred in 2024/25, of whom "
        "58 per cent had completed the twelve-week programme.",
        "",
        "Cllr. Kitchener requested that future annual reports include the operator's customer "
        "satisfaction survey results broken down by centre.",
        "",
        "Cllr. Eyre moved, and Cllr. Porter seconded, an amendment to add a recommendation to "
        "Cabinet that an options appraisal be commissioned for bringing the leisure service back "
        "in-house at the end of the contract. The amendment was put to the vote and was lost.",
        "",
        "Resolved: That the annual performance report on the leisure services contract be noted.",
        "",
        "",
        "31.    Homelessness Prevention Grant - Allocation 2026/27",
        "",
        "The Chief Officer - People and Places advised that the Government had not yet announced "
        "the 2026/27 allocations and asked that the item be deferred.",
        "",
        "Resolved: That consideration of the Homelessness Prevention Grant allocation be deferred "
        "to the meeting on 3 February 2026.",
        "",
        "",
        "32.    Work Plan",
        "",
        "Cllr. Clayton commented that the Committee should look at the effect of the new GP "
        "telephone systems once they were in place. The Chairman agreed that an item on GP access "
        "would be added for June 2026.",
        "",
        "Resolved: That the work plan be agreed, with the addition of an item on access to GP "
        "services in June 2026.",
        "",
        "",
        "THE MEETING WAS CONCLUDED AT 9.21 PM",
        "",
        "",
        "",
        "CHAIRMAN",
    ],
]

D3_GOLD = {
    "document": D3_NAME,
    "doc_type": "minutes",
    "committee": D3_COMMITTEE,
    "meeting_date": "2025-12-02",
    "items": [
        {"number": "24", "title": "Minutes"},
        {"number": "25", "title": "Declarations of Interest or Predetermination"},
        {"number": "26", "title": "Actions from Previous Meeting"},
        {"number": "27", "title": "Public Question Time"},
        {"number": "28", "title": "Wealdhurst Community Hospital - Proposed Changes to the Minor Injuries Unit"},
        {"number": "29", "title": "Disabled Facilities Grants - Performance and Waiting Times"},
        {"number": "30", "title": "Leisure Services Contract - Annual Performance of the Operator"},
        {"number": "31", "title": "Homelessness Prevention Grant - Allocation 2026/27"},
        {"number": "32", "title": "Work Plan"},
    ],
    "questions": [
        Q("27", "question", "about the difficulty of getting through to GP practices by telephone",
          "Mrs. A. Lyle",
          "would move to cloud telephony with a call-back option by March 2026",
          "The Cabinet Member for Housing and Health", ["primary-care"]),
        Q("27", "question", "whether the Committee would hold a public meeting in Wealdhurst town",
          "Mr. R. Okafor",
          "he would ask the NHS Trust to hold an additional drop-in event",
          "The Chairman", ["patient-and-public-input"]),
        Q("28", "question", "In response to a question from Cllr. Hogarth about where overnight patients",
          "Cllr. Hogarth",
          "the nearest alternative was the emergency department at Tonbury General Hospital",
          "Mr. Forsyth-Kerr", []),
        Q("28", "question", "In response to a question from Cllr. Bayley about staffing",
          "Cllr. Bayley",
          "had three emergency nurse practitioner vacancies and had relied on agency nurses",
          None, ["workforce", "finance"]),
        Q("28", "question", "asked whether the changes were being driven by the Trust's financial",
          "Cllr. Porter",
          "the Trust was required to make savings of £9.8m in 2025/26",
          "Mr. Forsyth-Kerr", ["finance"]),
        Q("28", "concern", "public transport from the villages to Tonbury was very limited",
          "several Members", None, None, ["patient-and-public-input"]),
        Q("28", "question", "how the Trust would make sure that people who were not online",
          "Cllr. Clayton",
          "paper questionnaires were available at all GP surgeries, libraries and the Council Offices",
          "Ms. Raman", ["patient-and-public-input"]),
        Q("28", "request", "publish its equality impact assessment before the consultation closed",
          "Cllr. Mrs. Morris", None, None, ["patient-and-public-input"]),
        Q("29", "question", "Members asked why the average waiting time was so long",
          "Members",
          "the main delay was in occupational therapy assessments carried out by the County Council",
          "The Head of Housing and Health", ["housing", "workforce"]),
        Q("29", "question", "queried the carry forward of £640,000 when residents were waiting",
          "Cllr. Eyre",
          "the full allocation was committed to approved schemes",
          "the Head of Housing and Health", ["housing", "finance", "integration"]),
        Q("29", "question", "asked whether the contractor framework gave good value",
          "Cllr. Grint",
          "the framework had been retendered in 2024 and that prices were benchmarked",
          None, ["housing", "subcontracting", "finance"]),
        Q("30", "concern", "the operator had increased swimming prices by 12 per cent",
          "Cllr. Eyre",
          "price increases above inflation required the Council's consent",
          "The Cabinet Member for Leisure and Wellbeing",
          ["subcontracting", "privatisation", "finance"]),
        Q("30", "question", "asked about the take-up of the GP exercise referral scheme",
          "Cllr. Hogarth",
          "412 residents had been referred in 2024/25",
          "The Leisure Client and Contracts Manager", ["public-health"]),
        Q("30", "request", "customer satisfaction survey results broken down by centre",
          "Cllr. Kitchener", None, None, ["subcontracting", "patient-and-public-input"]),
        Q("32", "comment", "should look at the effect of the new GP telephone systems",
          "Cllr. Clayton",
          "an item on GP access would be added for June 2026",
          "The Chairman", ["primary-care"]),
    ],
    "resolutions": [
        R("24", "held on 14 October 2025 be approved and signed by the Chairman", "agreed", []),
        R("26", "The actions from the previous meeting were noted", "noted", []),
        R("28", "the Council submit a formal response to the consultation setting out the Committee's",
          "recommended", ["patient-and-public-input"]),
        R("29", "the report on Disabled Facilities Grants performance be noted", "noted",
          ["housing"]),
        R("30", "The amendment was put to the vote and was lost", "rejected",
          ["privatisation", "subcontracting"]),
        R("30", "the annual performance report on the leisure services contract be noted", "noted",
          ["subcontracting"]),
        R("31", "consideration of the Homelessness Prevention Grant allocation be deferred",
          "deferred", ["housing", "finance"]),
        R("32", "the work plan be agreed, with the addition of an item on access",
          "agreed", ["primary-care"]),
    ],
    "attendees": [
        A("Cllr. Pett", "Chairman", "present"),
        A("Cllr. Mrs. Morris", "Vice Chairman", "present"),
        A("Cllr. Bayley", None, "present"),
        A("Cllr. Clayton", None, "present"),
        A("Cllr. Eyre", None, "present"),
        A("Cllr. Grint", "Substitute for Cllr. Nash", "present"),
        A("Cllr. Hogarth", None, "present"),
        A("Cllr. Kitchener", None, "present"),
        A("Cllr. Porter", None, "present"),
        A("Cllr. Dyball", None, "apologies"),
        A("Cllr. Nash", None, "apologies"),
        A("Cllr. Thornton", "Cabinet Member for Housing and Health", "in_attendance"),
        A("Cllr. Wren", "Cabinet Member for Leisure and Wellbeing", "in_attendance"),
        A("Ms. H. Ashdown", "Chief Officer - People and Places", "in_attendance"),
        A("Mr. T. Brennan", "Head of Housing and Health", "in_attendance"),
        A("Mr. M. Stroud", "Leisure Client and Contracts Manager", "in_attendance"),
        A("Miss L. Greer", "Democratic Services Officer", "in_attendance"),
        A("Mr. D. Forsyth-Kerr", "Deputy Director of Strategy, Partnerships and Estates, West Weald "
          "Community Health NHS Trust", "in_attendance"),
        A("Ms. P. Raman", "Associate Director of Primary and Community Care Commissioning (West Weald "
          "Place), NHS Weald and Downs Integrated Care Board", "in_attendance"),
    ],
}


def build_txt():
    out = []
    n = len(D3_PAGES)
    for i, page in enumerate(D3_PAGES, 1):
        if i > 1:
            out.append("\f")
            out.append("Overview and Scrutiny Committee - 2 December 2025")
            out.append("")
        for ln in page:
            if ln and not re.match(r"^\d+\.\s", ln) and not ln.isupper():
                out.extend(textwrap.wrap(ln, 92, break_on_hyphens=False) or [""])
            else:
                out.append(ln)
        out.append("")
        out.append("")
        out.append("                                                                 Page %d of %d"
                   % (i, n) if i < n else
                   "Chairman's initials ________                                     Page %d of %d"
                   % (i, n))
    path = os.path.join(DOCS, D3_NAME)
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(out) + "\n")
    return path


# ===========================================================================

def write_gold(g):
    name = os.path.splitext(g["document"])[0] + ".json"
    with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
        json.dump(g, f, indent=2, ensure_ascii=False)
        f.write("\n")


def check(gold, texts):
    errs = []
    normed = [(label, norm(t)) for label, t in texts]
    phrases = []
    for q in gold["questions"]:
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in gold["resolutions"]:
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        nw = len(norm(ph).split())
        if not 6 <= nw <= 15:
            errs.append("%s: %d words: %r" % (kind, nw, ph))
        for label, t in normed:
            c = t.count(norm(ph))
            if c != 1:
                errs.append("%s [%s] occurs %d times: %r" % (kind, label, c, ph))
    for q in gold["questions"]:
        assert q["kind"] in ("question", "concern", "request", "comment"), q
    for r in gold["resolutions"]:
        assert r["outcome"] in ("noted", "agreed", "recommended", "deferred", "rejected", "other")
    return errs


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    p1 = build_pdf()
    p2 = build_docx()
    p3 = build_txt()
    for g in (D1_GOLD, D2_GOLD, D3_GOLD):
        write_gold(g)
    if "--check" in sys.argv:
        import yaml  # noqa
        bad = 0
        themes_ok = None
        try:
            with open(os.path.join(HERE, "..", "..", "minutes", "themes.yml")) as f:
                themes_ok = set(k for k in yaml.safe_load(f) if k != "ignore_names")
        except Exception:
            pass
        src3 = open(p3, encoding="utf-8").read()
        for g, texts in (
            (D1_GOLD, [("source", d1_source_text()), ("pdf", pdf_text(p1))]),
            (D2_GOLD, [("docx", docx_text(p2))]),
            (D3_GOLD, [("txt", src3)]),
        ):
            errs = check(g, texts)
            if themes_ok:
                for row in g["questions"] + g["resolutions"]:
                    for t in row["themes"]:
                        if t not in themes_ok:
                            errs.append("unknown theme %s" % t)
            print("%s: %d items, %d questions, %d resolutions, %d attendees -> %s" % (
                g["document"], len(g["items"]), len(g["questions"]), len(g["resolutions"]),
                len(g["attendees"]), "OK" if not errs else "FAIL"))
            for e in errs:
                print("   ", e)
            bad += len(errs)
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
