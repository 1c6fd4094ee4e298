#!/usr/bin/env python3
"""Build the "ag-" documents of the other-councils evaluation set and their gold annotations.

    build_ag.py           build documents/ag-*.{pdf,docx,html} and gold/ag-*.json
    build_ag.py --check   rebuild, then verify every gold phrase occurs verbatim
                          (ignoring case, punctuation and white space) exactly once
                          in the document's source text, and is 6-15 words long.

Everything is invented: Severnshire County Council, Medwold Council and all people,
places and figures.
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SHY = "\u00ad"

# ---------------------------------------------------------------------------
# crude English hyphenation: soft hyphens so that fpdf2 breaks long words at
# line ends with a visible hyphen, as typeset council minutes do
# ---------------------------------------------------------------------------
VOWELS = set("aeiouy")
NOSPLIT = {"th", "ch", "sh", "ph", "ck", "wh", "qu", "gh", "ng", "tr", "pr", "br", "cr", "dr",
           "gr", "fr", "pl", "bl", "cl", "gl", "fl", "sc", "sp", "st"}
SUFFIXES = ["ations", "ation", "tions", "tion", "sions", "sion", "ments", "ment", "ness",
            "ities", "ity", "ance", "ence", "able", "ible", "ising", "ised", "ings", "ing"]


def _hyph_word(w):
    if len(w) < 8 or not w.isalpha() or not w[0].islower():
        return w
    low = w.lower()
    cuts = set()
    for i in range(3, len(w) - 2):
        a, b, c, d = low[i - 2], low[i - 1], low[i], low[i + 1]
        if a in VOWELS and b not in VOWELS and c not in VOWELS and d in VOWELS \
                and (b + c) not in NOSPLIT and b != "x":
            cuts.add(i)
    for suf in SUFFIXES:
        if low.endswith(suf):
            i = len(w) - len(suf)
            if i >= 3:
                cuts.add(i)
            break
    out = []
    for i, ch in enumerate(w):
        if i in cuts:
            out.append(SHY)
        out.append(ch)
    return "".join(out)


def hyph(text):
    return re.sub(r"[A-Za-z]+", lambda m: _hyph_word(m.group(0)), text)


# ---------------------------------------------------------------------------
# normalisation for --check
# ---------------------------------------------------------------------------
def norm_space(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return " " + " ".join(s.split()) + " "


def norm_del(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^0-9a-z\s]+", "", s)
    return " " + " ".join(s.split()) + " "


def norm_squash(s):
    return re.sub(r"[^0-9a-z]+", "", s.replace(SHY, "").lower())


# ===========================================================================
# Document 1: Severnshire County Council - ASC & Health OSC minutes (PDF)
# ===========================================================================
SEV_COMMITTEE = "Adult Social Care and Health Overview and Scrutiny Committee"

# Each minute: (number, TITLE, [blocks]); block kinds:
#   ("p", text)            justified body paragraph
#   ("note", text)         italic bracketed note paragraph
#   ("label", text)        bold-italic label line (Members' questions and comments / Officer response)
#   ("head", text)         bold small heading inside an item
#   ("quote", text)        indented italic quotation
#   ("resolved", intro, [clauses])
SEV_MINUTES = [
    ("HC/25/31", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
        ("p", "Apologies for absence were received from Mr N Pargeter and Mrs L Hext. Ms C Idowu "
              "attended as substitute for Mr Pargeter; no substitute had been nominated for Mrs Hext."),
        ("p", "The Chairman informed the Committee that Mr B Crabtree was following the meeting by "
              "video link. Mr Crabtree would be able to speak but, as he was not physically present in "
              "the Chamber, he could not be counted towards the quorum or vote on any matter."),
    ]),
    ("HC/25/32", "DECLARATIONS OF INTEREST", [
        ("p", "Mrs J Walcott declared a personal interest in minute HC/25/36 (Hyper-Acute Stroke "
              "Services) as she was employed as a specialist nurse by Severnbridge Hospitals NHS "
              "Foundation Trust. She remained in the meeting and took part in the discussion."),
        ("p", "Ms H Lindqvist declared a personal interest in minute HC/25/35 (Home Care Framework) "
              "as a close relative received domiciliary care from a provider on the current framework."),
    ]),
    ("HC/25/33", "MINUTES", [
        ("resolved", "RESOLVED \u2013 That the minutes of the meeting of the Committee held on "
                     "9 September 2025 be confirmed as a correct record and signed by the Chairman.", []),
    ]),
    ("HC/25/34", "QUESTIONS FROM MEMBERS OF THE PUBLIC", [
        ("p", "The Chairman reported that two questions had been received from members of the public "
              "in accordance with Standing Order 17. As neither questioner was able to attend, the "
              "Chairman read out each question in turn, followed by the written answer which had been "
              "prepared by the Deputy Cabinet Member for Adult Social Care and circulated to Members "
              "before the meeting."),
        ("head", "(a)  Question from Mrs Janet Carver, Lowmoor"),
        ("quote", "\u201cMy mother waited eleven weeks for a home care package after her discharge from "
                  "Severnbridge General, and for all of that time she was in a care home forty miles from "
                  "her family. How many people are currently waiting for home care in the Lowmoor "
                  "district, and what is the Council doing to bring those waits down before the "
                  "winter?\u201d"),
        ("head", "Written answer"),
        ("quote", "\u201cAt 30 September 2025, 63 people in the Lowmoor district were awaiting a package "
                  "of home care, of whom 21 were in a temporary residential placement. The Council has "
                  "commissioned an additional 1,400 hours a week of \u2018bridging\u2019 care for the winter "
                  "from two providers, and the new home care framework (minute HC/25/35 refers) will for "
                  "the first time pay a rural uplift for calls in the most remote parts of the "
                  "district.\u201d"),
        ("head", "(b)  Question from Mr Patrick Dunlevy, on behalf of Severnside Carers\u2019 Voice"),
        ("quote", "\u201cThe Council\u2019s proposals for the 2026/27 budget include increasing the charge "
                  "for day services from \u00a338 to \u00a352 a day. Were carers consulted before this figure "
                  "was included in the budget consultation, and will the Council publish an equality "
                  "impact assessment before any decision is taken?\u201d"),
        ("head", "Written answer"),
        ("quote", "\u201cNo decision has yet been taken on charges for day services for 2026/27. The "
                  "proposed figure forms part of the public budget consultation, which runs until "
                  "28 November 2025, and carers\u2019 organisations, including Severnside Carers\u2019 Voice, "
                  "have been invited to two dedicated engagement sessions. A full equality impact "
                  "assessment will be published alongside the Cabinet report in January 2026.\u201d"),
        ("p", "Arising from the first answer, Mrs D Okafor asked whether the bridging care hours "
              "commissioned in previous winters had in fact been used. The Deputy Cabinet Member for "
              "Adult Social Care advised that in 2024/25 around four-fifths of the commissioned hours "
              "had been used and that the Council had not paid for hours that were not delivered. The "
              "Chairman thanked the questioners and confirmed that both would be sent a copy of these "
              "minutes."),
    ]),
    ("HC/25/35", "HOME CARE FRAMEWORK RE-PROCUREMENT AND MARKET SUSTAINABILITY", [
        ("note", "(Dr S Mahmood arrived at 10.25 am, during the introduction of this item.)"),
        ("p", "The Committee considered a report of the Corporate Director of Adults, Health and "
              "Housing on the proposed re-procurement of the Severnshire Home Care Framework, which "
              "would expire on 31 March 2026, together with the findings of the annual market "
              "sustainability review. The Assistant Director, Commissioning and Market Shaping, "
              "introduced the report and explained that it was proposed to replace the present "
              "arrangement of 46 framework providers with a zoned model of eleven geographical lots, "
              "each with a lead provider and up to three secondary providers, on a contract of five "
              "years with the option of two further one-year extensions. Mr F Gilchrist, Cabinet "
              "Member for Adult Social Care, had given his apologies for this item and Mrs Y Brandt, "
              "Deputy Cabinet Member, attended in his place."),
        ("label", "Members\u2019 questions and comments"),
        ("p", "Members asked whether the proposed minimum hourly rate of \u00a324.10 would be sufficient "
              "to enable providers to pay care workers the real living wage, including travel time, in "
              "the rural west of the county. Mr Brereton questioned why the lots in the Clee and Teme "
              "valleys had attracted no compliant bids in the 2022 exercise, and sought reassurance "
              "that the zoned model would not simply repeat that experience."),
        ("label", "Officer response"),
        ("p", "The Assistant Director explained that the rate had been derived from the cost of care "
              "exercise and included a separate mileage element, and that the new contract terms would "
              "oblige providers to pay travel time at no less than the hourly rate. Two of the rural "
              "lots would carry a guaranteed volume of hours, which providers had said during market "
              "engagement was the single most important factor in deciding whether to bid."),
        ("label", "Members\u2019 questions and comments"),
        ("p", "Mrs Faulkner expressed concern that moving from 46 providers to eleven lead providers "
              "would concentrate the market in a handful of large national companies, several of which "
              "were owned by private equity funds, and asked what would become of the smaller local "
              "agencies. Ms Idowu requested a breakdown by district of unmet hours and of packages "
              "handed back by providers over the last twelve months. Mrs Okafor said that Healthwatch "
              "had received a number of reports of missed and shortened visits, and asked how the "
              "quality of care would be monitored under the new contracts."),
        ("label", "Officer response"),
        ("p", "The Assistant Director said that the lot sizes had been deliberately kept small enough "
              "for local agencies to bid as lead providers, alone or in consortia, and that the tender "
              "evaluation would give a 15 per cent weighting to social value, including local "
              "employment. The breakdown requested by Ms Idowu would be circulated after the meeting. "
              "The Head of Quality Assurance and Contract Monitoring explained that electronic call "
              "monitoring would be mandatory in every lot, that the contract would include a target of "
              "95 per cent of visits delivered within 30 minutes of the planned time, and that "
              "Healthwatch Severnshire would be invited to take part in provider quality visits."),
        ("label", "Members\u2019 questions and comments"),
        ("p", "Mr Stenning asked whether the Council had considered bringing part of the home care "
              "service back in-house, as a number of other authorities had done, so that it could act "
              "as a provider of last resort."),
        ("label", "Officer response"),
        ("p", "The Corporate Director said that an in-house reablement service already operated in "
              "three districts and that an options appraisal for an in-house \u201cprovider of last "
              "resort\u201d team was set out in appendix C to the report. That option was estimated to "
              "cost \u00a31.9 million a year more than the commissioned model, principally because of the "
              "Council\u2019s terms and conditions and pension costs, but the appraisal would be kept "
              "under review."),
        ("p", "Following the debate, the Chairman moved, and the Vice-Chairman seconded, a "
              "recommendation to the Cabinet, which was carried unanimously."),
        ("resolved", "RESOLVED \u2013 That", [
            "the report and the findings of the market sustainability review be noted;",
            "the Cabinet be recommended, when taking its decision on the award of the framework in "
            "February 2026, to ensure that the rate paid in the rural lots is sufficient to meet the "
            "real living wage including travel time; and",
            "the Committee receive a report on the first six months of performance of the new "
            "framework at its meeting in November 2026.",
        ]),
    ]),
    ("HC/25/36", "SEVERN AND WYE INTEGRATED CARE BOARD: PROPOSED RECONFIGURATION OF HYPER-ACUTE "
                 "STROKE SERVICES", [
        ("note", "(Mrs Walcott had declared a personal interest in this item \u2013 minute HC/25/32 refers.)"),
        ("p", "Ms A Kowalczyk, Chief Operating Officer, NHS Severn and Wye Integrated Care Board (ICB), "
              "presented a paper setting out the ICB\u2019s proposal to concentrate hyper-acute stroke "
              "care for the county in a single unit at Severnbridge General Hospital, with the stroke "
              "unit at Alderbury Hospital, Wenlow, becoming a specialist stroke rehabilitation unit. "
              "Subject to the views of the Committee and of NHS England, the proposal would be the "
              "subject of a twelve-week public consultation beginning in January 2026."),
        ("label", "Members\u2019 questions and comments"),
        ("p", "Members asked what the average additional journey time by ambulance would be for "
              "residents in the south-west of the county, and whether the ambulance service had "
              "confirmed that it could absorb the extra conveyances. Dr Mahmood asked what evidence "
              "there was that centralisation improved outcomes in a predominantly rural county such as "
              "Severnshire."),
        ("label", "Officer response"),
        ("p", "Ms Kowalczyk said that modelling by Western Counties Ambulance Service NHS Trust had "
              "estimated an average additional journey of 14 minutes for residents of the Wenlow area, "
              "and that the ambulance trust had been involved throughout and would receive additional "
              "funding of \u00a3640,000 a year. On the evidence, she referred to national clinical audit "
              "data showing that patients treated in units admitting at least 600 confirmed strokes a "
              "year were more likely to survive and to return to their own homes; neither unit in the "
              "county currently met that threshold."),
        ("label", "Members\u2019 questions and comments"),
        ("p", "Mrs Quenby expressed concern that the consultation would take place over the winter, "
              "when older residents were least able to attend public meetings, and asked that drop-in "
              "events be held in every market town and not only online. Mrs Okafor asked how the views "
              "of stroke survivors and their carers had informed the options."),
        ("label", "Officer response"),
        ("p", "Ms Kowalczyk confirmed that the consultation plan, which would be shared with the "
              "Committee in draft, included at least one drop-in event in each of the eight market "
              "towns, together with paper questionnaires and an easy-read version. A stroke survivors\u2019 "
              "reference group of 19 people had met four times and had shaped the rehabilitation "
              "model, particularly the emphasis on early supported discharge."),
        ("p", "The Committee then considered whether the proposal amounted to a substantial variation "
              "in the provision of the health service for the purposes of the health scrutiny "
              "regulations. The Chairman noted that the ICB had itself treated the proposal as a "
              "substantial variation."),
        ("resolved", "RESOLVED \u2013 That", [
            "the Committee considers that the proposed reconfiguration of hyper-acute stroke services "
            "constitutes a substantial variation in the provision of the health service in Severnshire;",
            "the Integrated Care Board be asked to share its draft consultation plan with the Committee "
            "by 1 December 2025; and",
            "the Chairman and Vice-Chairman, in consultation with the Director of Law and Governance, be "
            "authorised to submit the Committee\u2019s response to the consultation.",
        ]),
    ]),
    ("HC/25/37", "STOP SMOKING AND VAPING SUPPORT SERVICE: CONTRACT EXTENSION", [
        ("p", "The Director of Public Health presented a report on the performance of the integrated "
              "stop smoking and vaping support service, delivered under contract by LiveWell Severn CIC, "
              "and on the proposal to take up the available two-year extension to March 2028, funded in "
              "part by the Local Stop Smoking Services and Support Grant. Smoking prevalence in the "
              "county had fallen to 10.9 per cent, but remained at 22.4 per cent among routine and "
              "manual workers and around 31 per cent among people with a serious mental illness."),
        ("label", "Members\u2019 questions and comments"),
        ("p", "Dr Mahmood asked why the four-week quit rate in the Northfold area was so much lower "
              "than the county average. Mrs Walcott questioned whether it was right to extend the "
              "contract without going back out to tender, given the size of the additional grant. Mr "
              "Crabtree, speaking by video link, commented that more should be done to stop shops "
              "selling vapes to children."),
        ("label", "Officer response"),
        ("p", "The Director of Public Health said that the provider had lost two advisers in the "
              "Northfold area during the year; both posts had now been filled and quit rates there had "
              "risen for two consecutive quarters. The extension was permitted under the original "
              "contract and the procurement rules, and legal advice was that it offered better value "
              "than a fresh tender given the time needed to mobilise a new service. Enforcement of the "
              "age of sale was a matter for Trading Standards, which had carried out 38 test purchases "
              "during the year, and the Director would share the results with Mr Crabtree."),
        ("resolved", "RESOLVED \u2013 That the performance of the Stop Smoking and Vaping Support Service "
                     "be noted and that the proposed two-year extension of the contract be supported.", []),
    ]),
    ("HC/25/38", "SEVERNSHIRE SAFEGUARDING ADULTS BOARD ANNUAL REPORT 2024/25", [
        ("p", "The Committee received the annual report of the Severnshire Safeguarding Adults Board "
              "for 2024/25, which had been circulated with the agenda. The report was taken as read and "
              "there were no questions."),
        ("resolved", "RESOLVED \u2013 That the Severnshire Safeguarding Adults Board Annual Report "
                     "2024/25 be noted.", []),
    ]),
    ("HC/25/39", "WORK PROGRAMME", [
        ("p", "The Committee considered its work programme for 2025/26. Mrs Faulkner requested that "
              "the availability of NHS dentistry, particularly for residents of care homes, be added to "
              "the programme; the Chairman replied that the ICB, which commissioned dental services, "
              "had offered to attend the meeting in March 2026."),
        ("resolved", "RESOLVED \u2013 That the work programme be agreed, subject to the addition of an "
                     "item on NHS dental services in March 2026.", []),
    ]),
    ("HC/25/40", "DATE OF NEXT MEETING", [
        ("p", "It was noted that the next meeting of the Committee would be held on Tuesday, "
              "9 December 2025 at 10.00 am at Shire Hall, Severnbridge."),
    ]),
]

SEV_ALSO = [
    ("Mrs Y Brandt", "Deputy Cabinet Member for Adult Social Care"),
    ("Ms A Kowalczyk", "Chief Operating Officer, NHS Severn and Wye Integrated Care Board"),
]
SEV_OFFICERS = [
    ("Mrs M Thorne", "Corporate Director of Adults, Health and Housing"),
    ("Dr O Achterberg", "Director of Public Health"),
    ("Mr L Fenwick", "Assistant Director, Commissioning and Market Shaping"),
    ("Ms R Gallacher", "Head of Quality Assurance and Contract Monitoring, Adult Social Care"),
]
SEV_ACTIONS = [
    ("HC/25/35", "Circulate district figures for unmet home care hours and handed-back packages "
                 "(12 months to September 2025)", "Assistant Director, Commissioning and Market Shaping",
     "31 Oct 2025"),
    ("HC/25/35", "Six-month performance report on the new framework to be scheduled",
     "Corporate Director of Adults, Health and Housing", "Nov 2026"),
    ("HC/25/36", "Draft stroke consultation plan to be sent to Committee Members",
     "ICB Chief Operating Officer", "1 Dec 2025"),
    ("HC/25/37", "Trading Standards test purchase results to be sent to Mr Crabtree",
     "Director of Public Health", "14 Nov 2025"),
    ("HC/25/39", "NHS dentistry item added for March 2026; ICB to be invited",
     "Democratic Services", "Done"),
]


def build_severnshire_pdf(path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
    from fpdf.fonts import FontFace

    src = []  # source text, in reading order

    class PDF(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Serif", "I", 8.5)
                self.set_text_color(60, 60, 60)
                self.set_xy(20, 10)
                self.cell(85, 5, "Adult Social Care and Health Overview and Scrutiny Committee")
                self.cell(85, 5, "Tuesday, 14 October 2025", align="R")
                self.set_draw_color(120, 120, 120)
                self.line(20, 16, 190, 16)
                self.set_text_color(0, 0, 0)
                self.set_y(22)

        def footer(self):
            self.set_y(-16)
            self.set_draw_color(120, 120, 120)
            self.line(20, self.get_y() - 1, 190, self.get_y() - 1)
            self.set_font("Serif", "", 8.5)
            self.set_x(20)
            self.cell(60, 5, "Severnshire County Council")
            self.cell(50, 5, f"Page {self.page_no()}", align="C")
            self.cell(60, 5, "Chairman\u2019s initials .................", align="R")

    pdf = PDF(format="A4", unit="mm")
    pdf.set_creation_date(datetime.datetime(2025, 10, 21, 9, 30, tzinfo=datetime.timezone.utc))
    pdf.set_title("Minutes - Adult Social Care and Health Overview and Scrutiny Committee - 14 October 2025")
    pdf.set_author("Democratic Services, Severnshire County Council")
    pdf.set_creator("Severnshire Committee Minutes Template v4")
    pdf.set_producer("fpdf2")
    pdf.add_font("Serif", "", f"{FONTDIR}/DejaVuSerif.ttf")
    pdf.add_font("Serif", "B", f"{FONTDIR}/DejaVuSerif-Bold.ttf")
    pdf.add_font("Serif", "I", f"{FONTDIR}/DejaVuSerif-Italic.ttf")
    pdf.add_font("Serif", "BI", f"{FONTDIR}/DejaVuSerif-BoldItalic.ttf")
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    def put(text, x, w, h=5.0, style="", size=10, align="J", hy=True, after=2.0):
        src.append(text)
        pdf.set_font("Serif", style, size)
        pdf.set_x(x)
        pdf.multi_cell(w, h, hyph(text) if hy else text, align=align,
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if after:
            pdf.ln(after)

    # ---- title block
    pdf.set_y(18)
    put("SEVERNSHIRE COUNTY COUNCIL", 20, 170, 7, "B", 14, "C", False, 1)
    put("ADULT SOCIAL CARE AND HEALTH OVERVIEW AND SCRUTINY COMMITTEE", 20, 170, 6, "B", 11, "C", False, 4)
    put("MINUTES of a meeting of the Adult Social Care and Health Overview and Scrutiny Committee held "
        "in the Council Chamber, Shire Hall, Severnbridge on Tuesday, 14 October 2025 at 10.00 am.",
        20, 170, 5.2, "", 10, "J", False, 4)
    put("PRESENT:", 20, 170, 5, "B", 10, "L", False, 2)

    # ---- attendance: two columns side by side, by party group
    left = [
        ("g", "Conservative Group"),
        ("n", "Mr R G Halloran (Chairman)"),
        ("n", "Mr T J Brereton"),
        ("n", "Mrs E M Faulkner"),
        ("n", "Mr A Stenning"),
        ("s", ""),
        ("g", "Co-opted Member (non-voting)"),
        ("n", "Mrs D Okafor (Healthwatch Severnshire)"),
    ]
    right = [
        ("g", "Liberal Democrat Group"),
        ("n", "Mrs P A Quenby (Vice-Chairman)"),
        ("n", "Dr S Mahmood"),
        ("n", "Ms C Idowu *"),
        ("s", ""),
        ("g", "Labour Group"),
        ("n", "Mrs J Walcott"),
        ("s", ""),
        ("g", "Green Group"),
        ("n", "Ms H Lindqvist"),
    ]
    y0 = pdf.get_y()
    for col, xx in ((left, 28), (right, 112)):
        pdf.set_y(y0)
        for kind, t in col:
            pdf.set_x(xx)
            if kind == "s":
                pdf.ln(2.5)
                continue
            if kind == "g":
                pdf.set_font("Serif", "BI", 9.5)
            else:
                pdf.set_font("Serif", "", 10)
            pdf.cell(78, 5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    # source text in reading order: left column then right column
    src.extend(t for k, t in left + right if t)
    pdf.set_y(y0 + 5 * 9 + 2.5 * 3 + 4)
    put("* Substitute member \u2013 see minute HC/25/31.", 28, 150, 4.5, "I", 8.5, "L", False, 1)
    put("Mr B Crabtree (Reform UK Group) attended by video link and was not counted as present.",
        28, 150, 4.5, "I", 8.5, "L", False, 1)
    put("Others in attendance and the officers present are listed at the end of these minutes.",
        28, 150, 4.5, "I", 8.5, "L", False, 5)

    # ---- minutes
    for num, title, blocks in SEV_MINUTES:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.ln(1.5)
        y = pdf.get_y()
        src.append(num)
        pdf.set_font("Serif", "B", 10)
        pdf.set_xy(20, y)
        pdf.cell(25, 5, num)
        pdf.set_xy(45, y)
        put(title, 45, 145, 5, "B", 10, "L", False, 2)
        for b in blocks:
            kind = b[0]
            if kind == "p":
                put(b[1], 45, 145)
            elif kind == "note":
                put(b[1], 45, 145, style="I", size=9.5)
            elif kind == "label":
                if pdf.get_y() > 255:
                    pdf.add_page()
                put(b[1], 45, 145, 5, "BI", 10, "L", False, 0.5)
            elif kind == "head":
                put(b[1], 45, 145, 5, "B", 10, "L", False, 1)
            elif kind == "quote":
                put(b[1], 52, 131, 4.8, "I", 9.5)
            elif kind == "resolved":
                intro, clauses = b[1], b[2]
                if not clauses:
                    put(intro, 45, 145, style="B")
                else:
                    put(intro, 45, 145, 5, "B", 10, "L", False, 1)
                    for i, c in enumerate(clauses, 1):
                        y = pdf.get_y()
                        if y > 262:
                            pdf.add_page()
                            y = pdf.get_y()
                        lab = f"({i})"
                        src.append(lab)
                        pdf.set_font("Serif", "B", 10)
                        pdf.set_xy(45, y)
                        pdf.cell(10, 5, lab)
                        put(c, 55, 135, style="B", after=1.2)
                    pdf.ln(1)

    pdf.ln(2)
    put("The meeting closed at 12.47 pm.", 45, 145, 5, "", 10, "L", False, 6)

    # ---- attendance at the end
    if pdf.get_y() > 215:
        pdf.add_page()
    put("Also in attendance:", 20, 170, 5, "B", 10, "L", False, 1)
    for n, r in SEV_ALSO:
        put(f"{n} \u2013 {r}", 28, 162, 5, "", 10, "L", False, 0.5)
    pdf.ln(3)
    put("Officers:", 20, 170, 5, "B", 10, "L", False, 1)
    for n, r in SEV_OFFICERS:
        put(f"{n} \u2013 {r}", 28, 162, 5, "", 10, "L", False, 0.5)
    pdf.ln(8)
    put("Chairman ............................................          Date ........................",
        20, 170, 5, "", 10, "L", False, 6)

    # ---- summary of actions
    if pdf.get_y() > 200:
        pdf.add_page()
    put("SUMMARY OF ACTIONS", 20, 170, 6, "B", 11, "L", False, 2)
    pdf.set_font("Serif", "", 8.5)
    with pdf.table(col_widths=(22, 78, 48, 22), text_align=("LEFT", "LEFT", "LEFT", "LEFT"),
                   line_height=4.5, first_row_as_headings=True,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as table:
        row = table.row()
        for h in ("Minute", "Action", "Lead", "By"):
            row.cell(h)
        src.append("Minute Action Lead By")
        for a in SEV_ACTIONS:
            row = table.row()
            for c in a:
                row.cell(c)
            src.append(" ".join(a))

    pdf.output(path)
    return "\n".join(src)


SEV_GOLD = {
    "document": "ag-severnshire-asch-osc-2025-10-14.pdf",
    "doc_type": "minutes",
    "committee": SEV_COMMITTEE,
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _ in SEV_MINUTES],
    "questions": [
        {"item": "HC/25/34", "kind": "question",
         "text": "How many people are currently waiting for home care in the Lowmoor district",
         "asked_by": "Mrs Janet Carver",
         "answer": "will for the first time pay a rural uplift for calls",
         "given_by": "Deputy Cabinet Member for Adult Social Care",
         "themes": ["adult-social-care"]},
        {"item": "HC/25/34", "kind": "question",
         "text": "Were carers consulted before this figure was included in the budget consultation",
         "asked_by": "Mr Patrick Dunlevy",
         "answer": "A full equality impact assessment will be published alongside the Cabinet report",
         "given_by": "Deputy Cabinet Member for Adult Social Care",
         "themes": ["adult-social-care", "patient-and-public-input", "finance"]},
        {"item": "HC/25/34", "kind": "question",
         "text": "asked whether the bridging care hours commissioned in previous winters had in fact been used",
         "asked_by": "Mrs D Okafor",
         "answer": "around four-fifths of the commissioned hours had been used",
         "given_by": "Deputy Cabinet Member for Adult Social Care",
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "HC/25/35", "kind": "question",
         "text": "to enable providers to pay care workers the real living wage, including travel time",
         "asked_by": None,
         "answer": "oblige providers to pay travel time at no less than the hourly rate",
         "given_by": "The Assistant Director",
         "themes": ["adult-social-care", "workforce", "finance", "subcontracting"]},
        {"item": "HC/25/35", "kind": "question",
         "text": "valleys had attracted no compliant bids in the 2022 exercise",
         "asked_by": "Mr Brereton",
         "answer": "Two of the rural lots would carry a guaranteed volume of hours",
         "given_by": "The Assistant Director",
         "themes": ["adult-social-care", "subcontracting"]},
        {"item": "HC/25/35", "kind": "concern",
         "text": "would concentrate the market in a handful of large national companies",
         "asked_by": "Mrs Faulkner",
         "answer": "deliberately kept small enough for local agencies to bid as lead providers",
         "given_by": "The Assistant Director",
         "themes": ["adult-social-care", "privatisation", "subcontracting"]},
        {"item": "HC/25/35", "kind": "request",
         "text": "requested a breakdown by district of unmet hours and of packages handed back",
         "asked_by": "Ms Idowu",
         "answer": "The breakdown requested by Ms Idowu would be circulated after the meeting",
         "given_by": "The Assistant Director",
         "themes": ["adult-social-care"]},
        {"item": "HC/25/35", "kind": "question",
         "text": "asked how the quality of care would be monitored under the new contracts",
         "asked_by": "Mrs Okafor",
         "answer": "electronic call monitoring would be mandatory in every lot",
         "given_by": "The Head of Quality Assurance and Contract Monitoring",
         "themes": ["adult-social-care", "subcontracting", "patient-and-public-input"]},
        {"item": "HC/25/35", "kind": "question",
         "text": "considered bringing part of the home care service back in-house",
         "asked_by": "Mr Stenning",
         "answer": "an in-house reablement service already operated in three districts",
         "given_by": "The Corporate Director",
         "themes": ["adult-social-care", "privatisation"]},
        {"item": "HC/25/36", "kind": "question",
         "text": "asked what the average additional journey time by ambulance would be",
         "asked_by": None,
         "answer": "estimated an average additional journey of 14 minutes for residents of the Wenlow area",
         "given_by": "Ms Kowalczyk",
         "themes": []},
        {"item": "HC/25/36", "kind": "question",
         "text": "what evidence there was that centralisation improved outcomes in a predominantly rural county",
         "asked_by": "Dr Mahmood",
         "answer": "were more likely to survive and to return to their own homes",
         "given_by": "Ms Kowalczyk",
         "themes": []},
        {"item": "HC/25/36", "kind": "concern",
         "text": "expressed concern that the consultation would take place over the winter",
         "asked_by": "Mrs Quenby",
         "answer": "included at least one drop-in event in each of the eight market towns",
         "given_by": "Ms Kowalczyk",
         "themes": ["patient-and-public-input"]},
        {"item": "HC/25/36", "kind": "question",
         "text": "asked how the views of stroke survivors and their carers had informed the options",
         "asked_by": "Mrs Okafor",
         "answer": "reference group of 19 people had met four times and had shaped the rehabilitation model",
         "given_by": "Ms Kowalczyk",
         "themes": ["patient-and-public-input"]},
        {"item": "HC/25/37", "kind": "question",
         "text": "asked why the four-week quit rate in the Northfold area was so much lower",
         "asked_by": "Dr Mahmood",
         "answer": "the provider had lost two advisers in the Northfold area during the year",
         "given_by": "The Director of Public Health",
         "themes": ["public-health"]},
        {"item": "HC/25/37", "kind": "question",
         "text": "questioned whether it was right to extend the contract without going back out to tender",
         "asked_by": "Mrs Walcott",
         "answer": "The extension was permitted under the original contract and the procurement rules",
         "given_by": "The Director of Public Health",
         "themes": ["public-health", "subcontracting", "finance"]},
        {"item": "HC/25/37", "kind": "comment",
         "text": "commented that more should be done to stop shops selling vapes to children",
         "asked_by": "Mr Crabtree",
         "answer": "Enforcement of the age of sale was a matter for Trading Standards",
         "given_by": "The Director of Public Health",
         "themes": ["public-health", "children-and-families"]},
        {"item": "HC/25/39", "kind": "request",
         "text": "requested that the availability of NHS dentistry, particularly for residents of care homes",
         "asked_by": "Mrs Faulkner",
         "answer": "which commissioned dental services, had offered to attend the meeting in March 2026",
         "given_by": "the Chairman",
         "themes": ["primary-care", "adult-social-care"]},
    ],
    "resolutions": [
        {"item": "HC/25/33",
         "text": "be confirmed as a correct record and signed by the Chairman",
         "outcome": "agreed", "themes": []},
        {"item": "HC/25/35",
         "text": "the Cabinet be recommended, when taking its decision on the award of the framework",
         "outcome": "recommended", "themes": ["adult-social-care", "subcontracting", "workforce"]},
        {"item": "HC/25/36",
         "text": "the proposed reconfiguration of hyper-acute stroke services constitutes a substantial variation",
         "outcome": "agreed", "themes": ["governance", "patient-and-public-input"]},
        {"item": "HC/25/37",
         "text": "the proposed two-year extension of the contract be supported",
         "outcome": "agreed", "themes": ["public-health", "subcontracting"]},
        {"item": "HC/25/38",
         "text": "That the Severnshire Safeguarding Adults Board Annual Report 2024/25 be noted",
         "outcome": "noted", "themes": ["adult-social-care"]},
        {"item": "HC/25/39",
         "text": "the work programme be agreed, subject to the addition of an item",
         "outcome": "agreed", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "Mr R G Halloran", "role": "Chairman", "attendance": "present"},
        {"name": "Mrs P A Quenby", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Mr T J Brereton", "role": None, "attendance": "present"},
        {"name": "Mrs E M Faulkner", "role": None, "attendance": "present"},
        {"name": "Mr A Stenning", "role": None, "attendance": "present"},
        {"name": "Dr S Mahmood", "role": None, "attendance": "present"},
        {"name": "Ms C Idowu", "role": None, "attendance": "present"},
        {"name": "Mrs J Walcott", "role": None, "attendance": "present"},
        {"name": "Ms H Lindqvist", "role": None, "attendance": "present"},
        {"name": "Mrs D Okafor", "role": "Co-opted Member (non-voting), Healthwatch Severnshire",
         "attendance": "present"},
        {"name": "Mr B Crabtree", "role": None, "attendance": "in_attendance"},
        {"name": "Mr N Pargeter", "role": None, "attendance": "apologies"},
        {"name": "Mrs L Hext", "role": None, "attendance": "apologies"},
        {"name": "Mr F Gilchrist", "role": "Cabinet Member for Adult Social Care", "attendance": "apologies"},
        {"name": "Mrs Y Brandt", "role": "Deputy Cabinet Member for Adult Social Care",
         "attendance": "in_attendance"},
        {"name": "Ms A Kowalczyk", "role": "Chief Operating Officer, NHS Severn and Wye Integrated Care Board",
         "attendance": "in_attendance"},
    ] + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in SEV_OFFICERS],
}


# ===========================================================================
# Document 2: Medwold Council - Children and Young People Scrutiny Committee (DOCX)
# ===========================================================================
MED_COMMITTEE = "Children and Young People Scrutiny Committee"

MED_DETAILS = [
    ("Meeting", "Children and Young People Scrutiny Committee"),
    ("Date and time", "Thursday 20 November 2025, 6.00 pm \u2013 8.42 pm"),
    ("Venue", "Committee Room 2, Medwold Civic Centre, Market Street, Medwold MW1 2CC (hybrid meeting)"),
    ("Members present", "Councillors Sarah Whitlock (Chair), Imran Qureshi (Vice-Chair), Tom Ashdown, "
                        "Bethany Corrigan, Dev Ng and Marcus Pemberton"),
    ("Attending remotely", "Councillor Gail Farrant (non-voting)"),
    ("Co-opted members", "Mr Lionel Baptiste (Roman Catholic Diocese representative); Mrs Ruth Adeyemi "
                         "(Parent Governor Representative)"),
    ("Cabinet Member", "Councillor Helen Marsh, Cabinet Member for Children, Families and Education"),
    ("Officers", "Joanne Tiernan, Director of Children\u2019s Services; Craig Oduya, Assistant Director, "
                 "Education, Inclusion and SEND; Farah Latif, Head of Corporate Parenting and Care "
                 "Leavers; Stuart Bell, Finance Business Partner \u2013 Children\u2019s Services"),
    ("Minutes taken by", "Anna Rook, Scrutiny and Democratic Support Officer"),
]

# items: (number, title, [paragraphs], [resolution bullets]); paragraphs are typed "n.m"
MED_ITEMS = [
    ("1", "Apologies for Absence and Substitutions", [
        "Apologies were received from Councillor Neil Askew, for whom Councillor Dev Ng attended as "
        "substitute, and from Revd Canon Philippa Stroud (Church of England Diocese of Medwold "
        "representative).",
        "Councillor Gail Farrant joined the meeting remotely via Microsoft Teams. The Chair reminded "
        "Members that Councillor Farrant could contribute to the discussion but could not vote.",
        "Councillor Marcus Pemberton had notified the Chair that he would be delayed; he joined the "
        "meeting at 6.25 pm, during Agenda Item 5.",
    ], []),
    ("2", "Declarations of Interest", [
        "Councillor Corrigan declared a non-registrable interest in Agenda Item 5 as her son used home "
        "to school transport. She remained in the room and took part in the discussion.",
        "Mrs Adeyemi declared that she was a governor of Castlegate Academy, which was referred to in "
        "the report at Agenda Item 8.",
    ], []),
    ("3", "Minutes of the Previous Meeting", [
        "The minutes of the meeting held on 25 September 2025 were considered. Councillor Ashdown "
        "pointed out that his apologies for that meeting had not been recorded.",
    ], [
        "that, subject to the addition of Councillor Ashdown\u2019s apologies, the minutes of the meeting "
        "held on 25 September 2025 be approved as a correct record.",
    ]),
    ("4", "Public Participation", [
        "No questions, statements or petitions had been received from members of the public.",
    ], []),
    ("5", "Home to School Transport for Children with SEND: Re-procurement of Contracted Routes", [
        "The Assistant Director, Education, Inclusion and SEND introduced the report, which set out the "
        "findings of the review of home to school transport for children and young people with special "
        "educational needs and disabilities and proposed that the 212 contracted taxi and minibus routes "
        "be re-tendered through a dynamic purchasing system from September 2026. Spending on SEND "
        "transport was forecast to reach \u00a314.2 million in 2025/26, an overspend of \u00a32.6 million.",
        "Councillor Corrigan asked why the average cost of a single route had risen by almost 40 per "
        "cent in three years. The Assistant Director explained that the number of operators bidding for "
        "routes had fallen from 57 to 31 since 2022, and that many routes now attracted a single bid.",
        "A Member asked how many routes were currently operated by a single company; officers advised "
        "that 41 of the 212 routes were run by Vale Cars Ltd under a block contract. The same Member "
        "then queried whether drivers and passenger assistants were trained to support children with "
        "autism, and was told that the Council funded a mandatory one-day course, which would become a "
        "condition of the new contracts.",
        "Councillor Qureshi welcomed the expansion of independent travel training but expressed concern "
        "that families might feel pressured into accepting personal transport budgets. The Cabinet "
        "Member gave an assurance that personal transport budgets would remain voluntary and that no "
        "eligible child would lose transport as a result of the review.",
        "Mr Baptiste asked whether the dynamic purchasing system would be open to community transport "
        "schemes and charities. The Assistant Director confirmed that it would, and that two local "
        "community transport operators had already attended the market engagement event. Councillor "
        "Ashdown requested figures for route failures \u2013 occasions on which no vehicle arrived \u2013 "
        "for each school term; the Assistant Director agreed to include termly figures in future "
        "performance reports.",
    ], [
        "to note the findings of the review of SEND home to school transport;",
        "to support the re-procurement of contracted routes through a dynamic purchasing system from "
        "September 2026; and",
        "to recommend to Cabinet that a parent and carer reference group be set up to monitor the "
        "quality of the new arrangements.",
    ]),
    ("6", "Ofsted Focused Visit to Services for Care Leavers: Action Plan Update", [
        "The Head of Corporate Parenting and Care Leavers presented an update on the action plan "
        "prepared following Ofsted\u2019s focused visit in May 2025, which had identified areas for "
        "improvement in pathway planning and in the availability of suitable accommodation for care "
        "leavers aged 18 to 21.",
        "Councillor Pemberton asked how many care leavers were currently living in bed and breakfast or "
        "other unsuitable accommodation. The Head of Service reported that three young people were in "
        "emergency accommodation that night, compared with eleven in May, and that none had been placed "
        "in bed and breakfast since July. Councillor Pemberton then asked whether the housing allocations "
        "policy gave care leavers priority, and the Cabinet Member confirmed that care leavers had been "
        "placed in Band A of the housing register since October 2025.",
        "Mrs Adeyemi raised the proportion of pathway plans completed with the young person\u2019s "
        "involvement, noting that the figure of 68 per cent fell well short of the target. Officers "
        "acknowledged this and explained that two additional personal advisers had been recruited and "
        "that a new plan template had been co-produced with the Children in Care Council.",
        "Councillor Farrant, attending remotely, commented that the Committee ought to hear directly "
        "from care leavers themselves. The Chair agreed and said that she would invite members of the "
        "Care Leavers\u2019 Forum to a future meeting.",
    ], [
        "to note the progress made against the Ofsted focused visit action plan; and",
        "to request a further update, including the views of care leavers, at its meeting in March 2026.",
    ]),
    ("7", "Sufficiency of Children\u2019s Residential Placements and the Regional Care Co-operative", [
        "The Director of Children\u2019s Services presented the annual sufficiency statement. Of the 64 "
        "children in residential care, 49 were placed with private providers at an average weekly cost "
        "of \u00a36,850, and 23 were placed more than 20 miles from Medwold. The report proposed that the "
        "Council join the Regional Care Co-operative pathfinder with four neighbouring authorities and "
        "open two Council-run children\u2019s homes by 2027.",
        "Councillor Ashdown asked what level of profit the largest providers were making from "
        "placements. The Director said that the Competition and Markets Authority had found profit "
        "margins of around 22 per cent among the largest providers nationally, and that the Council did "
        "not have access to individual providers\u2019 accounts.",
        "Councillor Qureshi questioned whether two homes with four beds each would make a meaningful "
        "difference. The Director acknowledged that they would not do so on their own, but said that "
        "each placement brought back in-house was expected to save around \u00a3120,000 a year and that "
        "the co-operative would jointly commission a further 30 places. Councillor Whitlock, in the "
        "Chair, asked when the first home would open, and was advised that a property had been "
        "identified in Eastgate and that registration with Ofsted was expected in autumn 2026.",
    ], [
        "to endorse the Council\u2019s participation in the Regional Care Co-operative pathfinder; and",
        "to receive the business case for the two Council-run children\u2019s homes before it is "
        "considered by Cabinet.",
    ]),
    ("8", "Dedicated Schools Grant: High Needs Block Deficit Management Plan", [
        "The Finance Business Partner \u2013 Children\u2019s Services presented the report. The cumulative "
        "deficit on the Dedicated Schools Grant was forecast to reach \u00a338.6 million by 31 March 2026, "
        "held under the statutory override which had been extended to March 2028.",
        "Councillor Ng asked what would happen to the deficit when the statutory override ended, and "
        "whether it would fall on council tax payers. The Finance Business Partner explained that, under "
        "current legislation, the deficit would have to be met from the Council\u2019s general reserves, "
        "which stood at \u00a321 million, and that the Council was pressing the Government, with other "
        "authorities, for a national solution.",
        "Councillor Corrigan expressed concern that the plan relied on reducing the number of new "
        "Education, Health and Care Plans, and asked whether this amounted to a target to refuse "
        "assessments. The Assistant Director was clear that there was no such target; the plan aimed to "
        "reduce reliance on independent specialist school places by creating 180 additional places in "
        "resource bases at mainstream schools. Mrs Adeyemi sought clarification on how parents would be "
        "consulted on the location of the new resource bases, and was told that a consultation would "
        "open in January 2026 with drop-in sessions at each proposed school.",
    ], [
        "to note the High Needs Block deficit management plan and the associated financial risks.",
    ]),
    ("9", "Work Programme 2025/26", [
        "The Scrutiny and Democratic Support Officer presented the work programme.",
        "Councillor Qureshi requested that an item on elective home education and children missing "
        "education be added to the programme; the Scrutiny and Democratic Support Officer advised that "
        "it could be accommodated at the February 2026 meeting.",
    ], [
        "to agree the work programme for 2025/26, as amended at the meeting.",
    ]),
    ("10", "Date of Next Meeting", [
        "Thursday 29 January 2026 at 6.00 pm, Committee Room 2, Medwold Civic Centre.",
    ], []),
]


def _fixed_zip(data, when=(2025, 11, 27, 14, 5, 0)):
    """Rewrite a zip archive with fixed timestamps and order, for byte-identical builds."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def build_medwold_docx(path):
    import docx
    from docx.enum.section import WD_SECTION  # noqa: F401
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Anna Rook"
    cp.last_modified_by = "Democratic Services"
    cp.title = "Minutes - Children and Young People Scrutiny Committee - 20 November 2025"
    cp.created = datetime.datetime(2025, 11, 21, 10, 12, 0)
    cp.modified = datetime.datetime(2025, 11, 27, 14, 5, 0)
    cp.revision = 4

    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)

    plum = RGBColor(0x6A, 0x1B, 0x5E)
    h1 = d.styles["Heading 1"]
    h1.font.name = "Arial"
    h1.font.size = Pt(13)
    h1.font.bold = True
    h1.font.color.rgb = plum
    h1.paragraph_format.space_before = Pt(14)
    h1.paragraph_format.space_after = Pt(6)
    h1.paragraph_format.keep_with_next = True
    title = d.styles["Title"]
    title.font.name = "Arial"
    title.font.size = Pt(20)
    title.font.color.rgb = plum

    src = []

    # header / footer
    hp = sec.header.paragraphs[0]
    hp.text = "Medwold Council"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Children and Young People Scrutiny Committee \u2013 20 November 2025 \u2013 Page ")
    r.font.size = Pt(9)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    fp._p.append(fld)

    p = d.add_paragraph("Medwold Council")
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(12)
    src.append(p.text)
    p = d.add_paragraph("Minutes", style="Title")
    src.append(p.text)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    tbl = d.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, value in MED_DETAILS:
        cells = tbl.add_row().cells
        cells[0].width, cells[1].width = Cm(4.2), Cm(12.4)
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[0].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cells[0], "6A1B5E")
        cells[1].text = value
        for c in cells:
            c.paragraphs[0].paragraph_format.space_after = Pt(2)
        src.append(label + " " + value)
    d.add_paragraph()

    def numbered(num, text):
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(1.25)
        pf.first_line_indent = Cm(-1.25)
        pf.tab_stops.add_tab_stop(Cm(1.25))
        pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.add_run(f"{num}\t{text}")
        src.append(f"{num}\t{text}")

    for num, ttl, paras, bullets in MED_ITEMS:
        h = d.add_paragraph(f"Agenda Item {num} \u2013 {ttl}", style="Heading 1")
        src.append(h.text)
        for i, para in enumerate(paras, 1):
            numbered(f"{num}.{i}", para)
        if bullets:
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.25)
            p.paragraph_format.keep_with_next = True
            run = p.add_run("The Committee resolved:")
            run.bold = True
            src.append(p.text)
            for b in bullets:
                bp = d.add_paragraph(b, style="List Bullet")
                bp.paragraph_format.left_indent = Cm(1.9)
                src.append(b)

    d.add_paragraph()
    p = d.add_paragraph("Chair: ........................................    Date: ....................")
    src.append(p.text)

    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as f:
        f.write(_fixed_zip(buf.getvalue()))
    return "\n".join(src)


MED_GOLD = {
    "document": "ag-medwold-cyp-scrutiny-2025-11-20.docx",
    "doc_type": "minutes",
    "committee": MED_COMMITTEE,
    "meeting_date": "2025-11-20",
    "items": [{"number": n, "title": t} for n, t, _, _ in MED_ITEMS],
    "questions": [
        {"item": "5", "kind": "question",
         "text": "asked why the average cost of a single route had risen",
         "asked_by": "Councillor Corrigan",
         "answer": "the number of operators bidding for routes had fallen from 57 to 31",
         "given_by": "The Assistant Director",
         "themes": ["children-and-families", "finance", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "asked how many routes were currently operated by a single company",
         "asked_by": None,
         "answer": "41 of the 212 routes were run by Vale Cars Ltd under a block contract",
         "given_by": "officers",
         "themes": ["children-and-families", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "queried whether drivers and passenger assistants were trained to support children with autism",
         "asked_by": None,
         "answer": "the Council funded a mandatory one-day course",
         "given_by": None,
         "themes": ["children-and-families", "workforce"]},
        {"item": "5", "kind": "concern",
         "text": "families might feel pressured into accepting personal transport budgets",
         "asked_by": "Councillor Qureshi",
         "answer": "no eligible child would lose transport as a result of the review",
         "given_by": "The Cabinet Member",
         "themes": ["children-and-families"]},
        {"item": "5", "kind": "question",
         "text": "would be open to community transport schemes and charities",
         "asked_by": "Mr Baptiste",
         "answer": "two local community transport operators had already attended the market engagement event",
         "given_by": "The Assistant Director",
         "themes": ["children-and-families", "subcontracting"]},
        {"item": "5", "kind": "request",
         "text": "requested figures for route failures \u2013 occasions on which no vehicle arrived",
         "asked_by": "Councillor Ashdown",
         "answer": "agreed to include termly figures in future performance reports",
         "given_by": "the Assistant Director",
         "themes": ["children-and-families"]},
        {"item": "6", "kind": "question",
         "text": "asked how many care leavers were currently living in bed and breakfast",
         "asked_by": "Councillor Pemberton",
         "answer": "three young people were in emergency accommodation that night, compared with eleven in May",
         "given_by": "The Head of Service",
         "themes": ["children-and-families", "housing"]},
        {"item": "6", "kind": "question",
         "text": "asked whether the housing allocations policy gave care leavers priority",
         "asked_by": "Councillor Pemberton",
         "answer": "placed in Band A of the housing register since October 2025",
         "given_by": "the Cabinet Member",
         "themes": ["children-and-families", "housing"]},
        {"item": "6", "kind": "concern",
         "text": "raised the proportion of pathway plans completed with the young person's involvement",
         "asked_by": "Mrs Adeyemi",
         "answer": "a new plan template had been co-produced with the Children in Care Council",
         "given_by": "Officers",
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "6", "kind": "comment",
         "text": "commented that the Committee ought to hear directly from care leavers themselves",
         "asked_by": "Councillor Farrant",
         "answer": "she would invite members of the Care Leavers' Forum to a future meeting",
         "given_by": "The Chair",
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "7", "kind": "question",
         "text": "asked what level of profit the largest providers were making from placements",
         "asked_by": "Councillor Ashdown",
         "answer": "had found profit margins of around 22 per cent among the largest providers nationally",
         "given_by": "The Director",
         "themes": ["children-and-families", "privatisation"]},
        {"item": "7", "kind": "question",
         "text": "questioned whether two homes with four beds each would make a meaningful difference",
         "asked_by": "Councillor Qureshi",
         "answer": "each placement brought back in-house was expected to save around",
         "given_by": "The Director",
         "themes": ["children-and-families", "privatisation"]},
        {"item": "7", "kind": "question",
         "text": "asked when the first home would open",
         "asked_by": "Councillor Whitlock",
         "answer": "a property had been identified in Eastgate and that registration with Ofsted",
         "given_by": None,
         "themes": ["children-and-families"]},
        {"item": "8", "kind": "question",
         "text": "asked what would happen to the deficit when the statutory override ended",
         "asked_by": "Councillor Ng",
         "answer": "the deficit would have to be met from the Council's general reserves",
         "given_by": "The Finance Business Partner",
         "themes": ["finance", "children-and-families"]},
        {"item": "8", "kind": "concern",
         "text": "asked whether this amounted to a target to refuse assessments",
         "asked_by": "Councillor Corrigan",
         "answer": "The Assistant Director was clear that there was no such target",
         "given_by": "The Assistant Director",
         "themes": ["children-and-families"]},
        {"item": "8", "kind": "question",
         "text": "sought clarification on how parents would be consulted on the location",
         "asked_by": "Mrs Adeyemi",
         "answer": "a consultation would open in January 2026 with drop-in sessions at each proposed school",
         "given_by": None,
         "themes": ["children-and-families", "patient-and-public-input"]},
        {"item": "9", "kind": "request",
         "text": "requested that an item on elective home education and children missing education",
         "asked_by": "Councillor Qureshi",
         "answer": "it could be accommodated at the February 2026 meeting",
         "given_by": "the Scrutiny and Democratic Support Officer",
         "themes": ["children-and-families"]},
    ],
    "resolutions": [
        {"item": "3",
         "text": "held on 25 September 2025 be approved as a correct record",
         "outcome": "agreed", "themes": []},
        {"item": "5",
         "text": "to recommend to Cabinet that a parent and carer reference group be set up",
         "outcome": "recommended",
         "themes": ["children-and-families", "subcontracting", "patient-and-public-input"]},
        {"item": "6",
         "text": "to note the progress made against the Ofsted focused visit action plan",
         "outcome": "noted", "themes": ["children-and-families", "patient-and-public-input", "governance"]},
        {"item": "7",
         "text": "to endorse the Council's participation in the Regional Care Co-operative pathfinder",
         "outcome": "agreed", "themes": ["children-and-families", "privatisation"]},
        {"item": "8",
         "text": "to note the High Needs Block deficit management plan and the associated financial risks",
         "outcome": "noted", "themes": ["finance", "children-and-families", "governance"]},
        {"item": "9",
         "text": "to agree the work programme for 2025/26, as amended at the meeting",
         "outcome": "agreed", "themes": []},
    ],
    "attendees": [
        {"name": "Sarah Whitlock", "role": "Chair", "attendance": "present"},
        {"name": "Imran Qureshi", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Tom Ashdown", "role": None, "attendance": "present"},
        {"name": "Bethany Corrigan", "role": None, "attendance": "present"},
        {"name": "Dev Ng", "role": None, "attendance": "present"},
        {"name": "Marcus Pemberton", "role": None, "attendance": "present"},
        {"name": "Gail Farrant", "role": None, "attendance": "in_attendance"},
        {"name": "Mr Lionel Baptiste", "role": "Roman Catholic Diocese representative", "attendance": "present"},
        {"name": "Mrs Ruth Adeyemi", "role": "Parent Governor Representative", "attendance": "present"},
        {"name": "Councillor Neil Askew", "role": None, "attendance": "apologies"},
        {"name": "Revd Canon Philippa Stroud", "role": "Church of England Diocese of Medwold representative",
         "attendance": "apologies"},
        {"name": "Councillor Helen Marsh", "role": "Cabinet Member for Children, Families and Education",
         "attendance": "in_attendance"},
        {"name": "Joanne Tiernan", "role": "Director of Children's Services", "attendance": "in_attendance"},
        {"name": "Craig Oduya", "role": "Assistant Director, Education, Inclusion and SEND",
         "attendance": "in_attendance"},
        {"name": "Farah Latif", "role": "Head of Corporate Parenting and Care Leavers",
         "attendance": "in_attendance"},
        {"name": "Stuart Bell", "role": "Finance Business Partner \u2013 Children's Services",
         "attendance": "in_attendance"},
        {"name": "Anna Rook", "role": "Scrutiny and Democratic Support Officer", "attendance": "in_attendance"},
    ],
}


# ===========================================================================
# Document 3: Severnshire "Have your say" consultation page (HTML, not minutes)
# ===========================================================================
HTML_PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Home care in Severnshire: help shape the new service - Severnshire County Council - Citizen Space</title>
<meta name="description" content="Tell us what matters to you about care and support at home. Closes 1 December 2025.">
<link rel="stylesheet" href="/static/css/consult.css">
<style>
 body{font-family:Helvetica,Arial,sans-serif;color:#1d1d1b;margin:0;line-height:1.5}
 .masthead{background:#004b3c;color:#fff;padding:12px 24px}
 .masthead a{color:#fff;text-decoration:none;font-weight:bold}
 .breadcrumb{font-size:.9em;padding:8px 24px;background:#eef3f1}
 main{display:flex;gap:32px;padding:16px 24px;max-width:1100px}
 .cs-main{flex:3}.cs-side{flex:1;border-left:4px solid #004b3c;padding-left:16px}
 .dates{background:#f4f4f4;padding:10px 14px}
 .cs-button{display:inline-block;background:#00703c;color:#fff;padding:10px 18px;text-decoration:none;font-weight:bold}
 blockquote{border-left:4px solid #b1b4b6;margin:0 0 1em 0;padding:4px 14px;color:#333}
 table{border-collapse:collapse}td,th{border:1px solid #b1b4b6;padding:4px 8px;text-align:left}
 .survey-q{background:#fafafa;border:1px dashed #b1b4b6;padding:8px 12px;margin-bottom:8px}
</style>
</head>
<body>
<div class="masthead"><a href="https://consult.severnshire.gov.example/">Severnshire County Council \u2013 Consultation Hub</a></div>
<nav class="breadcrumb" aria-label="Breadcrumb">
 <a href="https://consult.severnshire.gov.example/">Consultation Hub</a> &rsaquo;
 <a href="https://consult.severnshire.gov.example/adults/">Adults, Health and Housing</a> &rsaquo;
 Home care in Severnshire: help shape the new service
</nav>
<main id="content">
<div class="cs-main">
<h1>Home care in Severnshire: help shape the new service</h1>
<div class="dates">
 <p><strong>Opened</strong> 20 Oct 2025<br>
 <strong>Closes</strong> 1 Dec 2025 at 23:59<br>
 <strong>Status</strong> Open</p>
</div>

<h2>Overview</h2>
<p>Around 3,900 people in Severnshire receive care and support at home that is arranged by the
County Council. Most of this care is provided by independent home care agencies working under a
framework agreement that comes to an end on 31 March 2026.</p>
<p>We are designing the arrangements that will replace it. We want to hear from people who
receive care at home, their families and unpaid carers, care workers and anyone else with an
interest, so that what matters to you is built into the new contracts from the start.</p>

<h2>Why we are consulting</h2>
<p>Our proposal is to divide the county into eleven areas (&ldquo;lots&rdquo;), each with a lead
provider responsible for making sure that care can be arranged quickly for everyone who needs it
in that area. We think this will reduce the time people wait for care, especially in rural parts of
the county, but we know that some people are worried about losing a care agency or a care worker
they know and trust.</p>
<p>No decisions have been made. The Cabinet will decide how the new contracts are awarded in
February 2026, and will see a full report of what people told us in this consultation.</p>

<h2>What our scrutiny committee said</h2>
<p>The proposals were discussed in public by the Adult Social Care and Health Overview and Scrutiny
Committee on 14 October 2025. You can <a href="https://democracy.severnshire.gov.example/ieListDocuments.aspx?CId=214&amp;MId=5120">read the minutes of that meeting</a>
(minute HC/25/35) or watch the webcast.</p>
<p>Councillors on the committee asked whether the proposed rate of &pound;24.10 an hour would be
enough for agencies to pay care workers the real living wage, including the time spent travelling
between visits. They also asked what would happen to small local agencies, and how the quality of
care would be checked. In summary, they were told that:</p>
<ul>
 <li>the new contracts will require agencies to pay travel time at no less than the hourly rate;</li>
 <li>the areas have been kept small enough for local agencies to bid, on their own or together;</li>
 <li>electronic call monitoring will be used in every area, and Healthwatch Severnshire will be
 invited to join quality visits.</li>
</ul>
<p>The committee agreed to recommend to the Cabinet that the rate paid in rural areas must be
enough to meet the real living wage, including travel time. It also asked for a report on how the
new arrangements are working six months after they start.</p>
<blockquote>
 <p>&ldquo;Residents told us loud and clear that the biggest problem is getting care at all in the
 west of the county. We will be watching closely to see that the new contracts put that right.&rdquo;</p>
 <p>&mdash; Councillor Richard Halloran, Chairman of the Adult Social Care and Health Overview and
 Scrutiny Committee</p>
</blockquote>

<h2>What we are asking you</h2>
<p>The online survey takes about 10 minutes. Here is a preview of some of the questions so that you
can think about your answers before you start, or discuss them with someone you care for.</p>
<div class="survey-q"><strong>Question 3.</strong> How important is it to you to have the same
care worker, or a small team of care workers, visiting you? (Very important / Quite important /
Not very important / Don&rsquo;t know)</div>
<div class="survey-q"><strong>Question 6.</strong> If your visit is going to be late, how would
you like to be told? (Phone call / Text message / Through the app / Other)</div>
<div class="survey-q"><strong>Question 9.</strong> Do you agree or disagree with our proposal to
have one lead provider in each area? Please tell us why.</div>
<div class="survey-q"><strong>Question 12.</strong> Is there anything else you would like the
Council to consider before it decides how to award the new contracts?</div>

<h2>Come and talk to us</h2>
<p>Drop-in sessions are open to everyone. You do not need to book.</p>
<table>
 <caption>Drop-in sessions, November 2025</caption>
 <thead><tr><th scope="col">Date</th><th scope="col">Time</th><th scope="col">Venue</th></tr></thead>
 <tbody>
 <tr><td>Tuesday 4 November</td><td>10am to 1pm</td><td>Lowmoor Library, Church Street</td></tr>
 <tr><td>Friday 7 November</td><td>1pm to 4pm</td><td>Wenlow Town Hall (Assembly Room)</td></tr>
 <tr><td>Wednesday 12 November</td><td>10am to 1pm</td><td>Clee Valley Community Centre, Ditton Priors Road</td></tr>
 <tr><td>Monday 17 November</td><td>6pm to 8pm</td><td>Online (Microsoft Teams) &ndash; carers&rsquo; evening</td></tr>
 </tbody>
</table>

<h2>Questions people have asked us</h2>
<p><strong>Will I have to change my care agency?</strong><br>
Not straight away. If your agency is not part of the new arrangements, we will talk to you before
anything changes and you can choose to take a direct payment and keep the agency you have.</p>
<p><strong>Will I have to pay more for my care?</strong><br>
This consultation is not about charges. What you pay is worked out by a financial assessment, and
this is not changing as part of these proposals.</p>

<h2>What happens next</h2>
<p>When the consultation closes we will publish a summary of the responses on this page. The
summary and a full equality impact assessment will go to the Cabinet with the recommendation on how
to award the contracts.</p>
<p>Easy read, large print and paper copies are available. Call 0300 555 0147 or email
<a href="mailto:homecareconsultation@severnshire.gov.example">homecareconsultation@severnshire.gov.example</a>.</p>
<p><a class="cs-button" href="https://consult.severnshire.gov.example/adults/home-care-2025/consultation/intro/">Online survey</a></p>
</div>

<aside class="cs-side">
 <h2>Areas</h2>
 <p>All areas</p>
 <h2>Audiences</h2>
 <ul><li>Carers</li><li>Older people</li><li>People with disabilities</li><li>Care providers</li><li>Care workers</li></ul>
 <h2>Interests</h2>
 <ul><li>Adult social care</li><li>Health</li><li>Commissioning</li></ul>
 <h2>Related</h2>
 <ul>
  <li><a href="https://consult.severnshire.gov.example/adults/home-care-2025/supporting_documents/Home%20care%20proposals%20easy%20read.pdf">Home care proposals \u2013 easy read (PDF, 1.2 MB)</a></li>
  <li><a href="https://consult.severnshire.gov.example/adults/home-care-2025/supporting_documents/Market%20sustainability%20review%202025.pdf">Market sustainability review 2025 (PDF, 640 KB)</a></li>
 </ul>
 <h2>Share</h2>
 <p><a href="https://consult.severnshire.gov.example/adults/home-care-2025/">Copy link</a></p>
</aside>
</main>
<footer style="padding:16px 24px;background:#eef3f1;font-size:.85em">
 <p>Severnshire County Council, Shire Hall, Severnbridge SV1 1SH &middot; <a href="https://www.severnshire.gov.example/privacy">Privacy</a> &middot; <a href="https://www.severnshire.gov.example/accessibility">Accessibility statement</a></p>
 <p>Page last updated: 21 October 2025</p>
</footer>
</body>
</html>
"""

HTML_GOLD = {"document": "ag-severnshire-home-care-have-your-say.html", "doc_type": "other"}


def build_html(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HTML_PAGE)
    return re.sub(r"<[^>]+>", " ", HTML_PAGE)


# ===========================================================================
def write_gold(g):
    with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w",
              encoding="utf-8") as f:
        json.dump(g, f, indent=2, ensure_ascii=False)
        f.write("\n")


def check(gold, text, extracted=None):
    errors = []
    ns, nd = norm_space(text), norm_del(text)
    phrases = []
    for q in gold.get("questions", []):
        phrases.append(("question", q["text"]))
        if q["answer"]:
            phrases.append(("answer", q["answer"]))
    for r in gold.get("resolutions", []):
        phrases.append(("resolution", r["text"]))
    for kind, ph in phrases:
        nwords = len(ph.split())
        if not 6 <= nwords <= 15:
            errors.append(f"{gold['document']}: {kind} phrase has {nwords} words: {ph!r}")
        for name, norm, hay in (("space", norm_space, ns), ("delete", norm_del, nd)):
            c = hay.count(norm(ph))
            if c != 1:
                errors.append(f"{gold['document']}: {kind} phrase found {c}x ({name}): {ph!r}")
        if extracted is not None and norm_squash(ph) not in extracted:
            errors.append(f"{gold['document']}: {kind} phrase not in extracted PDF text: {ph!r}")
    for it in gold.get("items", []):
        if norm_space(it["title"]) not in ns:
            errors.append(f"{gold['document']}: item title not found: {it['title']!r}")
    for a in gold.get("attendees", []):
        if norm_space(a["name"]) not in ns:
            errors.append(f"{gold['document']}: attendee not found: {a['name']!r}")
    themes_ok = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
                 "finance", "governance", "integration", "workforce", "primary-care",
                 "mental-health", "children-and-families", "adult-social-care", "housing"}
    for row in gold.get("questions", []) + gold.get("resolutions", []):
        for t in row["themes"]:
            if t not in themes_ok:
                errors.append(f"{gold['document']}: unknown theme {t}")
    return errors


def pdf_extracted_squashed(path):
    import pdfplumber
    with pdfplumber.open(path) as p:
        txt = "\n".join(pg.extract_text() or "" for pg in p.pages)
    # join words hyphenated across line ends
    txt = re.sub(r"(\w)-\n(\w)", r"\1\2", txt)
    return norm_squash(txt)


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    pdf_path = os.path.join(DOCS, SEV_GOLD["document"])
    docx_path = os.path.join(DOCS, MED_GOLD["document"])
    html_path = os.path.join(DOCS, HTML_GOLD["document"])
    t1 = build_severnshire_pdf(pdf_path)
    t2 = build_medwold_docx(docx_path)
    t3 = build_html(html_path)
    for g in (SEV_GOLD, MED_GOLD, HTML_GOLD):
        write_gold(g)
    print("built", pdf_path, docx_path, html_path, sep="\n  ")
    if "--check" in sys.argv:
        errors = []
        errors += check(SEV_GOLD, t1, pdf_extracted_squashed(pdf_path))
        import docx
        d = docx.Document(docx_path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        dtext = "\n".join(parts)
        errors += check(MED_GOLD, dtext)
        errors += check(HTML_GOLD, t3)
        for g in (SEV_GOLD, MED_GOLD):
            print(f"{g['document']}: items={len(g['items'])} questions={len(g['questions'])} "
                  f"resolutions={len(g['resolutions'])} attendees={len(g['attendees'])}")
        if errors:
            print("CHECK FAILED")
            for e in errors:
                print("  " + e)
            sys.exit(1)
        print("CHECK PASSED")


if __name__ == "__main__":
    main()
