#!/usr/bin/env python3
"""Build the "v-" documents of the other-councils evaluation set and their gold annotations.

  v-brackenshire-hosc-minutes-2024-03-14.pdf   scanned + OCR'd county HOSC minutes
                                               (page images with an invisible text layer)
  v-sallowfield-hwb-minutes-2024-06-25.docx    Health and Wellbeing Board minutes with
                                               inline lettered lists of points / responses
  v-wyrebourne-asch-minutes-2024-09-10.html    GOV.UK design system council minutes page
  v-ravensholme-referral-letter-2023-11-20.pdf referral letter to the Secretary of State
                                               (not minutes)

Usage:
  build_v.py            build documents and gold, then run the check
  build_v.py --check    check the existing documents against the gold only

Everything is deterministic: fixed dates, and the "scanner noise" comes from
random.Random with fixed seeds.
"""
import datetime as dt
import html
import io
import json
import random
import re
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

F_DOC1 = "v-brackenshire-hosc-minutes-2024-03-14.pdf"
F_DOC2 = "v-sallowfield-hwb-minutes-2024-06-25.docx"
F_DOC3 = "v-wyrebourne-asch-minutes-2024-09-10.html"
F_DOC4 = "v-ravensholme-referral-letter-2023-11-20.pdf"


def Q(item, kind, text, answer, asked_by=None, given_by=None, themes=()):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": list(themes)}


def R(item, text, outcome, themes=()):
    return {"item": item, "text": text, "outcome": outcome, "themes": list(themes)}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


# =====================================================================================
# Document 1: scanned and OCR'd minutes (Brackenshire County Council HOSC)
# =====================================================================================
#
# Markup used in the text below:
#   ⟦clean¦ocr⟧   the page image shows "clean", the OCR text layer has "ocr"
#   §word         word printed in bold on the page image
#   ~word         never hyphenate this word at a line end

DOC1_ATTENDANCE = [
    ("PRESENT:", ["Councillor Mrs J Partridge (Chairman)",
                  "Councillor R Aston (Vice-Chairman)",
                  "Councillors P Blewitt, S Cardew, M Dunford, A Hallam, K Orme and "
                  "T Quayle (substitute for Councillor L Venn)"]),
    ("Co-opted Members:", ["Councillor D Farrant (Stanmere Borough Council) and Councillor "
                           "H Mistry (Wendlesham District Council) (district council "
                           "representatives, non-voting)"]),
    ("Also present:", ["Councillor G Lowther (Cabinet Member for Adult Social Care and "
                       "Health)"]),
    ("Officers:", ["Dr F Okonjo (Director of Public Health), Mrs A Thistlewood (Assistant "
                   "Director – Commissioning and Market Development, Adult Social Care and "
                   "Health Directorate) and Mr N Pryce (Senior Scrutiny and Policy Officer)"]),
    ("In attendance:", ["Ms E Varley (Chief Operating Officer, Brackenshire Healthcare NHS "
                        "Foundation Trust), Mr O Cheung (Director of Strategy and "
                        "Transformation, NHS Brackenshire and Wendlesham Integrated Care "
                        "Board) and Ms P Kaur (Manager, Healthwatch Brackenshire)"]),
]

# (number, title, [blocks]); block = str paragraph | ("res", intro, [clauses])
DOC1_MINUTES = [
    ("47/24", "APOLOGIES AND SUBSTITUTIONS", [
        "Apologies for absence were received from Councillor L Venn and Councillor "
        "B Whitcombe. Councillor T Quayle attended as substitute for Councillor Venn. "
        "Apologies were also received from Mr S Ferrier (Chief Executive, Brackenshire "
        "Healthcare NHS Foundation Trust), who was represented at the meeting by Ms Varley.",
    ]),
    ("48/24", "DECLARATIONS OF INTEREST", [
        "⟦Councillor¦Counci1lor⟧ S Cardew declared a personal interest in Minute 52/24 as "
        "a public governor of Brackenshire Healthcare NHS Foundation Trust. Councillor "
        "A Hallam declared a personal interest in Minute 55/24 as a member of her family "
        "was employed as a care worker by a home care agency under contract to the County "
        "Council. Neither interest was regarded as prejudicial and both Members remained "
        "in the meeting and took part in the debate.",
    ]),
    ("49/24", "MINUTES", [
        ("res", "§RESOLVED that the minutes of the meeting of the Committee held on "
                "18 January 2024 be confirmed as a correct record and signed by the "
                "Chairman.", []),
    ]),
    ("50/24", "CHAIRMAN'S ANNOUNCEMENTS", [
        "The Chairman reported that she and the Vice-Chairman had visited the new Urgent "
        "Treatment Centre at Stanmere Hospital on 29 February 2024, and thanked the staff "
        "for their time. She reminded Members that the joint informal session with the "
        "Children's Services Scrutiny ⟦Committee¦Com mittee⟧ on emotional wellbeing in "
        "secondary schools would take place on 11 April 2024 and that all Members of both "
        "Committees were invited to attend.",
    ]),
    ("51/24", "PUBLIC PARTICIPATION", [
        "One question had been received in accordance with the Council's Public "
        "Participation Scheme. Mr K Dobbs, a resident of Aldercombe, asked whether the "
        "Committee would seek an assurance from the Trust that Heronfield Ward would reopen "
        "once safe staffing levels had been restored, and pointed out that the ward had "
        "been supported by local fundraising for over forty years. The Chairman thanked "
        "Mr Dobbs and replied that the Committee would consider the matter under Minute "
        "52/24 below and that a written answer from the Trust would be sent to him within "
        "ten working days.",
    ]),
    ("52/24", "HERONFIELD WARD, ALDERCOMBE COMMUNITY HOSPITAL – TEMPORARY SUSPENSION OF "
              "INPATIENT BEDS", [
        "The Committee considered a report of Brackenshire Healthcare NHS Foundation Trust "
        "(copy appended to the signed minutes) on the temporary suspension of the eighteen "
        "inpatient beds on Heronfield Ward with effect from 4 December 2023. Ms Varley "
        "introduced the report and explained that the decision had been taken on grounds "
        "of patient safety, principally because of the number of registered nurse "
        "vacancies on the ward and the Trust's reliance on agency staff to cover night "
        "shifts. Patients who would previously have been admitted to Heronfield Ward were "
        "being cared for at Stanmere Community Hospital or supported at home through the "
        "Trust's virtual ward service, and ⟦the¦tbe⟧ Trust intended to undertake a review "
        "of community bed provision across the county during 2024.",
        "Members expressed concern that the Committee had not been ~informed of the "
        "suspension until after it had taken place, and that many local people had first "
        "learned of it from the local press. Ms Varley apologised on behalf of the Trust "
        "and accepted that communication with the Committee and with the public had fallen "
        "short of what should be expected. Councillor Blewitt asked how many of the "
        "~registered nurse posts on the ward were vacant and what had been done to fill "
        "them. In reply, Ms Varley stated that 9.4 of the 14.2 whole time equivalent posts "
        "were vacant and that two recruitment campaigns, including an international "
        "recruitment exercise, had failed to attract enough suitable applicants. Councillor "
        "Mistry queried the additional travelling time for relatives from the Wendlesham "
        "area now that patients were being cared for in Stanmere, particularly for older "
        "relatives who relied on public transport. Ms Varley acknowledged the difficulty "
        "and advised that the Trust was piloting a volunteer driver scheme with the League "
        "of Friends and would report on its take-up.",
        "Councillor Quayle asked whether the Trust still regarded the ~suspension as "
        "temporary, given that the beds had now been closed for more than three months. "
        "Ms Varley replied that no decision had been taken on the future of the ward and "
        "that any permanent change would be subject to public consultation. Mr Cheung "
        "added that the Integrated Care Board would expect the county-wide review to "
        "involve patients, carers and staff from the outset. Councillor Orme requested "
        "that Members be provided with the readmission rates for patients ~discharged "
        "through the virtual ward service, compared with those discharged from Heronfield "
        "Ward before the suspension, and Ms Varley undertook to circulate the figures to "
        "Members before the next meeting. Ms Kaur expressed concern that families had not "
        "been told how long the suspension would last, and reported that Healthwatch "
        "Brackenshire had received twenty-three comments since December, most of which "
        "concerned visiting arrangements and transport.",
        ("res", "§RESOLVED that –", [
            "the report be noted;",
            "the Committee's concern at the lack of prior notice of the suspension be "
            "recorded, and the Trust be asked to notify the Chairman and Vice-Chairman in "
            "advance of any future temporary service change; and",
            "the Trust be requested to submit a report to the meeting of the Committee in "
            "July 2024 on the scope and timetable of the county-wide review of community "
            "beds, including its proposals for engaging patients and the public.",
        ]),
    ]),
    ("53/24", "NON-EMERGENCY PATIENT TRANSPORT SERVICE – RE-PROCUREMENT", [
        "⟦Mr¦| Mr⟧ Cheung presented a report on the Integrated Care Board's proposals for "
        "the re-procurement of the non-emergency patient transport service, which was "
        "currently provided under a contract with Medivance Transport Limited due to expire "
        "on 31 March 2025. The ICB intended to award a new five-year contract under the "
        "Provider Selection Regime, and to apply revised eligibility criteria in line with "
        "the national guidance published in 2022.",
        "Councillor Dunford asked why the ICB had not considered bringing the service back "
        "in-house to the ambulance trust, given the persistent problems with the current "
        "private provider, and questioned whether a company which had missed its "
        "collection time target in every month of the past year should be allowed to bid "
        "again. Mr Cheung replied that the ambulance trust had been invited to express an "
        "interest in the new contract, and that past performance would form part of the "
        "evaluation, but that the ICB could not lawfully exclude a bidder simply because it "
        "was the incumbent. Members expressed concern that the revised eligibility "
        "criteria could leave patients attending renal dialysis and cancer treatment "
        "without transport, and Mr Cheung explained that patients undergoing dialysis "
        "would remain automatically eligible and that an equality impact assessment was "
        "being prepared. Councillor Aston sought clarification on the value of the "
        "contract; Mr Cheung said that the current annual cost was approximately "
        "£11.6 million and that the ICB expected the new contract to cost a similar amount "
        "in real terms.",
        "Councillor Farrant asked that the Committee be given sight of the service "
        "specification before the invitation to tender was published, so that Members "
        "could comment on the standards expected of the provider. Mr Cheung agreed that "
        "the draft specification would be shared with the Committee in confidence in May.",
        ("res", "§RESOLVED that the Committee –", [
            "notes the proposed approach to the re-procurement of the non-emergency patient "
            "transport service; and",
            "recommends to the Board of the Integrated Care Board that the evaluation "
            "criteria give significant weight to bidders' past ~performance and to the "
            "experience of patients.",
        ]),
    ]),
    ("54/24", "PUBLIC HEALTH GRANT 2024/25 AND RECOMMISSIONING OF THE STOP SMOKING SERVICE", [
        "Dr Okonjo presented the report, which set out the County Council's public health "
        "grant allocation for 2024/25 of £31.2 million, an increase of 1.3 per cent on the "
        "previous year, and proposed that the specialist stop smoking service be "
        "recommissioned from 1 October 2024, making use of the additional Smokefree "
        "Generation grant of £742,000 announced by the Government.",
        "Councillor Orme welcomed the additional funding but asked whether the grant would "
        "be recurrent beyond 2024/25. Dr Okonjo advised that the Government had indicated "
        "that funding would continue for five years but that allocations were confirmed "
        "one year at a time, which made it difficult to offer providers longer contracts. "
        "Councillor Hallam questioned whether the current provider, a local social "
        "enterprise, would be disadvantaged in the tender by national companies able to "
        "submit lower prices. The Director of Public Health said that quality would be "
        "weighted at 70 per cent and price at 30 per cent, and that social value would be "
        "assessed as part of the quality score. In response to a question from Councillor "
        "Mistry about vaping among secondary school pupils, Dr Okonjo reported that the "
        "Council had commissioned a survey of 4,000 pupils in Years 8 and 10 and that the "
        "results would be shared with the Committee in the autumn.",
        ("res", "§RESOLVED that the Committee supports the proposed ~recommissioning of the "
                "specialist stop smoking service and asks that the outcome of the "
                "procurement be reported to a future meeting.", []),
    ]),
    ("55/24", "ADULT SOCIAL CARE – HOME CARE MARKET AND WORKFORCE", [
        "Mrs Thistlewood introduced the report, which described the position of the home "
        "care market in the county. The number of hours of care awaiting a provider had "
        "fallen from 4,150 hours per week in April 2023 to 1,020 hours per week in January "
        "2024, largely as a result of international recruitment by providers, and the "
        "number of people waiting in hospital for a package of care had more than halved. "
        "The Cabinet Member for Adult Social Care and Health commented that the improvement "
        "was welcome but fragile, and that the Council's ⟦ability¦abi'lity⟧ to sustain it "
        "depended on the outcome of the local government finance settlement.",
        "Members raised concerns about reports of the exploitation of ~overseas care "
        "workers by some agencies, including the charging of recruitment fees and workers "
        "being left without sufficient hours of work. Mrs Thistlewood confirmed that the "
        "Council had terminated its arrangements with one provider in November 2023 "
        "following a referral from the Home Office, and that all of the care workers "
        "affected had been found alternative employment with other providers. Councillor "
        "Cardew asked whether the rate paid by the Council to providers, currently £23.40 "
        "per hour, was sufficient to allow providers to pay care workers the real living "
        "wage. The Cabinet Member said that it was not at present, and that moving to the "
        "real living wage would cost the Council an estimated £3.2 million a year. "
        "Councillor Aston asked what proportion of home care was now delivered by the "
        "in-house reablement team; Mrs Thistlewood replied that it was around 9 per cent "
        "and that the team also had a number of vacancies.",
        ("res", "§RESOLVED that –", [
            "the report be noted; and",
            "it be recommended to the Cabinet Member for Adult Social Care and Health that "
            "the cost of enabling home care providers to pay the real living wage be "
            "considered as part of the 2025/26 budget.",
        ]),
    ]),
    ("56/24", "WORK PROGRAMME 2024/25", [
        "Mr Pryce presented the draft work ⟦programme¦prograrnme⟧ for 2024/25. Councillor "
        "Blewitt requested that an item on access to NHS dentistry be added for the July "
        "meeting, given the recent closure of two dental practices in Carrowby. Mr Pryce "
        "advised that the ICB had been asked to attend in September, as the dental "
        "commissioning figures for 2023/24 would not be available until August.",
        ("res", "§RESOLVED that the work programme be agreed, subject to the ~addition of an "
                "item on NHS dental services at the meeting in September 2024.", []),
    ]),
    ("57/24", "DATE OF NEXT MEETING", [
        "The next meeting of the Committee will be held on Thursday, 11 July 2024 at "
        "10.00 am at County Hall, Aldercombe.",
    ]),
]

DOC1_GOLD = {
    "document": F_DOC1,
    "doc_type": "minutes",
    "committee": "Health Overview and Scrutiny Committee",
    "meeting_date": "2024-03-14",
    "items": [{"number": n, "title": t} for n, t, _ in DOC1_MINUTES],
    "questions": [
        Q("51/24", "question",
          "would seek an assurance from the Trust that Heronfield Ward would reopen",
          "a written answer from the Trust would be sent to him",
          "Mr K Dobbs", "Chairman", ["patient-and-public-input", "workforce"]),
        Q("52/24", "concern",
          "the Committee had not been informed of the suspension until after it had taken place",
          "accepted that communication with the Committee and with the public had fallen short",
          None, "Ms Varley", ["governance"]),
        Q("52/24", "question",
          "how many of the registered nurse posts on the ward were vacant",
          "two recruitment campaigns, including an international recruitment exercise, had failed",
          "Councillor Blewitt", "Ms Varley", ["workforce"]),
        Q("52/24", "question",
          "the additional travelling time for relatives from the Wendlesham area",
          "piloting a volunteer driver scheme with the League of Friends",
          "Councillor Mistry", "Ms Varley", []),
        Q("52/24", "question",
          "still regarded the suspension as temporary, given that the beds had now been closed",
          "any permanent change would be subject to public consultation",
          "Councillor Quayle", "Ms Varley", ["patient-and-public-input"]),
        Q("52/24", "request",
          "readmission rates for patients discharged through the virtual ward service",
          "undertook to circulate the figures to Members before the next meeting",
          "Councillor Orme", "Ms Varley", []),
        Q("52/24", "concern",
          "families had not been told how long the suspension would last",
          None, "Ms Kaur", None, ["patient-and-public-input"]),
        Q("53/24", "question",
          "why the ICB had not considered bringing the service back in-house to the ambulance trust",
          "the ambulance trust had been invited to express an interest in the new contract",
          "Councillor Dunford", "Mr Cheung", ["privatisation", "subcontracting"]),
        Q("53/24", "concern",
          "revised eligibility criteria could leave patients attending renal dialysis and cancer treatment",
          "patients undergoing dialysis would remain automatically eligible",
          None, "Mr Cheung", []),
        Q("53/24", "question",
          "sought clarification on the value of the contract",
          "expected the new contract to cost a similar amount in real terms",
          "Councillor Aston", "Mr Cheung", ["finance", "subcontracting"]),
        Q("53/24", "request",
          "be given sight of the service specification before the invitation to tender",
          "draft specification would be shared with the Committee in confidence in May",
          "Councillor Farrant", "Mr Cheung", ["subcontracting"]),
        Q("54/24", "question",
          "asked whether the grant would be recurrent beyond 2024/25",
          "allocations were confirmed one year at a time, which made it difficult",
          "Councillor Orme", "Dr Okonjo", ["finance", "public-health"]),
        Q("54/24", "question",
          "whether the current provider, a local social enterprise, would be disadvantaged in the tender",
          "quality would be weighted at 70 per cent and price at 30 per cent",
          "Councillor Hallam", "Director of Public Health",
          ["subcontracting", "privatisation", "public-health"]),
        Q("54/24", "question",
          "a question from Councillor Mistry about vaping among secondary school pupils",
          "commissioned a survey of 4,000 pupils in Years 8 and 10",
          "Councillor Mistry", "Dr Okonjo", ["public-health", "children-and-families"]),
        Q("55/24", "concern",
          "exploitation of overseas care workers by some agencies, including the charging of recruitment fees",
          "terminated its arrangements with one provider in November 2023 following a referral",
          None, "Mrs Thistlewood", ["workforce", "adult-social-care", "subcontracting"]),
        Q("55/24", "question",
          "was sufficient to allow providers to pay care workers the real living wage",
          "moving to the real living wage would cost the Council",
          "Councillor Cardew", "Cabinet Member", ["adult-social-care", "workforce", "finance"]),
        Q("55/24", "question",
          "what proportion of home care was now delivered by the in-house reablement team",
          "around 9 per cent and that the team also had a number of vacancies",
          "Councillor Aston", "Mrs Thistlewood",
          ["adult-social-care", "privatisation", "workforce"]),
        Q("56/24", "request",
          "an item on access to NHS dentistry be added for the July meeting",
          "dental commissioning figures for 2023/24 would not be available until August",
          "Councillor Blewitt", "Mr Pryce", ["primary-care"]),
    ],
    "resolutions": [
        R("49/24", "the minutes of the meeting of the Committee held on 18 January 2024",
          "agreed"),
        R("52/24", "notify the Chairman and Vice-Chairman in advance of any future temporary service change",
          "agreed", ["governance", "patient-and-public-input"]),
        R("53/24", "give significant weight to bidders' past performance and to the experience of patients",
          "recommended", ["subcontracting", "patient-and-public-input"]),
        R("54/24", "supports the proposed recommissioning of the specialist stop smoking service",
          "agreed", ["public-health", "subcontracting"]),
        R("55/24", "the cost of enabling home care providers to pay the real living wage",
          "recommended", ["adult-social-care", "finance", "workforce"]),
        R("56/24", "the work programme be agreed, subject to the addition of an item",
          "agreed", ["primary-care"]),
    ],
    "attendees": [
        A("Councillor Mrs J Partridge", "Chairman", "present"),
        A("Councillor R Aston", "Vice-Chairman", "present"),
        A("Councillor P Blewitt", None, "present"),
        A("Councillor S Cardew", None, "present"),
        A("Councillor M Dunford", None, "present"),
        A("Councillor A Hallam", None, "present"),
        A("Councillor K Orme", None, "present"),
        A("Councillor T Quayle", "substitute for Councillor L Venn", "present"),
        A("Councillor D Farrant", "Co-opted Member", "present"),
        A("Councillor H Mistry", "Co-opted Member", "present"),
        A("Councillor G Lowther", "Cabinet Member for Adult Social Care and Health",
          "in_attendance"),
        A("Dr F Okonjo", "Director of Public Health", "in_attendance"),
        A("Mrs A Thistlewood", "Assistant Director – Commissioning and Market Development, "
          "Adult Social Care and Health Directorate", "in_attendance"),
        A("Mr N Pryce", "Senior Scrutiny and Policy Officer", "in_attendance"),
        A("Ms E Varley", "Chief Operating Officer, Brackenshire Healthcare NHS Foundation Trust",
          "in_attendance"),
        A("Mr O Cheung", "Director of Strategy and Transformation, NHS Brackenshire and "
          "Wendlesham Integrated Care Board", "in_attendance"),
        A("Ms P Kaur", "Manager, Healthwatch Brackenshire", "in_attendance"),
        A("Councillor L Venn", None, "apologies"),
        A("Councillor B Whitcombe", None, "apologies"),
        A("Mr S Ferrier", "Chief Executive, Brackenshire Healthcare NHS Foundation Trust",
          "apologies"),
    ],
}

# ---------------------------------------------------------------- scanned page engine
DPI = 150
S = DPI / 72.0
PAGE_W, PAGE_H = 595.28, 841.89
IMG_W, IMG_H = round(PAGE_W * S), round(PAGE_H * S)
TOP, BOTTOM = 78.0, 770.0
VOWELS = set("aeiouy")


class Tok:
    __slots__ = ("clean", "ocr", "bold", "nohyph")

    def __init__(self, clean, ocr, bold=False, nohyph=False):
        self.clean, self.ocr, self.bold, self.nohyph = clean, ocr, bold, nohyph


def tokenize(text, bold=False):
    toks = []
    for raw in re.findall(r"(?:⟦[^⟧]*⟧|[^\s⟦])+", text):
        b = bold
        nohyph = False
        if raw.startswith("§"):
            raw, b = raw[1:], True
        if raw.startswith("~"):
            raw, nohyph = raw[1:], True
        clean = re.sub(r"⟦([^¦⟧]*)¦[^⟧]*⟧", r"\1", raw)
        ocr = re.sub(r"⟦[^¦⟧]*¦([^⟧]*)⟧", r"\1", raw)
        toks.append(Tok(clean, ocr, b, nohyph or clean != ocr))
    return toks


class ScanDoc:
    def __init__(self, fonts):
        from PIL import ImageFont
        self.IF = ImageFont
        self.fontpaths = fonts
        self.cache = {}
        self.pages = []     # list of list of line dicts
        self.protect = set()  # words never hyphenated (those inside gold phrases)
        self.y = TOP
        self.new_page()

    def font(self, style, size):
        key = (style, size)
        if key not in self.cache:
            self.cache[key] = self.IF.truetype(str(self.fontpaths[style]), round(size * S))
        return self.cache[key]

    def w(self, text, style, size):
        return self.font(style, size).getlength(text) / S

    def new_page(self):
        self.pages.append([])
        self.y = TOP

    def need(self, h):
        if self.y + h > BOTTOM:
            self.new_page()

    def emit(self, words, size, ocr, x0, x1, y=None):
        """words: list of (x, text, style)."""
        self.pages[-1].append({"y": self.y if y is None else y, "words": words,
                               "size": size, "ocr": ocr, "x0": x0, "x1": x1})

    def try_hyph(self, t, room, size):
        if t.nohyph or t.bold or room < 18:
            return None
        m = re.match(r"^([a-z]+)(.*)$", t.clean)
        if not m or len(m.group(1)) < 7:
            return None
        core, rest = m.group(1), m.group(2)
        if core in self.protect:
            return None
        style = "b" if t.bold else "r"
        for j in range(len(core) - 4, 1, -1):
            a, b = core[j - 1], core[j]
            suffix = core[j:].startswith(("tion", "sion", "ment", "ance", "ence", "ities",
                                          "ably", "ating", "ised"))
            prefix = core[:j] in ("com", "con", "dis", "pro", "pre", "in", "sub", "trans",
                                  "inter", "over", "under", "per", "ex")
            if j < 4 and not prefix and not (a == b and a not in VOWELS):
                continue
            if not (suffix or prefix):
                if a in VOWELS or b in VOWELS or core[j + 1] not in VOWELS:
                    continue
                if core[j - 2] not in VOWELS and a != b:
                    continue
            head = core[:j] + "-"
            if self.w(head, style, size) <= room:
                return Tok(head, head), Tok(core[j:] + rest, core[j:] + rest)
        return None

    def para(self, text, x0, x1, size=11.0, lead=14.0, justify=True, bold=False,
             label=None, lx=None, before=6.0, hyphenate=True):
        self.y += before
        toks = tokenize(text, bold)
        sp = self.w(" ", "r", size)
        width = x1 - x0
        lines, cur, curw = [], [], 0.0
        queue = list(toks)
        while queue:
            t = queue.pop(0)
            tw = self.w(t.clean, "b" if t.bold else "r", size)
            need = curw + (sp if cur else 0) + tw
            if need <= width or not cur:
                cur.append(t)
                curw = need
                continue
            split = self.try_hyph(t, width - curw - sp, size) if hyphenate else None
            if split:
                cur.append(split[0])
                lines.append(cur)
                cur, curw = [], 0.0
                queue.insert(0, split[1])
                continue
            lines.append(cur)
            cur, curw = [t], tw
        if cur:
            lines.append(cur)
        for i, line in enumerate(lines):
            if self.y + lead > BOTTOM:
                self.new_page()
            self.y += lead
            widths = [self.w(t.clean, "b" if t.bold else "r", size) for t in line]
            last = i == len(lines) - 1
            gap = sp
            if justify and not last and len(line) > 1:
                gap = (width - sum(widths)) / (len(line) - 1)
            x = x0
            words = []
            for t, tw in zip(line, widths):
                words.append((x, t.clean, "b" if t.bold else "r"))
                x += tw + gap
            ocr = " ".join(t.ocr for t in line)
            start = x0
            if label is not None and i == 0:
                words.insert(0, (lx, label, "r"))
                ocr = label + " " + ocr
                start = lx
            self.emit(words, size, ocr, start, x - gap)

    def heading(self, number, title, x_num=72.0, x_title=126.0, x1=523.0):
        self.y += 10
        if self.y + 14 * 4 > BOTTOM:
            self.new_page()
            self.y += 10
        # title may wrap; number goes on the first line
        first_y = self.y + 14
        self.para(title, x_title, x1, bold=True, justify=False, before=0, hyphenate=False)
        page = self.pages[-1]
        for ln in page:
            if abs(ln["y"] - first_y) < 0.01:
                ln["words"].insert(0, (x_num, number, "b"))
                ln["ocr"] = number + " " + ln["ocr"]
                ln["x0"] = x_num
                break

    def center(self, text, size=11.0, bold=True, before=4.0):
        self.y += before + size + 3
        style = "b" if bold else "r"
        w = self.w(text, style, size)
        x = (PAGE_W - w) / 2
        self.emit([(x, text, style)], size, text, x, x + w)

    def labelled(self, label, lines, lx=72.0, x0=196.0, x1=523.0):
        self.y += 5
        first = True
        for text in lines:
            toks = tokenize(text)
            sp = self.w(" ", "r", 11)
            cur, curw, rows = [], 0.0, []
            for t in toks:
                tw = self.w(t.clean, "r", 11)
                need = curw + (sp if cur else 0) + tw
                if need <= x1 - x0 or not cur:
                    cur.append(t)
                    curw = need
                else:
                    rows.append(cur)
                    cur, curw = [t], tw
            rows.append(cur)
            for row in rows:
                self.y += 13.5
                x = x0
                words = []
                for t in row:
                    words.append((x, t.clean, "r"))
                    x += self.w(t.clean, "r", 11) + sp
                ocr = " ".join(t.ocr for t in row)
                start = x0
                if first:
                    words.insert(0, (lx, label, "b"))
                    ocr = label + " " + ocr
                    start = lx
                    first = False
                self.emit(words, 11, ocr, start, x - sp)


def build_doc1():
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    from fpdf import FPDF
    from fpdf.enums import TextMode

    fonts = {"r": FONT_DIR / "DejaVuSerif.ttf", "b": FONT_DIR / "DejaVuSerif-Bold.ttf",
             "i": FONT_DIR / "DejaVuSerif-Italic.ttf"}
    sd = ScanDoc(fonts)
    for row in DOC1_GOLD["questions"] + DOC1_GOLD["resolutions"]:
        for ph in (row["text"], row.get("answer") or ""):
            sd.protect.update(re.findall(r"[a-z]+", ph.lower()))
    sd.y = 40
    sd.center("BRACKENSHIRE COUNTY COUNCIL", 13)
    sd.center("HEALTH OVERVIEW AND SCRUTINY COMMITTEE", 11, before=6)
    sd.para("MINUTES of a meeting of the Health Overview and Scrutiny Committee held in the "
            "Council Chamber, County Hall, Aldercombe on Thursday, 14 March 2024 at 10.00 am.",
            72, 523, before=14, hyphenate=False)
    for label, lines in DOC1_ATTENDANCE:
        sd.labelled(label, lines)
    sd.y += 6
    for number, title, blocks in DOC1_MINUTES:
        sd.heading(number, title)
        for b in blocks:
            if isinstance(b, str):
                sd.para(b, 126, 523)
            else:
                _, intro, clauses = b
                sd.para(intro, 126, 523)
                for k, c in enumerate(clauses, 1):
                    sd.para(c, 152, 523, label=f"({k})", lx=126, before=4)
    sd.para("The meeting commenced at 10.00 am and closed at 12.47 pm.", 72, 523,
            before=18, justify=False)
    if sd.y + 70 > BOTTOM:
        sd.new_page()
    sd.y += 34
    sig_y = sd.y
    sd.emit([(300, "Chairman ..........................................", "r")], 11,
            "Chairman ..........................................", 300, 520)
    sd.y += 26
    sd.emit([(300, "Date ..................................................", "r")], 11,
            "Date ..................................................", 300, 520)
    date_y = sd.y

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(dt.datetime(2024, 7, 15, 11, 42, 7, tzinfo=dt.timezone.utc))
    pdf.set_producer("ABBYY FineReader PDF 15")
    pdf.set_creator("Canon iR-ADV C5840 PDF")
    pdf.set_title("HOSC minutes 14.03.24 signed")
    pdf.add_font("ocr", "", str(FONT_DIR / "DejaVuSans.ttf"))
    npages = len(sd.pages)
    for pno, lines in enumerate(sd.pages, 1):
        # page furniture (part of the scanned page, so it is OCR'd too)
        furn = []
        if pno > 1:
            t = "Health Overview and Scrutiny Committee – 14 March 2024"
            furn.append({"y": 46, "words": [(72, t, "i")], "size": 9, "ocr": t,
                         "x0": 72, "x1": 72 + sd.w(t, "i", 9)})
        t = f"Page {pno}"
        w = sd.w(t, "r", 9)
        furn.append({"y": 800, "words": [((PAGE_W - w) / 2, t, "r")], "size": 9, "ocr": t,
                     "x0": (PAGE_W - w) / 2, "x1": (PAGE_W + w) / 2})
        t = "Chairman's initials ............"
        w = sd.w(t, "r", 9)
        furn.append({"y": 818, "words": [(523 - w, t, "r")], "size": 9,
                     "ocr": "Chairman's initials ............" if pno % 2 else
                            "Chairman’s initials ...........,",
                     "x0": 523 - w, "x1": 523})
        all_lines = furn[:1] + lines + furn[1:] if pno > 1 else lines + furn

        # ---- page image
        ink = Image.new("L", (IMG_W, IMG_H), 255)
        d = ImageDraw.Draw(ink)
        for ln in all_lines:
            for x, word, style in ln["words"]:
                d.text((x * S, ln["y"] * S), word, font=sd.font(style, ln["size"]),
                       fill=38, anchor="ls")
        rng = random.Random(11000 + pno)
        if pno == npages:   # handwritten signature and date
            pts = []
            for k in range(60):
                xx = 360 + k * 2.3
                yy = sig_y - 6 - 7 * ((k % 13) / 13.0) + (4 if k % 9 < 4 else -3)
                pts.append((xx * S, yy * S))
            d.line(pts, fill=70, width=3, joint="curve")
            d.line([(352 * S, (sig_y - 2) * S), (505 * S, (sig_y - 9) * S)], fill=80, width=2)
            dpts = [(352 + k * 3.1, date_y - 5 - 5 * ((k * 7) % 5) / 5.0) for k in range(22)]
            d.line([(a * S, b * S) for a, b in dpts], fill=75, width=3, joint="curve")
        ink = ink.filter(ImageFilter.GaussianBlur(0.6))
        paper = Image.frombytes("L", (IMG_W, IMG_H), rng.randbytes(IMG_W * IMG_H))
        paper = paper.point(lambda v: 216 + (v * 20) // 256)
        pd = ImageDraw.Draw(paper)
        for k in range(16):                      # scanner edge shadow
            shade = 150 + k * 5
            pd.line([(k, 0), (k, IMG_H)], fill=shade)
            pd.line([(IMG_W - 1 - k // 2, 0), (IMG_W - 1 - k // 2, IMG_H)], fill=shade + 20)
        for cy in (0.30, 0.70):                  # punched holes
            cx, r, yy = 34, 16, IMG_H * cy
            pd.ellipse([cx - r, yy - r, cx + r, yy + r], fill=120, outline=90)
        for _ in range(420):                     # dust and speckles
            x, y = rng.randrange(IMG_W), rng.randrange(IMG_H)
            r = rng.choice((0, 0, 1, 1, 2))
            pd.ellipse([x - r, y - r, x + r, y + r], fill=rng.randrange(80, 190))
        for _ in range(3):                       # faint streaks from the scanner glass
            x = rng.randrange(80, IMG_W - 80)
            pd.line([(x, 0), (x, IMG_H)], fill=212, width=1)
        page = ImageChops.multiply(paper, ink)
        page = page.rotate(0.22 if pno % 2 else -0.17, resample=Image.BICUBIC,
                           fillcolor=228)
        buf = io.BytesIO()
        page.save(buf, "JPEG", quality=48, optimize=True)
        buf.seek(0)

        # ---- PDF page: image + invisible OCR text layer
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=PAGE_W, h=PAGE_H)
        pdf.text_mode = TextMode.INVISIBLE
        for ln in all_lines:
            pdf.set_font("ocr", size=ln["size"])
            pdf.set_stretching(100)
            natural = pdf.get_string_width(ln["ocr"])
            target = max(ln["x1"] - ln["x0"], 1)
            pdf.set_stretching(max(60.0, min(140.0, 100.0 * target / natural)))
            pdf.text(ln["x0"], ln["y"], ln["ocr"])
        pdf.set_stretching(100)
        pdf.text_mode = TextMode.FILL
    pdf.output(str(DOCS / F_DOC1))


# =====================================================================================
# Document 2: Health and Wellbeing Board minutes (DOCX) with inline lettered lists
# =====================================================================================

DOC2_PRESENT = (
    "Councillor Nadia Brereton (Chair) – Cabinet Member for Health, Adult Social Care and "
    "Wellbeing; Dr Ravi Menon (Vice-Chair) – Clinical Director, Sallowfield North Primary "
    "Care Network; Councillor Tom Ashdown – Cabinet Member for Children and Young People; "
    "Councillor Lesley Pargeter – Opposition Group representative; Gillian Hosking – Place "
    "Director (Sallowfield), NHS Lune and Sallow Integrated Care Board; Joanne Clegg – "
    "Director of Public Health; Marcus Oyelaran – Executive Director of Adult Social Care "
    "and Health; Bernadette Kilroy – Chief Executive, Healthwatch Sallowfield; Andrew Pike – "
    "Deputy Director of Children's Services (substitute for Sarah Whitlam)."
)
DOC2_ALSO = (
    "Councillor Dev Sandhu (Chair, Health Scrutiny Panel); Superintendent Karen Baird "
    "(District Commander, Fellshire Police); Helen Grogan (Head of Better Care Fund and "
    "Integrated Commissioning); Claire Naylor (Associate Director of Children's Mental "
    "Health Services, Fellside Partnership NHS Foundation Trust) for minute HWB 16/24; "
    "Lee Tomlinson (Democratic Services Officer)."
)
DOC2_APOLOGIES = (
    "Councillor Imran Qadir (Leader of the Council); Sarah Whitlam (Executive Director of "
    "Children's Services); Fiona Beck (Chief Executive, Sallowfield Teaching Hospitals NHS "
    "Foundation Trust)."
)

# (number, title, level, [paragraphs]); paragraph = str, or ("AGREED"/"NOTED", text)
DOC2_ITEMS = [
    ("HWB 12/24", "APOLOGIES, SUBSTITUTIONS AND DECLARATIONS OF INTEREST", 1, [
        "Apologies for absence were received from Councillor Qadir, Sarah Whitlam and Fiona "
        "Beck. Andrew Pike attended as substitute for Sarah Whitlam.",
        "Dr Menon declared a non-pecuniary interest in minute HWB 14/24(b) as a partner in a "
        "GP practice which received funding from the Better Care Fund for enhanced support "
        "to care homes; he remained in the meeting. No other declarations were made.",
    ]),
    ("HWB 13/24", "MINUTES OF THE PREVIOUS MEETING AND ACTION LOG", 1, [
        "The minutes of the meeting held on 19 March 2024 and the action log were submitted. "
        "Councillor Pargeter asked when the Board would receive the promised report on the "
        "engagement exercise about the future of the Carrbrook walk-in centre (action 7/24). "
        "Gillian Hosking advised that the ICB's engagement report was still being finalised "
        "and would be brought to the September meeting.",
        ("AGREED", "That the minutes of the meeting held on 19 March 2024 be approved as a "
                   "correct record and signed by the Chair."),
    ]),
    ("HWB 14/24", "BETTER CARE FUND", 1, [
        "Helen Grogan, Head of Better Care Fund and Integrated Commissioning, presented two "
        "reports on the Better Care Fund (BCF), the pooled budget held by the Council and "
        "the ICB under section 75 of the National Health Service Act 2006.",
    ]),
    ("HWB 14/24(a)", "2023/24 End of Year Return", 2, [
        "The Board received the 2023/24 end of year return, which had been submitted to NHS "
        "England on 23 May 2024 with the agreement of the Chair and the Place Director under "
        "delegated authority. All four national conditions had been met and the pooled "
        "budget of £27.9m had been spent in full, apart from an underspend of £318,000 on "
        "the Disabled Facilities Grant, which had been carried forward.",
        "Members raised the following points: (a) whether the carried-forward Disabled "
        "Facilities Grant would be spent before the end of the year, given the length of the "
        "waiting list for home adaptations; and (b) why the target for avoidable emergency "
        "admissions had been missed for the second consecutive year.",
        "In response, officers advised that: (a) an additional occupational therapist had "
        "been recruited to clear the assessment backlog and the carried-forward sum was "
        "already committed; and (b) the metric had been affected by a high number of "
        "respiratory admissions over the winter, most of which were not considered "
        "avoidable.",
        ("NOTED", "The Better Care Fund end of year return for 2023/24, as submitted to NHS "
                  "England under delegated authority."),
    ]),
    ("HWB 14/24(b)", "2024/25 Plan Refresh and Discharge Fund", 2, [
        "Helen Grogan outlined the proposed refresh of the 2024/25 plan, including the use "
        "of the £3.4m Discharge Fund to continue the discharge to assess service and the "
        "home first reablement team, and to commission additional domiciliary care capacity "
        "over the winter.",
        "Members raised the following points: (a) concern that some of the discharge to "
        "assess beds commissioned from independent care homes were being used for people "
        "who then remained in long-term residential care rather than returning home; "
        "(b) whether the 19 per cent of the fund spent on voluntary sector services was "
        "awarded through open tender or by grant agreement; and (c) a request that future "
        "plans set out how unpaid carers had been involved in designing the services.",
        "In response, officers advised that: (a) 61 per cent of people leaving a discharge "
        "to assess bed had returned home in 2023/24, and the service was being re-specified "
        "to increase reablement at home; (b) most voluntary sector services were funded by "
        "grant agreement, but the carers' support service would be tendered in the autumn; "
        "and (c) Carers Sallowfield had been asked to lead a co-production workshop before "
        "the 2025/26 plan was prepared.",
        ("AGREED", "That (1) the refreshed Better Care Fund plan for 2024/25, including the "
                   "planned use of the Discharge Fund, be endorsed; and (2) authority be "
                   "delegated to the Executive Director of Adult Social Care and Health, in "
                   "consultation with the Place Director, to submit the final planning "
                   "template to NHS England."),
    ]),
    ("HWB 15/24", "DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2023/24 – \u201cGROWING UP WELL "
                  "IN SALLOWFIELD\u201d", 1, [
        "Joanne Clegg, Director of Public Health, presented her annual report for 2023/24, "
        "which focused on the health of children and young people in the borough. The "
        "report highlighted that 31 per cent of children in Sallowfield were living in "
        "relative poverty after housing costs, that one in four children were overweight or "
        "obese by the time they started school, and that uptake of childhood immunisations "
        "had fallen in each of the last three years. The report made seven recommendations "
        "to partners.",
        "Board members raised the following points: (a) the fall in uptake of the second "
        "dose of MMR vaccine at five years to 84 per cent, and what was being done in the "
        "wards with the lowest uptake; (b) whether the closure of two children's centres in "
        "2023 had reduced access to health visiting for families in the east of the borough; "
        "and (c) whether the supervised toothbrushing scheme could be extended to every "
        "primary school in the borough.",
        "In response, the Director of Public Health advised that: (a) community health "
        "champions were running drop-in vaccination clinics in mosques and community "
        "centres, and a further clinic would open at the Fernhill family hub in July; "
        "(b) health visiting had moved into the family hubs and the number of contacts had "
        "not fallen, although mandated two-year reviews remained below target; and (c) the "
        "scheme was funded until March 2025 and any extension would depend on the public "
        "health grant settlement.",
        ("NOTED", "The Director of Public Health Annual Report 2023/24 and the progress made "
                  "since last year's report."),
        ("AGREED", "That the seven recommendations of the annual report be endorsed and that "
                   "each partner report its progress against them to the Board in March "
                   "2025."),
    ]),
    ("HWB 16/24", "CHILDREN AND YOUNG PEOPLE'S EMOTIONAL WELLBEING AND MENTAL HEALTH", 1, [
        "Claire Naylor, Associate Director of Children's Mental Health Services at Fellside "
        "Partnership NHS Foundation Trust, and Gillian Hosking presented an update on the "
        "local transformation plan for children and young people's mental health, including "
        "waiting times for the specialist CAMHS service and the neurodevelopmental "
        "assessment pathway.",
        "Members raised the following points: (a) the average wait of 38 weeks from "
        "referral to assessment on the neurodevelopmental pathway was unacceptable, and "
        "families were being left without support in the meantime; (b) whether the mental "
        "health support teams would be extended beyond the 22 schools currently covered; "
        "(c) the number of young people attending the emergency department in crisis, and "
        "whether a crisis café for under-18s was planned; and (d) concern that the contract "
        "with the online counselling provider had been extended without any evaluation "
        "being reported to the Board.",
        "In response, Claire Naylor and Gillian Hosking advised that: (a) the Trust accepted "
        "that waits were far too long and had purchased additional assessment capacity from "
        "an independent provider for six months to reduce the backlog; (b) a bid for two "
        "further teams had been submitted to NHS England which, if successful, would bring "
        "coverage to 60 per cent of pupils; (c) 18 young people had attended in crisis in "
        "May, and the ICB was working with the voluntary sector to open a weekend crisis "
        "space from October; and (d) the contract had been extended for twelve months to "
        "allow a joint evaluation, which would be reported to the Board in January 2025.",
        ("AGREED", "That (1) the update be noted; and (2) the Chair write, on behalf of the "
                   "Board, to the Chief Executive of the ICB seeking assurance on the "
                   "recovery trajectory for the neurodevelopmental pathway."),
    ]),
    ("HWB 17/24", "COMMUNITY PHARMACY AND THE PHARMACEUTICAL NEEDS ASSESSMENT 2025", 1, [
        "Joanne Clegg reminded the Board of its statutory duty to publish a Pharmaceutical "
        "Needs Assessment (PNA) every three years and set out the proposed approach to the "
        "2025 assessment, including a steering group, a public survey in the autumn and a "
        "formal 60-day consultation in spring 2025. She reported that four community "
        "pharmacies had closed in the borough in the previous twelve months.",
        "Members raised the following points: (a) concern at the loss of four pharmacies in "
        "a single year, three of them in the most deprived wards, and whether the Board "
        "could do anything to stop further closures; (b) whether the PNA survey would "
        "reach residents who did not use the internet; and (c) a request that the "
        "assessment should look at opening hours on Sundays and bank holidays, when "
        "residents often had to travel to Lunford.",
        "In response, officers advised that: (a) the Board had no power to prevent "
        "closures, which were commercial decisions for the contractors concerned, but the "
        "ICB could commission additional services where a gap in provision was identified; "
        "(b) paper copies of the survey would be available in libraries and family hubs and "
        "Healthwatch Sallowfield would hold face-to-face sessions; and (c) the steering "
        "group would map weekend and bank holiday opening as part of the assessment.",
        ("AGREED", "That (1) the proposed approach to the Pharmaceutical Needs Assessment "
                   "2025 be approved; and (2) approval of the draft assessment for "
                   "consultation be delegated to the Director of Public Health, in "
                   "consultation with the Chair."),
    ]),
    ("HWB 18/24", "HEALTHWATCH SALLOWFIELD ANNUAL REPORT 2023/24", 1, [
        "Bernadette Kilroy presented the Healthwatch Sallowfield annual report for 2023/24, "
        "which summarised the views of 2,140 residents gathered during the year and the "
        "organisation's work on access to GP appointments, hospital discharge and the "
        "experiences of people living in temporary accommodation.",
        ("NOTED", "The Healthwatch Sallowfield Annual Report 2023/24, with the Board's thanks "
                  "to Healthwatch staff and volunteers for their work during the year."),
    ]),
    ("HWB 19/24", "BOARD FORWARD PLAN 2024/25", 1, [
        "Lee Tomlinson presented the Board's forward plan for the remainder of the "
        "municipal year.",
        ("AGREED", "That the forward plan be approved, subject to the addition of the joint "
                   "evaluation of the online counselling contract (minute HWB 16/24(d)) in "
                   "January 2025 and the Carrbrook walk-in centre engagement report in "
                   "September 2024."),
    ]),
]

DOC2_GOLD = {
    "document": F_DOC2,
    "doc_type": "minutes",
    "committee": "Health and Wellbeing Board",
    "meeting_date": "2024-06-25",
    "items": [{"number": n, "title": t} for n, t, _, _ in DOC2_ITEMS],
    "questions": [
        Q("HWB 13/24", "question",
          "when the Board would receive the promised report on the engagement exercise",
          "engagement report was still being finalised and would be brought to the September meeting",
          "Councillor Pargeter", "Gillian Hosking", ["patient-and-public-input", "primary-care"]),
        Q("HWB 14/24(a)", "question",
          "whether the carried-forward Disabled Facilities Grant would be spent before the end of the year",
          "an additional occupational therapist had been recruited to clear the assessment backlog",
          None, None, ["housing", "finance"]),
        Q("HWB 14/24(a)", "question",
          "why the target for avoidable emergency admissions had been missed for the second consecutive year",
          "affected by a high number of respiratory admissions over the winter",
          None, None, ["integration"]),
        Q("HWB 14/24(b)", "concern",
          "discharge to assess beds commissioned from independent care homes were being used",
          "61 per cent of people leaving a discharge to assess bed had returned home",
          None, None, ["adult-social-care", "integration", "subcontracting"]),
        Q("HWB 14/24(b)", "question",
          "spent on voluntary sector services was awarded through open tender or by grant agreement",
          "the carers' support service would be tendered in the autumn",
          None, None, ["subcontracting"]),
        Q("HWB 14/24(b)", "request",
          "how unpaid carers had been involved in designing the services",
          "had been asked to lead a co-production workshop",
          None, None, ["patient-and-public-input", "adult-social-care"]),
        Q("HWB 15/24", "question",
          "the fall in uptake of the second dose of MMR vaccine at five years",
          "running drop-in vaccination clinics in mosques and community centres",
          None, "Director of Public Health", ["public-health", "children-and-families"]),
        Q("HWB 15/24", "question",
          "whether the closure of two children's centres in 2023 had reduced access to health visiting",
          "the number of contacts had not fallen, although mandated two-year reviews remained below target",
          None, "Director of Public Health", ["children-and-families", "public-health"]),
        Q("HWB 15/24", "question",
          "whether the supervised toothbrushing scheme could be extended to every primary school",
          "any extension would depend on the public health grant settlement",
          None, "Director of Public Health", ["public-health", "children-and-families"]),
        Q("HWB 16/24", "concern",
          "the average wait of 38 weeks from referral to assessment",
          "purchased additional assessment capacity from an independent provider for six months",
          None, "Claire Naylor and Gillian Hosking",
          ["mental-health", "children-and-families", "subcontracting"]),
        Q("HWB 16/24", "question",
          "whether the mental health support teams would be extended beyond the 22 schools",
          "a bid for two further teams had been submitted to NHS England",
          None, "Claire Naylor and Gillian Hosking", ["mental-health", "children-and-families"]),
        Q("HWB 16/24", "question",
          "whether a crisis café for under-18s was planned",
          "working with the voluntary sector to open a weekend crisis space",
          None, "Claire Naylor and Gillian Hosking", ["mental-health", "children-and-families"]),
        Q("HWB 16/24", "concern",
          "the contract with the online counselling provider had been extended without any evaluation",
          "extended for twelve months to allow a joint evaluation",
          None, "Claire Naylor and Gillian Hosking", ["subcontracting", "mental-health"]),
        Q("HWB 17/24", "concern",
          "concern at the loss of four pharmacies in a single year",
          "the Board had no power to prevent closures, which were commercial decisions",
          None, None, ["primary-care"]),
        Q("HWB 17/24", "question",
          "whether the PNA survey would reach residents who did not use the internet",
          "paper copies of the survey would be available in libraries and family hubs",
          None, None, ["patient-and-public-input", "primary-care"]),
        Q("HWB 17/24", "request",
          "look at opening hours on Sundays and bank holidays",
          "map weekend and bank holiday opening as part of the assessment",
          None, None, ["primary-care"]),
    ],
    "resolutions": [
        R("HWB 13/24", "the minutes of the meeting held on 19 March 2024 be approved",
          "agreed"),
        R("HWB 14/24(a)", "as submitted to NHS England under delegated authority", "noted",
          ["integration", "finance"]),
        R("HWB 14/24(b)", "the refreshed Better Care Fund plan for 2024/25, including the planned use",
          "agreed", ["integration", "finance"]),
        R("HWB 15/24", "Annual Report 2023/24 and the progress made since last year's report",
          "noted", ["public-health", "children-and-families"]),
        R("HWB 15/24", "each partner report its progress against them to the Board in March 2025",
          "agreed", ["public-health"]),
        R("HWB 16/24", "seeking assurance on the recovery trajectory for the neurodevelopmental pathway",
          "agreed", ["mental-health", "children-and-families"]),
        R("HWB 17/24", "the proposed approach to the Pharmaceutical Needs Assessment 2025 be approved",
          "agreed", ["primary-care"]),
        R("HWB 18/24", "with the Board's thanks to Healthwatch staff and volunteers for their work",
          "noted", ["patient-and-public-input"]),
        R("HWB 19/24", "the forward plan be approved, subject to the addition of the joint evaluation",
          "agreed"),
    ],
    "attendees": [
        A("Councillor Nadia Brereton", "Chair", "present"),
        A("Dr Ravi Menon", "Vice-Chair", "present"),
        A("Councillor Tom Ashdown", "Cabinet Member for Children and Young People", "present"),
        A("Councillor Lesley Pargeter", "Opposition Group representative", "present"),
        A("Gillian Hosking", "Place Director (Sallowfield), NHS Lune and Sallow Integrated "
          "Care Board", "present"),
        A("Joanne Clegg", "Director of Public Health", "present"),
        A("Marcus Oyelaran", "Executive Director of Adult Social Care and Health", "present"),
        A("Bernadette Kilroy", "Chief Executive, Healthwatch Sallowfield", "present"),
        A("Andrew Pike", "Deputy Director of Children's Services", "present"),
        A("Councillor Dev Sandhu", "Chair, Health Scrutiny Panel", "in_attendance"),
        A("Superintendent Karen Baird", "District Commander, Fellshire Police", "in_attendance"),
        A("Helen Grogan", "Head of Better Care Fund and Integrated Commissioning",
          "in_attendance"),
        A("Claire Naylor", "Associate Director of Children's Mental Health Services, Fellside "
          "Partnership NHS Foundation Trust", "in_attendance"),
        A("Lee Tomlinson", "Democratic Services Officer", "in_attendance"),
        A("Councillor Imran Qadir", "Leader of the Council", "apologies"),
        A("Sarah Whitlam", "Executive Director of Children's Services", "apologies"),
        A("Fiona Beck", "Chief Executive, Sallowfield Teaching Hospitals NHS Foundation Trust",
          "apologies"),
    ],
}


def _add_field(paragraph, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    run._r.append(f1)
    run = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run._r.append(it)
    run = paragraph.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    run._r.append(f2)
    paragraph.add_run("1")
    run = paragraph.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    run._r.append(f3)


def normalise_zip(path, when):
    """Rewrite a zip container with fixed timestamps so the build is reproducible."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def build_doc2():
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: F401
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.author = "Lee Tomlinson"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Health and Wellbeing Board - Minutes - 25 June 2024"
    cp.created = dt.datetime(2024, 6, 26, 9, 14, 0)
    cp.modified = dt.datetime(2024, 7, 2, 16, 3, 0)
    cp.last_printed = dt.datetime(2024, 7, 2, 16, 0, 0)
    cp.revision = 7

    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(6)

    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)

    hp = sec.header.paragraphs[0]
    hp.text = "Sallowfield Borough Council\tHealth and Wellbeing Board\t25 June 2024"
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(8.2), WD_TAB_ALIGNMENT.CENTER)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT)
    fp.add_run("Page ")
    _add_field(fp, "PAGE")
    fp.add_run(" of ")
    _add_field(fp, "NUMPAGES")
    fp.add_run("\tChair's initials ________")
    for r in fp.runs:
        r.font.size = Pt(8)

    def par(text="", bold=False, align=None, size=None, after=None, italic=False):
        p = doc.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        return p

    par("SALLOWFIELD BOROUGH COUNCIL", True, WD_ALIGN_PARAGRAPH.CENTER, 14, 0)
    par("HEALTH AND WELLBEING BOARD", True, WD_ALIGN_PARAGRAPH.CENTER, 12, 12)
    p = par("MINUTES of the meeting held on Tuesday, 25 June 2024 at 2.00 pm in Committee "
            "Room 2, Sallowfield Civic Centre", align=WD_ALIGN_PARAGRAPH.CENTER, after=14)
    for label, text in (("Board Members present: ", DOC2_PRESENT),
                        ("Also in attendance: ", DOC2_ALSO),
                        ("Apologies: ", DOC2_APOLOGIES)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        r = p.add_run(label)
        r.bold = True
        p.add_run(text)
    par("The Chair welcomed Councillor Sandhu, the new Chair of the Health Scrutiny Panel, "
        "to his first meeting of the Board.", italic=True)

    for number, title, level, paras in DOC2_ITEMS:
        p = doc.add_paragraph()
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(12 if level == 1 else 6)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
        r = p.add_run(f"{number}\t{title}")
        r.bold = True
        if level == 2:
            r.italic = True
        for item in paras:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.left_indent = Cm(3.0)
            if isinstance(item, str):
                p.add_run(item)
            else:
                kind, text = item
                r = p.add_run(f"{kind} – ")
                r.bold = True
                p.add_run(text)

    par("Date of next meeting: Tuesday, 24 September 2024 at 2.00 pm, Committee Room 2.",
        after=6)
    par("The meeting commenced at 2.00 pm and closed at 4.08 pm.", after=30)
    par("Chair ________________________________          Date ____________________")
    out = DOCS / F_DOC2
    doc.save(str(out))
    normalise_zip(out, (2024, 7, 2, 16, 3, 0))


# =====================================================================================
# Document 3: GOV.UK design system minutes page (HTML)
# =====================================================================================

DOC3_GOLD = {
    "document": F_DOC3,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Health Scrutiny Committee",
    "meeting_date": "2024-09-10",
    "items": [
        {"number": "1", "title": "Apologies for absence and substitutions"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes of the previous meeting"},
        {"number": "4", "title": "Public questions"},
        {"number": "5", "title": "Questions from councillors"},
        {"number": "6", "title": "Day opportunities review: outcome of consultation"},
        {"number": "7", "title": "Adult community health services: award of contract and "
                                 "transfer to a new provider"},
        {"number": "8", "title": "Adult social care performance report: quarter 1 2024/25"},
        {"number": "9", "title": "Scrutiny review of hospital discharge: final report"},
        {"number": "10", "title": "Work programme"},
    ],
    "questions": [
        Q("4", "question",
          "no decision to close Brookside Day Centre will be taken until the results",
          "A full analysis will be reported to this committee before any recommendation",
          "Mr Colin Ashworth", "Councillor Lorraine Whitby",
          ["patient-and-public-input", "adult-social-care"]),
        Q("4", "question",
          "whether carers would be offered meetings with the council before the report",
          "agreed to meet the carers' group with officers in October",
          "Mr Colin Ashworth", "Councillor Lorraine Whitby",
          ["patient-and-public-input", "adult-social-care"]),
        Q("4", "question",
          "how will the council ensure that profits are not put before patients",
          "the contract was awarded by the integrated care board rather than the council",
          "Ms Denise Okafor", "Councillor Fiona Castellan", ["privatisation", "subcontracting"]),
        Q("5", "question",
          "how many people were currently waiting for a Care Act assessment",
          "412 people were waiting for an assessment on 31 August 2024",
          "Councillor Gareth Lyle", "Councillor Whitby", ["adult-social-care", "workforce"]),
        Q("5", "question",
          "whether any of those waiting had been assessed as being at high risk",
          "every referral was screened on receipt and that urgent cases were allocated",
          "Councillor Lyle", "Councillor Whitby", ["adult-social-care"]),
        Q("5", "question",
          "publishing the fees it paid to each care home",
          "rates agreed with individual homes above the standard rate were commercially sensitive",
          "Councillor Amara Bello", "Councillor Whitby",
          ["finance", "adult-social-care", "governance"]),
        Q("6", "question",
          "why an easy read version had not been available until three weeks",
          "the consultation period had been extended by three weeks as a result",
          "Councillor Bello", "Ms Pemberton", ["patient-and-public-input", "adult-social-care"]),
        Q("6", "concern",
          "assumed that most people would take up cheaper community-based activities",
          "the figure had been modelled on individual reviews of 142 people",
          "Councillor Lyle", "Martin Creasey", ["finance", "adult-social-care"]),
        Q("6", "question",
          "sought clarification on what would happen to the staff at Brookside",
          "the 23 staff would be offered redeployment",
          "Councillor Tasker", "Corporate Director", ["workforce", "adult-social-care"]),
        Q("6", "question",
          "whether the external provider for Millbank would be required to keep the current staff",
          "the specification would require the provider to pay at least the real living wage",
          "Councillor Castellan", "Ms Pemberton",
          ["subcontracting", "workforce", "adult-social-care"]),
        Q("6", "concern",
          "transport for people attending community activities across the borough",
          None, "Councillor Fenwick", None, ["adult-social-care"]),
        Q("7", "question",
          "why the ICB had not used the new Provider Selection Regime",
          "the procurement had begun before the regime came into force",
          "Councillor Castellan", "Mr Hargreaves", ["privatisation", "subcontracting"]),
        Q("7", "question",
          "asked whether the contract capped the provider's margin",
          "included an open-book accounting clause and a gain-share mechanism",
          "Councillor Bello", "Mr Hargreaves", ["privatisation", "finance", "subcontracting"]),
        Q("7", "question",
          "whether transferring staff would keep their NHS pensions and Agenda for Change terms",
          "staff would transfer under TUPE with access to the NHS Pension Scheme",
          "Councillor Marsh", "Mr Hargreaves", ["workforce", "privatisation"]),
        Q("7", "question",
          "how patients and the public had been involved in the procurement",
          "two patient representatives had sat on the evaluation panel",
          "Councillor Tasker", "Mr Hargreaves", ["patient-and-public-input", "subcontracting"]),
        Q("7", "request",
          "receive the provider's mobilisation plan and the key performance indicators in the contract",
          "the mobilisation plan was commercially confidential until signature",
          "Councillor Lyle", "Mr Hargreaves", ["subcontracting", "governance"]),
    ],
    "resolutions": [
        R("3", "the minutes of the meeting held on 16 July 2024 be approved", "agreed"),
        R("6", "Brookside Day Centre should not close until alternative provision is in place",
          "recommended", ["adult-social-care", "patient-and-public-input"]),
        R("7", "to invite Allbright Care Partnership Ltd and the ICB to attend the committee",
          "agreed", ["subcontracting", "governance"]),
        R("8", "noted the adult social care performance report for quarter 1 2024/25", "noted",
          ["adult-social-care"]),
        R("9", "to approve the final report and its nine recommendations", "agreed",
          ["adult-social-care", "integration"]),
        R("10", "noted the work programme and the updated scrutiny recommendations tracker",
          "noted", ["governance"]),
    ],
    "attendees": [
        A("Cllr Fiona Castellan", "Chair", "present"),
        A("Cllr Amara Bello", "Vice-Chair", "present"),
        A("Cllr Gareth Lyle", "Committee member", "present"),
        A("Cllr Helen Marsh", "Committee member", "present"),
        A("Cllr Priya Nandra", "Committee member", "apologies"),
        A("Cllr Owen Tasker", "Substitute for Cllr Nandra", "present"),
        A("Cllr Sue Fenwick", "Committee member", "in_attendance"),
        A("Cllr Bernard Kiely", "Committee member", "absent"),
        A("Cllr Lorraine Whitby", "Cabinet Member for Adult Social Care and Public Health",
          "in_attendance"),
        A("Martin Creasey", "Corporate Director of Adult Social Care and Health",
          "in_attendance"),
        A("Dr Samira Haddad", "Director of Public Health", "in_attendance"),
        A("Alison Pemberton", "Head of Commissioning (All-Age Disability and Mental Health)",
          "in_attendance"),
        A("Neil Hargreaves", "Director of Contracting and Provider Development, NHS "
          "Wyrebourne and Tamsett Integrated Care Board", "in_attendance"),
        A("Rachel Oduya", "Scrutiny Officer", "in_attendance"),
    ],
}


def _details(num, title, body):
    return f"""
        <details class="govuk-details" id="item-{num}">
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">{num}. {html.escape(title)}</span>
          </summary>
          <div class="govuk-details__text">
{body}
          </div>
        </details>"""


def _p(text, extra=""):
    cls = "govuk-body" + (" " + extra if extra else "")
    return f'            <p class="{cls}">{text}</p>'


def _inset(lead, bullets=None):
    out = ['            <div class="govuk-inset-text">']
    out.append(f'              <p class="govuk-body govuk-!-font-weight-bold">{lead}</p>')
    if bullets:
        out.append('              <ul class="govuk-list govuk-list--bullet">')
        out += [f"                <li>{b}</li>" for b in bullets]
        out.append("              </ul>")
    out.append("            </div>")
    return "\n".join(out)


def _summary(rows):
    out = ['            <dl class="govuk-summary-list">']
    for k, v in rows:
        out.append('              <div class="govuk-summary-list__row">')
        out.append(f'                <dt class="govuk-summary-list__key">{k}</dt>')
        out.append(f'                <dd class="govuk-summary-list__value">{v}</dd>')
        out.append("              </div>")
    out.append("            </dl>")
    return "\n".join(out)


def build_doc3():
    members = [
        ("Cllr Fiona Castellan", "Chair", "Present"),
        ("Cllr Amara Bello", "Vice-Chair", "Present"),
        ("Cllr Gareth Lyle", "Committee member", "Present"),
        ("Cllr Helen Marsh", "Committee member", "Present"),
        ("Cllr Priya Nandra", "Committee member", "Apologies"),
        ("Cllr Owen Tasker", "Substitute for Cllr Nandra", "Present"),
        ("Cllr Sue Fenwick", "Committee member",
         "Attended remotely (not counted as present; could not vote)"),
        ("Cllr Bernard Kiely", "Committee member", "Absent"),
        ("Cllr Lorraine Whitby", "Cabinet Member for Adult Social Care and Public Health",
         "In attendance for items 4 to 7"),
    ]
    officers = [
        ("Martin Creasey", "Corporate Director of Adult Social Care and Health"),
        ("Dr Samira Haddad", "Director of Public Health"),
        ("Alison Pemberton", "Head of Commissioning (All-Age Disability and Mental Health)"),
        ("Neil Hargreaves", "Director of Contracting and Provider Development, NHS Wyrebourne "
                            "and Tamsett Integrated Care Board"),
        ("Rachel Oduya", "Scrutiny Officer"),
    ]

    def table(caption, head, rows):
        out = ['      <table class="govuk-table">',
               f'        <caption class="govuk-table__caption govuk-table__caption--m">{caption}</caption>',
               '        <thead class="govuk-table__head">', '          <tr class="govuk-table__row">']
        out += [f'            <th scope="col" class="govuk-table__header">{h}</th>' for h in head]
        out += ["          </tr>", "        </thead>", '        <tbody class="govuk-table__body">']
        for r in rows:
            out.append('          <tr class="govuk-table__row">')
            out.append(f'            <th scope="row" class="govuk-table__header">{r[0]}</th>')
            out += [f'            <td class="govuk-table__cell">{c}</td>' for c in r[1:]]
            out.append("          </tr>")
        out += ["        </tbody>", "      </table>"]
        return "\n".join(out)

    items = []
    items.append(_details(1, "Apologies for absence and substitutions", "\n".join([
        _p("Apologies for absence were received from Councillor Priya Nandra. Councillor Owen "
           "Tasker attended as her substitute."),
        _p("Councillor Sue Fenwick joined the meeting remotely. Under the Local Government "
           "Act 1972 she could not be counted as present or vote, but she was able to take "
           "part in the discussion."),
    ])))
    items.append(_details(2, "Declarations of interest", "\n".join([
        _p("Councillor Helen Marsh declared a non-registrable interest in item 6 as a trustee "
           "of Wyrebourne Mencap, which provides day opportunities under contract to the "
           "council. She left the chamber for that item and took no part in the discussion."),
        _p("There were no other declarations."),
    ])))
    items.append(_details(3, "Minutes of the previous meeting", "\n".join([
        _inset("The committee agreed:",
               ["that the minutes of the meeting held on 16 July 2024 be approved as a "
                "correct record, and signed by the Chair"]),
    ])))
    items.append(_details(4, "Public questions", "\n".join([
        _p("Two questions had been submitted by members of the public in line with the "
           "council procedure rules. The questions, and the answers given at the meeting, "
           "are set out below."),
        '            <h3 class="govuk-heading-s">Public question 1</h3>',
        _summary([
            ("Asked by", "Mr Colin Ashworth, Brookside Day Centre Carers&#8217; Group"),
            ("Question", "Will the council guarantee that no decision to close Brookside Day "
                         "Centre will be taken until the results of the consultation have "
                         "been reported to this committee, and families have had the chance "
                         "to respond?"),
            ("Answered by", "Councillor Lorraine Whitby, Cabinet Member for Adult Social Care "
                            "and Public Health"),
            ("Answer", "The consultation closed on 30 August and we received 614 responses. "
                       "A full analysis will be reported to this committee before any "
                       "recommendation is made to Cabinet, and no decision on Brookside will "
                       "be taken before October."),
            ("Supplementary question", "Mr Ashworth asked whether carers would be offered "
                                       "meetings with the council before the report was "
                                       "published."),
            ("Answer to supplementary", "Councillor Whitby agreed to meet the carers&#8217; "
                                        "group with officers in October."),
        ]),
        '            <h3 class="govuk-heading-s">Public question 2</h3>',
        _summary([
            ("Asked by", "Ms Denise Okafor, Wyrebourne"),
            ("Question", "Allbright Care Partnership Ltd is a private company owned by an "
                         "investment fund. How will the council ensure that profits are not "
                         "put before patients when community nursing and therapy services "
                         "transfer to it next April?"),
            ("Answered by", "Councillor Fiona Castellan, Chair"),
            ("Answer", "The Chair replied that the contract was awarded by the integrated "
                       "care board rather than the council, and that the question had been "
                       "passed to the ICB, whose representative would address it under "
                       "item 7. No supplementary question was asked."),
        ]),
    ])))
    items.append(_details(5, "Questions from councillors", "\n".join([
        _p("Two questions from councillors had been received under procedure rule 11."),
        '            <ol class="govuk-list govuk-list--number">',
        "              <li>",
        _p("Councillor Gareth Lyle asked the Cabinet Member for Adult Social Care and Public "
           "Health how many people were currently waiting for a Care Act assessment, and "
           "what the longest wait was."),
        _p("Councillor Whitby replied that 412 people were waiting for an assessment on 31 "
           "August 2024 and that the longest wait was 31 weeks. Additional social workers "
           "had been recruited on fixed-term contracts to reduce the list by March."),
        _p("In a supplementary question, Councillor Lyle asked whether any of those waiting "
           "had been assessed as being at high risk. Councillor Whitby said that every "
           "referral was screened on receipt and that urgent cases were allocated within 48 "
           "hours."),
        "              </li>",
        "              <li>",
        _p("Councillor Amara Bello asked the Cabinet Member whether the council would follow "
           "other authorities in publishing the fees it paid to each care home, so that "
           "residents could see how public money was being spent."),
        _p("Councillor Whitby replied that the council published its standard rates every "
           "year, but that rates agreed with individual homes above the standard rate were "
           "commercially sensitive. She would ask officers to look at what other councils "
           "published."),
        "              </li>",
        "            </ol>",
    ])))
    items.append(_details(6, "Day opportunities review: outcome of consultation", "\n".join([
        _p("Alison Pemberton, Head of Commissioning (All-Age Disability and Mental Health), "
           "introduced the report, which summarised the 614 responses to the consultation on "
           "the future of day opportunities for adults with learning disabilities and "
           "autistic adults. The proposals included the closure of Brookside Day Centre, the "
           "transfer of the Millbank service to an external provider and the expansion of "
           "community-based activities. The report will be considered by Cabinet on 15 "
           "October 2024."),
        _p("Councillor Bello said that many carers had told her the consultation documents "
           "were hard to understand, and asked why an easy read version had not been "
           "available until three weeks after the consultation began. Ms Pemberton accepted "
           "that it should have been available from the start, and said that the "
           "consultation period had been extended by three weeks as a result. Councillor "
           "Lyle questioned the savings of &pound;640,000 a year set out in the report, which "
           "he felt assumed that most people would take up cheaper community-based "
           "activities. Martin Creasey, Corporate Director of Adult Social Care and Health, "
           "explained that the figure had been modelled on individual reviews of 142 people "
           "and that no one&#8217;s eligible needs would go unmet. Councillor Tasker sought "
           "clarification on what would happen to the staff at Brookside. The Corporate "
           "Director said that the 23 staff would be offered redeployment and that the "
           "council would consult the trade unions formally if Cabinet agreed the "
           "proposals."),
        _p("Councillor Castellan asked whether the external provider for Millbank would be "
           "required to keep the current staff on their existing terms and conditions. "
           "Ms Pemberton said that TUPE would apply, and that the specification would "
           "require the provider to pay at least the real living wage. Councillor Fenwick, "
           "speaking remotely, raised concerns about transport for people attending "
           "community activities across the borough, many of whom could not use public "
           "transport on their own."),
        _inset("The committee agreed:", [
            "to note the outcome of the consultation",
            "to recommend to Cabinet that Brookside Day Centre should not close until "
            "alternative provision is in place for every current user",
            "to recommend to Cabinet that an easy read summary is published alongside the "
            "Cabinet report",
        ]),
    ])))
    items.append(_details(7, "Adult community health services: award of contract and "
                             "transfer to a new provider", "\n".join([
        _p("Neil Hargreaves, Director of Contracting and Provider Development at NHS "
           "Wyrebourne and Tamsett Integrated Care Board, presented an update on the award of "
           "the contract for adult community health services in Wyrebourne to Allbright Care "
           "Partnership Ltd following a competitive procurement. The seven-year contract, "
           "worth about &pound;410 million, would start on 1 April 2025, and around 1,150 "
           "staff would transfer from Wyrebourne and Tamsett Community NHS Trust."),
        _p("The main points raised in discussion were:"),
        '            <ol class="govuk-list govuk-list--number">',
        "              <li>Councillor Castellan asked why the ICB had not used the new "
        "Provider Selection Regime to award the contract directly to the existing NHS trust. "
        "Mr Hargreaves said that the procurement had begun before the regime came into force "
        "on 1 January 2024, and the ICB had been advised that it must be completed under the "
        "previous rules.</li>",
        "              <li>Councillor Bello expressed concern that profits made by the "
        "provider would leave the local health economy, and asked whether the contract "
        "capped the provider&#8217;s margin. Mr Hargreaves replied that the contract "
        "included an open-book accounting clause and a gain-share mechanism, but did not cap "
        "profit.</li>",
        "              <li>Councillor Marsh asked whether transferring staff would keep "
        "their NHS pensions and Agenda for Change terms. Mr Hargreaves confirmed that staff "
        "would transfer under TUPE with access to the NHS Pension Scheme protected through "
        "the contract.</li>",
        "              <li>Councillor Tasker asked how patients and the public had been "
        "involved in the procurement. Mr Hargreaves said that two patient representatives "
        "had sat on the evaluation panel, although he accepted that wider public engagement "
        "had been limited.</li>",
        "              <li>Councillor Lyle asked that the committee receive the "
        "provider&#8217;s mobilisation plan and the key performance indicators in the "
        "contract. Mr Hargreaves agreed to share the performance schedule, but said the "
        "mobilisation plan was commercially confidential until signature.</li>",
        "            </ol>",
        _inset("The committee agreed:", [
            "to note the update",
            "to invite Allbright Care Partnership Ltd and the ICB to attend the committee in "
            "January 2025 to report on mobilisation",
            "to write to the ICB asking that the full performance schedule and the quarterly "
            "performance reports for the contract are published",
        ]),
    ])))
    items.append(_details(8, "Adult social care performance report: quarter 1 2024/25",
                          "\n".join([
        _p("The report was taken as read. There were no questions."),
        _inset("The committee noted the adult social care performance report for quarter 1 "
               "2024/25."),
    ])))
    items.append(_details(9, "Scrutiny review of hospital discharge: final report", "\n".join([
        _p("Councillor Castellan presented the final report of the task and finish group on "
           "hospital discharge, which made nine recommendations to the council and the "
           "integrated care board."),
        _inset("The committee agreed:", [
            "to approve the final report and its nine recommendations",
            "to refer the report to Cabinet and to the board of the ICB, asking for a "
            "response within two months",
        ]),
    ])))
    items.append(_details(10, "Work programme", "\n".join([
        _p("Rachel Oduya, Scrutiny Officer, presented the work programme for 2024/25."),
        _inset("The committee noted the work programme and the updated scrutiny "
               "recommendations tracker."),
    ])))

    page = f"""<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>Minutes: Adult Social Care and Health Scrutiny Committee, 10 September 2024 - Wyrebourne Council</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="theme-color" content="#0b0c0c">
  <link rel="stylesheet" href="/assets/stylesheets/govuk-frontend-5.4.0.min.css">
  <link rel="stylesheet" href="/assets/stylesheets/wyrebourne.css">
</head>
<body class="govuk-template__body">
  <script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
  <div class="govuk-cookie-banner" data-nosnippet role="region" aria-label="Cookies on Wyrebourne Council" hidden>
    <div class="govuk-cookie-banner__message govuk-width-container">
      <h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on Wyrebourne Council</h2>
      <div class="govuk-cookie-banner__content">
        <p class="govuk-body">We use some essential cookies to make this website work.</p>
      </div>
    </div>
  </div>
  <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
  <header class="govuk-header" data-module="govuk-header">
    <div class="govuk-header__container govuk-width-container">
      <div class="govuk-header__logo">
        <a href="/" class="govuk-header__link govuk-header__link--homepage">Wyrebourne Council</a>
      </div>
      <div class="govuk-header__content">
        <a href="/council-and-democracy/meetings" class="govuk-header__link govuk-header__service-name">Council meetings</a>
        <nav aria-label="Menu" class="govuk-header__navigation">
          <ul id="navigation" class="govuk-header__navigation-list">
            <li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/council-and-democracy/committees">Committees</a></li>
            <li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/council-and-democracy/councillors">Councillors</a></li>
            <li class="govuk-header__navigation-item"><a class="govuk-header__link" href="/council-and-democracy/decisions">Decisions</a></li>
          </ul>
        </nav>
      </div>
    </div>
  </header>
  <div class="govuk-width-container">
    <div class="govuk-phase-banner">
      <p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
        <span class="govuk-phase-banner__text">This is a new service. Help us improve it and <a class="govuk-link" href="/feedback">give your feedback</a>.</span></p>
    </div>
    <nav class="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol class="govuk-breadcrumbs__list">
        <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
        <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/council-and-democracy">Council and democracy</a></li>
        <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/council-and-democracy/committees/asch-scrutiny">Adult Social Care and Health Scrutiny Committee</a></li>
        <li class="govuk-breadcrumbs__list-item">10 September 2024</li>
      </ol>
    </nav>
    <main class="govuk-main-wrapper" id="main-content" role="main">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">Adult Social Care and Health Scrutiny Committee</span>
          <h1 class="govuk-heading-l">Minutes: Tuesday 10 September 2024</h1>
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong class="govuk-warning-text__text">
              <span class="govuk-visually-hidden">Warning</span>
              Draft minutes. These minutes have not yet been approved by the committee and may change.
            </strong>
          </div>
          <dl class="govuk-summary-list govuk-summary-list--no-border">
            <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Date</dt><dd class="govuk-summary-list__value">Tuesday 10 September 2024</dd></div>
            <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Time</dt><dd class="govuk-summary-list__value">6:30pm to 9:05pm</dd></div>
            <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Place</dt><dd class="govuk-summary-list__value">Council Chamber, Wyrebourne Town Hall, Bridge Street</dd></div>
          </dl>
          <p class="govuk-body"><a class="govuk-link" href="/documents/asch-2024-09-10-agenda.pdf">Agenda and reports (PDF, 3.1MB)</a> &middot; <a class="govuk-link" href="/documents/asch-2024-09-10-draft-minutes.pdf">Download these minutes (PDF, 214KB)</a></p>

          <h2 class="govuk-heading-m">Attendance</h2>
{table("Councillors", ["Name", "Role", "Attendance"], members)}
{table("Officers and others in attendance", ["Name", "Job title"], officers)}

          <h2 class="govuk-heading-m">Minutes</h2>
          <p class="govuk-body">Select an item to read the minute.</p>
{"".join(items)}

          <h2 class="govuk-heading-m">Next meeting</h2>
          <p class="govuk-body">Tuesday 12 November 2024 at 6:30pm, Council Chamber, Wyrebourne Town Hall.</p>
          <p class="govuk-body-s">Contact: Rachel Oduya, Scrutiny Officer, <a class="govuk-link" href="mailto:scrutiny@wyrebourne.example.gov.uk">scrutiny@wyrebourne.example.gov.uk</a>, 01632 960 227.</p>
          <p class="govuk-body-s">Page last updated: 19 September 2024</p>
        </div>
        <div class="govuk-grid-column-one-third">
          <aside class="app-related-items" role="complementary">
            <h2 class="govuk-heading-s">Related content</h2>
            <ul class="govuk-list govuk-!-font-size-16">
              <li><a class="govuk-link" href="/council-and-democracy/committees/asch-scrutiny">About this committee</a></li>
              <li><a class="govuk-link" href="/council-and-democracy/have-your-say-at-meetings">Ask a question at a meeting</a></li>
              <li><a class="govuk-link" href="/council-and-democracy/webcasts">Watch meetings online</a></li>
            </ul>
          </aside>
        </div>
      </div>
    </main>
  </div>
  <footer class="govuk-footer">
    <div class="govuk-width-container">
      <div class="govuk-footer__meta">
        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
          <h2 class="govuk-visually-hidden">Support links</h2>
          <ul class="govuk-footer__inline-list">
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/accessibility">Accessibility statement</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/cookies">Cookies</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/privacy">Privacy notice</a></li>
          </ul>
          <span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span>
        </div>
        <div class="govuk-footer__meta-item">&copy; Wyrebourne Council</div>
      </div>
    </div>
  </footer>
  <script type="module" src="/assets/javascripts/govuk-frontend-5.4.0.min.js"></script>
  <script type="module">import {{ initAll }} from '/assets/javascripts/govuk-frontend-5.4.0.min.js'; initAll()</script>
</body>
</html>
"""
    (DOCS / F_DOC3).write_text(page, encoding="utf-8")


# =====================================================================================
# Document 4: referral letter to the Secretary of State (not minutes)
# =====================================================================================

DOC4_GOLD = {"document": F_DOC4, "doc_type": "other"}


def build_doc4():
    from fpdf import FPDF

    class Letter(FPDF):
        def footer(self):
            self.set_y(-42)
            self.set_font("sans", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 10, "Ravensholme Borough Council · Town Hall · Market Street · "
                             "Ravensholme · RV1 2TH · www.ravensholme.example.gov.uk",
                      align="C", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Letter(unit="pt", format="A4")
    pdf.set_creation_date(dt.datetime(2023, 11, 20, 15, 22, 41, tzinfo=dt.timezone.utc))
    pdf.set_title("Referral to the Secretary of State - maternity services - Ravensholme HSC")
    pdf.set_author("Ravensholme Borough Council")
    pdf.set_creator("Microsoft Word for Microsoft 365")
    pdf.add_font("sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(62, 56, 62)
    pdf.set_auto_page_break(True, 60)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - 124

    # letterhead
    pdf.set_fill_color(0, 84, 122)
    pdf.rect(0, 0, pdf.w, 14, "F")
    pdf.set_font("sans", "B", 17)
    pdf.set_text_color(0, 84, 122)
    pdf.cell(0, 22, "Ravensholme Borough Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 10.5)
    pdf.cell(0, 14, "Health Scrutiny Committee", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(10)
    y0 = pdf.get_y()
    pdf.set_font("sans", "", 9.5)
    addr = ["The Rt Hon the Secretary of State", "for Health and Social Care",
            "Department of Health and Social Care", "39 Victoria Street", "London",
            "SW1H 0EU", "", "By email and first class post"]
    for a in addr:
        pdf.cell(260, 12.5, a, new_x="LMARGIN", new_y="NEXT")
    right = [("Please ask for:", "Kieran Walsh, Scrutiny Manager"),
             ("Direct line:", "01632 960 418"),
             ("Email:", "scrutiny@ravensholme.example.gov.uk"),
             ("Our ref:", "HSC/REF/2023/02"),
             ("Your ref:", "–"),
             ("Date:", "20 November 2023")]
    pdf.set_y(y0)
    for k, v in right:
        pdf.set_x(330)
        pdf.set_font("sans", "B", 8.5)
        pdf.cell(72, 12.5, k)
        pdf.set_font("sans", "", 8.5)
        pdf.cell(0, 12.5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0 + 12.5 * len(addr) + 18)

    def body(text, before=0, indent=0, style="", size=10.5):
        if before:
            pdf.ln(before)
        pdf.set_font("sans", style, size)
        pdf.set_x(62 + indent)
        pdf.multi_cell(W - indent, 14.2, text, align="J", new_x="LMARGIN", new_y="NEXT")

    def heading(text):
        pdf.ln(8)
        pdf.set_font("sans", "B", 10.5)
        pdf.multi_cell(W, 14, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def numbered(items, indent=18, label_w=22, style="", size=10.5, fmt="{}."):
        for k, text in enumerate(items, 1):
            pdf.ln(3)
            pdf.set_font("sans", style, size)
            y = pdf.get_y()
            pdf.set_x(62 + indent)
            pdf.cell(label_w, 14.2, fmt.format(k))
            pdf.set_xy(62 + indent + label_w, y)
            pdf.multi_cell(W - indent - label_w, 14.2, text, align="J",
                           new_x="LMARGIN", new_y="NEXT")

    body("Dear Secretary of State,")
    body("Referral under Regulation 23(9) of the Local Authority (Public Health, Health and "
         "Wellbeing Boards and Health Scrutiny) Regulations 2013: proposed permanent "
         "relocation of consultant-led maternity and neonatal services from Ravensholme "
         "General Hospital", before=8, style="B")
    body("I am writing on behalf of Ravensholme Borough Council’s Health Scrutiny Committee "
         "to refer to you the decision of NHS Calderfell Integrated Care Board (the ICB), "
         "taken at its Board meeting on 26 October 2023, to relocate consultant-led "
         "maternity services and the special care baby unit from Ravensholme General "
         "Hospital to Oakworth Royal Infirmary, leaving a free-standing midwife-led birth "
         "centre in Ravensholme. The services are provided by Ravensholme and Oakworth "
         "Hospitals NHS Foundation Trust (the Trust). The Council has delegated its health "
         "scrutiny functions, including the power to make a referral to you, to the "
         "Committee under its constitution.", before=8)

    heading("1. The proposal")
    body("Around 2,100 babies are born at Ravensholme General Hospital each year. Oakworth "
         "Royal Infirmary is 14 miles away; the journey takes between 35 and 50 minutes by "
         "car at peak times and up to an hour and a half by public transport. The Trust’s "
         "case for change rests principally on its difficulty in maintaining safe rotas for "
         "obstetric, anaesthetic and neonatal staff on two sites, and on the recommendations "
         "of the regional maternity safety review published in March 2023. The Committee "
         "does not dispute that the present arrangements are fragile. It does not accept "
         "that the option chosen is the only safe or sustainable one.")

    heading("2. The Committee’s resolution")
    body("The Committee considered the ICB’s decision at an extraordinary meeting held on "
         "2 November 2023. After hearing from the ICB, the Trust, Healthwatch Ravensholme and "
         "the Save Ravensholme Maternity campaign, the Committee resolved as follows "
         "(extract from the draft minutes, which are enclosed at Appendix A):")
    body("“RESOLVED –", before=4, indent=28, style="I")
    numbered([
        "That the Committee is not satisfied that consultation with the Committee on the "
        "proposal has been adequate in relation to content or time allowed, in particular "
        "because the travel time analysis and the workforce modelling were not provided to "
        "the Committee before the ICB Board took its decision;",
        "That the Committee considers that the proposal would not be in the interests of "
        "the health service in Ravensholme;",
        "That the Chair be authorised to refer the proposal to the Secretary of State for "
        "Health and Social Care under Regulation 23(9), the Committee being satisfied that "
        "reasonable steps have been taken to reach agreement with the ICB; and",
        "That the Chair write to the Independent Reconfiguration Panel to inform it of the "
        "referral.”",
    ], indent=28, label_w=26, style="I", fmt="({})")
    body("The resolution was carried by eight votes to none, with one abstention.", before=6)

    heading("3. Questions put to the NHS")
    body("Throughout its consideration of the proposal the Committee put the following "
         "questions to the ICB and the Trust, in writing on 14 September 2023 and again at "
         "its meetings on 28 September and 2 November 2023:")
    numbered([
        "What is the modelled increase in ambulance journey times for women in labour from "
        "the Ravensholme area, and has Northern Counties Ambulance Service NHS Trust "
        "confirmed that it can meet the additional demand?",
        "How many women are expected to give birth at the midwife-led unit each year, and "
        "what is the expected rate of transfer during labour?",
        "What alternatives to relocation were considered, including a networked model with "
        "consultant cover shared between the two sites, and why were they rejected?",
        "How were the views of women who had recently given birth, and of the 11,400 "
        "people who signed the petition, taken into account?",
        "What is the capital cost of the additional capacity needed at Oakworth Royal "
        "Infirmary, and how will it be funded?",
        "What assessment has been made of the impact on families without a car, given that "
        "38 per cent of households in the central Ravensholme wards do not own one?",
    ])
    body("The written answers we received are enclosed at Appendix C. In the Committee’s "
         "view the answers to questions 1, 3 and 6 were incomplete, and the information "
         "requested in question 1 was supplied only after the ICB Board had made its "
         "decision. The Committee therefore had no opportunity to consider it before the "
         "decision was taken.", before=6)

    heading("4. Grounds for the referral")
    body("(a) Inadequate consultation with the Committee. Regulation 23 requires the "
         "responsible person to provide the Committee with the information it reasonably "
         "requires in order to carry out its scrutiny. The travel time analysis was promised "
         "for the Committee’s meeting on 28 September 2023 but was not supplied until "
         "30 October 2023, four days after the decision. The workforce modelling on which "
         "the case for change depends has not been shared at all; the ICB has described it "
         "as commercially sensitive because it contains information about the use of "
         "agency and locum staff.")
    body("(b) Not in the interests of the health service in the area. The Committee is "
         "concerned that the proposal will increase the distance travelled by women in "
         "labour in the most deprived part of the ICB’s area; that the ambulance service "
         "has not confirmed that it can provide the additional transfers safely; and that "
         "the capital needed at Oakworth has not been secured, so that there is a real risk "
         "of services being moved before the receiving unit is ready.", before=6)

    heading("5. Steps taken to reach agreement")
    body("The Vice-Chair and I met the Chief Executive and the Chief Nursing Officer of the "
         "ICB on 9 November 2023. We asked the ICB to pause implementation until the "
         "information requested by the Committee had been provided and considered, and to "
         "commission an independent review of the networked model. The ICB declined both "
         "requests in a letter dated 14 November 2023 (Appendix D). I do not believe that "
         "further local discussion would resolve the matter.")

    heading("6. Enclosures")
    for e in ["Appendix A – Draft minutes of the Committee meeting on 2 November 2023",
              "Appendix B – ICB Board paper and decision of 26 October 2023",
              "Appendix C – Questions put by the Committee and the written answers received",
              "Appendix D – Correspondence between the Chair and the ICB, 9–14 November 2023",
              "Appendix E – Healthwatch Ravensholme report, ‘Having my baby in Ravensholme’",
              "Appendix F – Travel time analysis (Trust, 30 October 2023)"]:
        body("•  " + e, indent=12)

    body("I should be grateful if you would acknowledge receipt of this referral and "
         "consider seeking the advice of the Independent Reconfiguration Panel. The "
         "Committee would welcome the opportunity to meet the Panel if it is asked to "
         "undertake an initial assessment.", before=10)
    body("Yours sincerely,", before=10)
    pdf.ln(26)
    body("Councillor Angela Threlfall", style="B")
    body("Chair, Health Scrutiny Committee")
    body("Ravensholme Borough Council")
    pdf.ln(12)
    body("cc: Chief Executive, NHS Calderfell Integrated Care Board; Chief Executive, "
         "Ravensholme and Oakworth Hospitals NHS Foundation Trust; Chair, Independent "
         "Reconfiguration Panel; Chief Executive, Ravensholme Borough Council; Members of the "
         "Health Scrutiny Committee; Members of Parliament for Ravensholme North and "
         "Ravensholme South", size=8.5)
    pdf.output(str(DOCS / F_DOC4))


# =====================================================================================
# Gold and check
# =====================================================================================

ALL_GOLD = [DOC1_GOLD, DOC2_GOLD, DOC3_GOLD, DOC4_GOLD]


def norm(s):
    s = s.lower().replace("\u00a0", " ")
    s = re.sub(r"[^\w\s]|_", " ", s)
    return " " + " ".join(s.split()) + " "


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def source_texts(path):
    """Text of a document as the parser would see it (several extractors for PDFs)."""
    if path.suffix == ".pdf":
        import pdfplumber
        import pypdf
        with pdfplumber.open(str(path)) as pdf:
            a = "\n".join(p.extract_text() or "" for p in pdf.pages)
        b = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)
        return [a, b]
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return ["\n".join(parts)]
    if path.suffix == ".html":
        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        return ["".join(p.out)]
    return [path.read_text(encoding="utf-8")]


def check():
    problems = []
    for g in ALL_GOLD:
        path = DOCS / g["document"]
        gpath = GOLD / (Path(g["document"]).stem + ".json")
        if not path.exists():
            problems.append(f"{path.name}: missing")
            continue
        stored = json.loads(gpath.read_text(encoding="utf-8"))
        if stored != g:
            problems.append(f"{gpath.name}: differs from the script's gold (rebuild)")
        texts = [norm(t) for t in source_texts(path)]
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q["answer"]:
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            if not 6 <= n <= 15:
                problems.append(f"{path.name}: {kind} phrase has {n} words: {ph!r}")
            for k, t in enumerate(texts):
                c = t.count(norm(ph))
                if c != 1:
                    problems.append(f"{path.name} [extractor {k}]: {kind} phrase found {c} "
                                    f"times: {ph!r}")
        item_numbers = {i["number"] for i in g.get("items", [])}
        for row in g.get("questions", []) + g.get("resolutions", []):
            if row["item"] not in item_numbers:
                problems.append(f"{path.name}: row item {row['item']!r} not in items")
            if not set(row["themes"]) <= THEMES:
                problems.append(f"{path.name}: bad theme in {row['themes']}")
        for a in g.get("attendees", []):
            surname = a["name"].split()[-1]
            if norm(surname) not in texts[0]:
                problems.append(f"{path.name}: attendee {a['name']} not in text")
        for i in g.get("items", []):
            if norm(i["number"]) not in texts[0] and g["document"] != F_DOC3:
                problems.append(f"{path.name}: item number {i['number']} not in text")
        if g["doc_type"] != "minutes":
            if set(g) != {"document", "doc_type"}:
                problems.append(f"{path.name}: non-minutes gold has extra keys")
        else:
            nq, nr = len(g["questions"]), len(g["resolutions"])
            print(f"  {path.name}: {len(g['items'])} items, {nq} questions, {nr} resolutions, "
                  f"{len(g['attendees'])} attendees")
    if problems:
        print("CHECK FAILED")
        for p in problems:
            print("  " + p)
        return 1
    print("CHECK PASSED")
    return 0


THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care",
          "mental-health", "children-and-families", "adult-social-care", "housing"}


def write_gold():
    for g in ALL_GOLD:
        p = GOLD / (Path(g["document"]).stem + ".json")
        p.write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main():
    if "--check" not in sys.argv:
        DOCS.mkdir(parents=True, exist_ok=True)
        GOLD.mkdir(parents=True, exist_ok=True)
        build_doc1()
        build_doc2()
        build_doc3()
        build_doc4()
        write_gold()
    return check()


if __name__ == "__main__":
    sys.exit(main())
