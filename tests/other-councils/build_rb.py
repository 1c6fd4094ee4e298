#!/usr/bin/env python3
"""Build the "rb-" documents (round 235) and their gold annotations.

Usage:  build_rb.py           write documents/rb-* and gold/rb-*.json beside this script
        build_rb.py --check   verify every gold phrase occurs exactly once in its document

Averholme City Council, its people, places, providers and figures are invented.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "rb-averholme-adults-communities-scrutiny-commission-2025-10-14.docx"
REPORT_NAME = "rb-averholme-day-opportunities-task-and-finish-group-final-report-2025-08-21.docx"

FIXED_MINUTES = dt.datetime(2025, 10, 21, 11, 42, 0)
FIXED_REPORT = dt.datetime(2025, 8, 21, 9, 15, 0)
ZIP_MINUTES = (2025, 10, 21, 11, 42, 0)
ZIP_REPORT = (2025, 8, 21, 9, 15, 0)

COMMITTEE = "Adults and Communities Scrutiny Commission"

# ---------------------------------------------------------------------------
# The minutes (Word)
# ---------------------------------------------------------------------------
# Blocks:
#   ("title", text)             centred bold line
#   ("centre", text)            centred plain line
#   ("label", text)             bold label on a line of its own
#   ("att", text)               attendance line
#   ("att2", left, right)       two attendance names on one line, split by a tab
#   ("item", number, title)     item heading
#   ("para", n, text)           numbered paragraph "7.1<tab>text"
#   ("qhead", text)             bold sub-heading inside an item
#   ("quote", text)             indented italic paragraph (a written question or reply)
#   ("action", who)             "ACTION: who" under a paragraph
#   ("decision", label)         "AGREED:" / "RESOLVED:"
#   ("clause", n, text)         numbered clause of a decision
#   ("rule",)                   a centred row of asterisks
#   ("sign",)                   the Chair's signature block

MINUTES = [
    ("title", "AVERHOLME CITY COUNCIL"),
    ("centre", "Minutes of the Meeting of the"),
    ("title", "ADULTS AND COMMUNITIES SCRUTINY COMMISSION"),
    ("centre", "Held on Tuesday, 14 October 2025 at 5.30 pm in Committee Room 2, "
               "The Guildhall, Corn Street, Averholme"),
    ("label", "PRESENT:"),
    ("att", "Councillor Harriet Penwarden (Chair)"),
    ("att", "Councillor Idris Malachy (Vice-Chair)"),
    ("att2", "Councillor Aurelia Brightwater", "Councillor Conor Fitzalwyn"),
    ("att2", "Councillor Nirmala Goswami", "Councillor Kofi Osei-Lund"),
    ("att2", "Councillor Beatrix Pellow", ""),
    ("label", "In Attendance:"),
    ("att", "Councillor Rukhsana Tevelyan \u2013 Cabinet Member for Adults and Wellbeing"),
    ("label", "Officers:"),
    ("att", "Martina Colquhoun-Reeve \u2013 Strategic Director, Adults and Communities"),
    ("att", "Ruth Ellerby \u2013 Director of Adult Social Care and Commissioning"),
    ("att", "Dr Samir Vellacott \u2013 Director of Public Health"),
    ("att", "Gideon Tamblyn \u2013 Head of Commissioning (Adults)"),
    ("att", "Priya Vanstone \u2013 Scrutiny Policy Officer"),
    ("att", "Elspeth Marrable \u2013 Democratic Support Officer"),
    ("label", "Also Present:"),
    ("att", "Colm Haverty \u2013 Director of Urgent and Emergency Care, Averholme and Tarnley "
            "Integrated Care Board"),
    ("att", "Dr Fenella Rooksby \u2013 Deputy Chief Medical Officer, Averholme Teaching "
            "Hospitals NHS Trust"),
    ("att", "Yasmin Prowse \u2013 Chief Executive, Healthwatch Averholme"),
    ("rule",),

    # ------------------------------------------------------------------ 1
    ("item", "1", "APOLOGIES FOR ABSENCE"),
    ("para", "1.1", "Apologies for absence were received from Councillor Desmond Kirtley and "
                    "Councillor Ottilie Marchetti."),

    # ------------------------------------------------------------------ 2
    ("item", "2", "DECLARATIONS OF INTEREST"),
    ("para", "2.1", "Members were asked to declare any interests they might have in the "
                    "business to be discussed."),
    ("para", "2.2", "Councillor Goswami declared an other registrable interest in item 7 (Day "
                    "Opportunities for Adults) as a trustee of Averholme Carers\u2019 Network, "
                    "which receives grant funding from the Council. She remained in the room "
                    "and took part in the discussion."),
    ("para", "2.3", "Councillor Fitzalwyn declared, in the interests of openness, that a close "
                    "relative attends Sallowgate Day Centre. It was noted that this was not a "
                    "disclosable pecuniary interest and he took part in the discussion."),

    # ------------------------------------------------------------------ 3
    ("item", "3", "MINUTES OF THE PREVIOUS MEETING"),
    ("decision", "AGREED:"),
    ("clause", "", "That the minutes of the meeting of the Adults and Communities Scrutiny "
                   "Commission held on 2 September 2025 be confirmed as a correct record."),

    # ------------------------------------------------------------------ 4
    ("item", "4", "CHAIR\u2019S ANNOUNCEMENTS"),
    ("para", "4.1", "The Chair informed the Commission that, following the last meeting, she "
                    "had written to the Cabinet Member for Adults and Wellbeing about the delay "
                    "in publishing the refreshed Carers\u2019 Strategy. A reply was awaited and "
                    "would be circulated to Members when received."),
    ("para", "4.2", "The Chair welcomed Yasmin Prowse to her first meeting of the Commission "
                    "since taking up post as Chief Executive of Healthwatch Averholme in "
                    "August."),

    # ------------------------------------------------------------------ 5
    ("item", "5", "PUBLIC QUESTIONS"),
    ("para", "5.1", "The Chair reported that two questions had been received from members of "
                    "the public in accordance with the Council\u2019s Scrutiny Procedure Rules. "
                    "The questions, and the written replies which were published on the "
                    "Council\u2019s website on the afternoon before the meeting, are set out in "
                    "full below."),
    ("qhead", "Question 1 \u2013 Mr Tobias Renshaw"),
    ("quote", "\u201cSallowgate Day Centre has been open for 34 years and is used by 58 adults "
              "with learning disabilities, including my son. Why is the Council proposing to "
              "hand the running of its day centres to an outside organisation when the "
              "consultation closed only three weeks ago and families have not yet been told "
              "what people said?\u201d"),
    ("qhead", "Reply from Councillor Tevelyan, Cabinet Member for Adults and Wellbeing"),
    ("quote", "\u201cI want to be clear that no decision has been taken about how day "
              "opportunities will be provided in future. The consultation ran from 7 July to 22 "
              "September 2025 and received 412 responses, which are being analysed "
              "independently by the University of Averholme. A summary will be published with "
              "the report to the Executive in December, and the Commission is considering the "
              "proposals at item 7 this evening. I can assure Mr Renshaw that the views of the "
              "people who use Sallowgate and their families will be taken fully into account "
              "before anything is decided.\u201d"),
    ("para", "5.2", "As a supplementary question, Mr Renshaw asked whether families would see the "
                    "independent analysis before the Executive met, rather than on the day the "
                    "report was published."),
    ("para", "5.3", "The Cabinet Member replied that the analysis would be made public at least "
                    "four weeks before the Executive meeting, and that a drop-in session for "
                    "families would be held at Sallowgate in November."),
    ("qhead", "Question 2 \u2013 Ms Delphine Arkwright"),
    ("quote", "\u201cHow many people waited more than 12 hours in the Emergency Department at "
              "Averholme General Hospital in the last year, and what is this Commission doing to "
              "hold the NHS to account for these unacceptable delays?\u201d"),
    ("qhead", "Reply from the Chair"),
    ("quote", "\u201cThe Commission asked Averholme Teaching Hospitals NHS Trust for this "
              "information in advance of item 8 on tonight\u2019s agenda. The Trust has advised "
              "that between September 2024 and August 2025, 9,874 patients spent more than 12 "
              "hours in the Emergency Department from the time of their arrival, around 11 per "
              "cent of all attendances. The Commission reviews urgent and emergency care "
              "regularly, and the senior leaders responsible for the winter plan will be "
              "answering Members\u2019 questions in public at this meeting.\u201d"),
    ("para", "5.4", "Ms Arkwright put a supplementary question to the Chair, asking if the "
                    "Commission would publish the questions it had put to the Trust together "
                    "with the Trust\u2019s answers."),
    ("para", "5.5", "The Chair responded that the minutes of the meeting would record the "
                    "discussion, and that any written answers received afterwards would be "
                    "placed on the Commission\u2019s web page."),

    # ------------------------------------------------------------------ 6
    ("item", "6", "DEPUTATION: SALLOWGATE DAY CENTRE"),
    ("para", "6.1", "The Commission received a deputation from Mrs Winifred Calloway on behalf "
                    "of the Sallowgate Families Group. The Group had earlier submitted a paper "
                    "petition with 1,236 signatures calling on the Council to keep its four day "
                    "centres under its own management."),
    ("para", "6.2", "Mrs Calloway addressed the Commission for five minutes and set out the "
                    "Group\u2019s case, a copy of which had been circulated to Members in "
                    "advance."),
    ("para", "6.3", "Councillor Osei-Lund asked how many of the families in the Group had taken "
                    "part in the Council\u2019s consultation. Mrs Calloway replied that nearly "
                    "all of them had, although several families had struggled with the online "
                    "form and were only sent paper copies after asking twice."),
    ("para", "6.4", "The Vice-Chair wished to know what families valued most about the centre "
                    "as it was run at present. In response, Mrs Calloway said that continuity "
                    "was everything: some of the people who attended had been supported by the "
                    "same staff for more than twenty years, and any change of staff caused real "
                    "distress."),
    ("para", "6.5", "The Chair thanked Mrs Calloway for her contribution. The Commission noted "
                    "the deputation and asked that the petition be reported to the Executive "
                    "alongside the findings of the consultation."),

    # ------------------------------------------------------------------ 7
    ("item", "7", "DAY OPPORTUNITIES FOR ADULTS: FUTURE DELIVERY MODEL"),
    ("para", "7.1", "The Director of Adult Social Care and Commissioning submitted a report "
                    "setting out options for the future delivery of building-based day "
                    "opportunities for adults with learning disabilities, autistic adults and "
                    "older people with dementia. The Council currently runs four day centres "
                    "directly (Sallowgate, Canal Street, Hesketh Road and Rowan Court), used by "
                    "231 people at a net cost of \u00a34.3m a year. The preferred option in the "
                    "report was to commission the four centres from a single external "
                    "provider through a competitive tender for a contract of five years, with "
                    "the possibility of extension for a further two years."),
    ("para", "7.2", "The Cabinet Member for Adults and Wellbeing introduced the item. She "
                    "reiterated that no decision had been taken and that the Executive would "
                    "consider a final report in December 2025, taking into account the "
                    "consultation, the deputation and the Commission\u2019s comments."),
    ("para", "7.3", "It was asked whether the Council had looked at keeping the centres in-house "
                    "but changing the way they were run, and why that option had not been "
                    "preferred."),
    ("para", "7.4", "The Director responded that a redesigned in-house model had been appraised "
                    "as option 2 and costed at \u00a34.1m, but that it would not deliver the "
                    "\u00a3620,000 saving assumed in the Medium Term Financial Strategy. She "
                    "stressed that the options appraisal would be revisited once the "
                    "consultation analysis was complete."),
    ("para", "7.5", "Councillor Goswami expressed concern that external providers running similar "
                    "services in neighbouring authorities had cut opening hours and replaced "
                    "experienced staff with lower-paid support workers."),
    ("para", "7.6", "Councillor Brightwater queried whether staff at the four centres would "
                    "move to a new provider on their existing terms and conditions, including "
                    "their local government pensions."),
    ("para", "7.7", "Responding to the points at 7.5 and 7.6, the Head of Commissioning (Adults) "
                    "explained that staff would transfer under TUPE with their current terms "
                    "protected, and that the provider would be required to offer access to the "
                    "Local Government Pension Scheme through admitted body status. The "
                    "specification would also fix minimum staffing ratios at each centre, "
                    "which could not be reduced without the Council\u2019s written agreement, "
                    "and the contract would be monitored through quarterly reviews and "
                    "unannounced visits."),
    ("para", "7.8", "A Member sought clarification on what would happen to the transport that "
                    "currently brings people to and from the centres."),
    ("para", "7.9", "It was confirmed that transport would stay with the Council\u2019s "
                    "passenger transport service and did not form part of the proposed "
                    "contract."),
    ("para", "7.10", "Councillor Fitzalwyn commented that the consultation document had been "
                     "hard for many families to follow, and that an easy read version had only "
                     "been made available halfway through the consultation period."),
    ("para", "7.11", "The Strategic Director, Adults and Communities, accepted that the easy "
                     "read version ought to have been published on the first day and apologised "
                     "to the families affected. The consultation had been extended by two weeks "
                     "to compensate."),
    ("para", "7.12", "Members requested that the full consultation analysis, including a "
                     "separate summary of what people who use the centres had said, be "
                     "shared with the Commission before the report is published for the "
                     "Executive."),
    ("action", "Director of Adult Social Care and Commissioning"),
    ("para", "7.13", "The Vice-Chair wanted to know how much of the \u00a3620,000 saving would "
                     "come from reduced staffing costs rather than from buildings and "
                     "overheads."),
    ("para", "7.14", "The Director advised that the saving had not yet been broken down in that "
                     "way, and undertook to provide the figures to the Commission."),
    ("action", "Director of Adult Social Care and Commissioning"),
    ("para", "7.15", "Councillor Pellow questioned whether a contract lasting five years, with "
                     "a possible extension, would leave the Council locked in if the provider "
                     "performed poorly."),
    ("para", "7.16", "At the invitation of the Chair, Mrs Calloway suggested that families be "
                     "given the opportunity to meet any shortlisted organisations before a "
                     "contract was awarded. The Cabinet Member said that she would be happy to "
                     "arrange such meetings should the proposals go ahead."),
    ("para", "7.17", "The Chair summed up the discussion, noting the strength of feeling among "
                     "families and the Commission\u2019s wish to see all options kept open until "
                     "the consultation findings were known."),
    ("decision", "AGREED:"),
    ("clause", "1)", "That the Executive be recommended to retain the option of a redesigned "
                     "in-house service in the options appraisal presented to it in December "
                     "2025;"),
    ("clause", "2)", "That the Executive be recommended to publish the independent analysis of "
                     "the consultation at least four weeks before taking a decision; and"),
    ("clause", "3)", "That the Commission\u2019s comments on staffing ratios, pensions and the "
                     "length of the contract be forwarded to the Executive with the final "
                     "report."),

    # ------------------------------------------------------------------ 8
    ("item", "8", "URGENT AND EMERGENCY CARE: WINTER PLAN 2025/26"),
    ("para", "8.1", "The Director of Urgent and Emergency Care, Averholme and Tarnley Integrated "
                    "Care Board (ICB), presented the health and care system\u2019s winter plan "
                    "for 2025/26. The plan included 40 additional general and acute beds at "
                    "Averholme General Hospital from November, an expanded virtual ward with "
                    "capacity for 120 patients, a new same day emergency care unit and "
                    "additional urgent community response capacity at weekends."),
    ("para", "8.2", "The Deputy Chief Medical Officer, Averholme Teaching Hospitals NHS Trust, "
                    "reported that 71.8 per cent of patients had been seen within four hours in "
                    "September 2025, against a national target of 78 per cent by March 2026, "
                    "and that average ambulance handover times had fallen to 31 minutes."),
    ("para", "8.3", "A Member asked whether the 40 additional beds would be staffed by "
                    "permanent staff or by bank and agency staff. Dr Rooksby responded that 28 "
                    "of the beds would be staffed by permanent nurses, many of them recruited "
                    "from the Trust\u2019s most recent international cohort, and the remainder "
                    "from the Trust\u2019s own bank; agency staff would be used only as a last "
                    "resort."),
    ("para", "8.4", "Councillor Osei-Lund raised concerns about the number of people who were "
                    "medically fit to leave hospital but remained on wards because support at "
                    "home could not be arranged."),
    ("para", "8.5", "The Director of Adult Social Care and Commissioning advised that on an "
                    "average day in September 62 patients at the hospital had no criteria to "
                    "reside, of whom 14 were waiting for care arranged by the Council. To "
                    "improve flow over the winter, 30 short-term care home beds had been "
                    "block-booked using the Better Care Fund, and a joint discharge team was "
                    "now working seven days a week."),
    ("para", "8.6", "The Vice-Chair drew attention to the low uptake of flu vaccination among "
                    "hospital staff last winter and asked what the Trust was doing differently "
                    "this year."),
    ("para", "8.7", "Dr Rooksby acknowledged that uptake among frontline staff had been only 38 "
                    "per cent in 2024/25. Peer vaccinators were now visiting wards during night "
                    "shifts and at weekends, and the Trust was aiming for at least 60 per "
                    "cent."),
    ("para", "8.8", "Members sought assurance about the use of corridors to care for patients "
                    "at times of peak pressure. The Deputy Chief Medical Officer said that "
                    "temporary escalation spaces had been used on 19 days in the previous "
                    "month; every use was reported to the Chief Nurse, and a patient was never "
                    "to be cared for in a corridor for longer than four hours."),
    ("para", "8.9", "Councillor Goswami asked what was being done to help people get a GP "
                    "appointment so that they did not turn to the Emergency Department "
                    "instead."),
    ("para", "8.10", "The ICB\u2019s Director of Urgent and Emergency Care explained that the "
                     "city\u2019s three primary care networks would run extended access hubs on "
                     "Saturdays and Sundays throughout the winter, and that pharmacies taking "
                     "part in Pharmacy First could now treat seven common conditions without a "
                     "GP appointment."),
    ("para", "8.11", "Councillor Pellow sought clarification as to whether care home residents "
                     "could be admitted to the virtual ward. In reply, the ICB\u2019s Director of "
                     "Urgent and Emergency Care stated that care homes in the city could refer "
                     "residents directly, and that 37 of the 52 care homes in Averholme had done "
                     "so since April."),
    ("para", "8.12", "Councillor Brightwater commented that residents in the east of the city "
                     "still faced very long waits for an ambulance, whatever the improvement in "
                     "handover times at the hospital."),
    ("para", "8.13", "Members requested that the Trust provide monthly figures on 12-hour waits "
                     "in the Emergency Department, broken down by age group, for the rest of "
                     "the winter."),
    ("action", "Deputy Chief Medical Officer, Averholme Teaching Hospitals NHS Trust"),
    ("decision", "RESOLVED:"),
    ("clause", "1)", "That the winter plan for 2025/26 be noted; and"),
    ("clause", "2)", "That an update on urgent and emergency care performance over the winter "
                     "be brought to the Commission\u2019s meeting in March 2026."),

    # ------------------------------------------------------------------ 9
    ("item", "9", "HEALTHWATCH AVERHOLME ANNUAL REPORT 2024/25"),
    ("para", "9.1", "Yasmin Prowse, Chief Executive of Healthwatch Averholme, presented the "
                    "organisation\u2019s annual report for 2024/25. Over the year Healthwatch had "
                    "heard from 3,412 residents about health and care services, carried out "
                    "eleven Enter and View visits to care homes and hospital wards, and "
                    "published reports on access to NHS dentistry and on the experience of "
                    "unpaid carers."),
    ("para", "9.2", "Councillor Fitzalwyn enquired how Healthwatch decided which services to "
                    "visit using its Enter and View powers."),
    ("para", "9.3", "Ms Prowse explained that visits were chosen by the Healthwatch board on the "
                    "basis of what residents were telling them, together with information "
                    "shared by the Care Quality Commission and the Council\u2019s quality "
                    "assurance team."),
    ("para", "9.4", "Noting the reduction in the Council\u2019s contract value for Healthwatch "
                    "in recent years, the Chair questioned whether the organisation still had "
                    "the capacity to carry out its statutory functions. Ms Prowse confirmed "
                    "that the contract value had been held at \u00a3198,000 for three years, "
                    "which amounted to a reduction in real terms, and that the organisation "
                    "relied increasingly on its 46 volunteers."),
    ("para", "9.5", "Councillor Osei-Lund wondered what difference the Healthwatch report on NHS "
                    "dentistry had made. Ms Prowse said that the ICB had accepted four of its six "
                    "recommendations, including publishing a weekly list of practices accepting "
                    "new NHS patients, but that access to a dentist remained the issue residents "
                    "raised with Healthwatch most often."),
    ("para", "9.6", "A Member observed that very few of the residents who had shared their "
                    "experiences with Healthwatch during the year were under 25 years of age."),
    ("decision", "AGREED:"),
    ("clause", "", "That the Healthwatch Averholme Annual Report 2024/25 be noted."),

    # ------------------------------------------------------------------ 10
    ("item", "10", "SCRUTINY COMMISSION WORK PROGRAMME"),
    ("para", "10.1", "The Scrutiny Policy Officer presented the Commission\u2019s work programme "
                     "for the remainder of 2025/26."),
    ("para", "10.2", "Councillor Pellow asked that the refreshed Carers\u2019 Strategy be "
                     "scheduled for the January meeting. The Chair agreed that it would be "
                     "added once the Cabinet Member\u2019s reply to her letter had been "
                     "received."),
    ("para", "10.3", "Councillor Goswami proposed that the Commission examine the integrated "
                     "sexual health service ahead of its recommissioning in 2026. The Director "
                     "of Public Health indicated that a report could be brought to the February "
                     "2026 meeting."),
    ("para", "10.4", "The work programme was approved, subject to the additions set out at 10.2 "
                     "and 10.3 above."),

    # ------------------------------------------------------------------ 11
    ("item", "11", "CLOSE OF MEETING"),
    ("para", "11.1", "The meeting closed at 7.52 pm."),
    ("sign",),
]


def _add_field(run, instr: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instr} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, text, sep, shown, end):
        run._r.append(el)


def _fixed_zip(data: bytes, when) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _page_x_of_y(paragraph, size) -> None:
    r = paragraph.add_run("Page ")
    r.font.size = size
    r = paragraph.add_run()
    r.font.size = size
    _add_field(r, "PAGE")
    r = paragraph.add_run(" of ")
    r.font.size = size
    r = paragraph.add_run()
    r.font.size = size
    _add_field(r, "NUMPAGES")


def build_minutes(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11.5)
    normal.paragraph_format.space_after = Pt(6)

    # running header (right) and footer (left: status; right: page x of y)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Adults and Communities Scrutiny Commission \u2013 14 October 2025")
    r.font.size = Pt(9)
    r.italic = True
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0))
    r = fp.add_run("Minutes \u2013 subject to confirmation\t")
    r.font.size = Pt(8)
    _page_x_of_y(fp, Pt(8))

    def para(text="", bold=False, italic=False, left=0.0, hang=0.0, before=0, after=None,
             align=None):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        if left:
            pf.left_indent = Cm(left)
        if hang:
            pf.first_line_indent = Cm(-hang)
            pf.tab_stops.add_tab_stop(Cm(left))
        if before:
            pf.space_before = Pt(before)
        if after is not None:
            pf.space_after = Pt(after)
        if align is not None:
            p.alignment = align
        if text:
            run = p.add_run(text)
            run.bold = bold
            run.italic = italic
        return p

    for block in MINUTES:
        kind = block[0]
        if kind == "title":
            p = para(block[1], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
            p.runs[0].font.size = Pt(13)
        elif kind == "centre":
            para(block[1], align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
        elif kind == "label":
            p = para(block[1], bold=True, before=10, after=2)
            p.runs[0].underline = True
        elif kind == "att":
            para(block[1], after=0)
        elif kind == "att2":
            p = para(after=0)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(8.0))
            p.add_run(block[1] + ("\t" + block[2] if block[2] else ""))
        elif kind == "rule":
            para("*\u2003\u2003*\u2003\u2003*", align=WD_ALIGN_PARAGRAPH.CENTER, before=10,
                 after=6)
        elif kind == "item":
            _, number, title = block
            p = para(left=1.25, hang=1.25, before=14, after=6)
            p.paragraph_format.keep_with_next = True
            run = p.add_run(f"{number}.\t{title}")
            run.bold = True
        elif kind == "para":
            _, n, text = block
            p = para(left=1.25, hang=1.25)
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(f"{n}\t{text}")
        elif kind == "qhead":
            p = para(block[1], bold=True, left=1.25, before=6, after=2)
            p.paragraph_format.keep_with_next = True
        elif kind == "quote":
            p = para(block[1], italic=True, left=2.0)
            p.paragraph_format.right_indent = Cm(0.75)
        elif kind == "action":
            p = para(left=1.25, after=8)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run("ACTION: ").bold = True
            p.add_run(block[1]).bold = True
        elif kind == "decision":
            p = para(block[1], bold=True, left=1.25, before=6, after=4)
            p.paragraph_format.keep_with_next = True
        elif kind == "clause":
            _, n, text = block
            if n:
                p = para(left=2.5, hang=1.25)
                p.add_run(f"{n}\t{text}").bold = True
            else:
                p = para(left=1.25)
                p.add_run(text).bold = True
        elif kind == "sign":
            para(before=30)
            para("Chair\u2003\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"
                 "\u2026\u2026\u2026\u2026\u2026")
            para("Date\u2003\u2003\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"
                 "\u2026\u2026\u2026\u2026\u2026\u2026")
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "Elspeth Marrable"
    cp.last_modified_by = "Elspeth Marrable"
    cp.title = "Adults and Communities Scrutiny Commission - 14 October 2025 - Minutes"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.revision = 3
    cp.created = FIXED_MINUTES
    cp.modified = FIXED_MINUTES
    cp.last_printed = FIXED_MINUTES

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue(), ZIP_MINUTES))


# ---------------------------------------------------------------------------
# The task and finish group's final report (Word, not minutes)
# ---------------------------------------------------------------------------
# Blocks:
#   ("h1", text) / ("h2", text)   Word heading styles
#   ("p", text)                   body paragraph
#   ("n", n, text)                numbered paragraph "3.2<tab>text"
#   ("b", text)                   bulleted line
#   ("table", rows)               a grid table, first row as header
#   ("break",)                    page break

REPORT_COVER = [
    "Averholme City Council",
    "Adults and Communities Scrutiny Commission",
    "Day Opportunities for Adults",
    "Task and Finish Group \u2013 Final Report",
    "August 2025",
]

REPORT = [
    ("h1", "Chair\u2019s Foreword"),
    ("p", "Day opportunities matter enormously to the people who use them and to the families "
          "and unpaid carers who rely on them for a break. When the Commission set up this "
          "group in January, we knew that the Council was about to review how its four day "
          "centres are run. We wanted to make sure that, whatever the outcome, the experience "
          "of the people who use the centres was at the heart of the review."),
    ("p", "Over five months we met staff, families and the people who attend the centres, "
          "visited services in Averholme and in two neighbouring authorities, and heard from "
          "officers and providers. I would like to thank everyone who gave their time, and in "
          "particular the members of the Sallowgate Families Group, whose frankness shaped "
          "much of this report."),
    ("p", "Councillor Idris Malachy, Chair of the Task and Finish Group"),
    ("h1", "1. Introduction"),
    ("n", "1.1", "The Adults and Communities Scrutiny Commission established the Day "
                 "Opportunities Task and Finish Group at its meeting on 14 January 2025. The "
                 "group met seven times between February and June 2025."),
    ("n", "1.2", "Averholme City Council runs four building-based day centres for adults: "
                 "Sallowgate, Canal Street, Hesketh Road and Rowan Court. Together they support "
                 "231 people, most of whom have a learning disability, are autistic or are "
                 "living with dementia. A further 410 people use day services bought from "
                 "voluntary and independent organisations, mostly through direct payments or "
                 "individual placements."),
    ("n", "1.3", "The net cost of the four centres in 2024/25 was \u00a34.3m. The Medium Term "
                 "Financial Strategy assumes a saving of \u00a3620,000 from day opportunities "
                 "by 2027/28."),
    ("h1", "2. Scope"),
    ("n", "2.1", "The Commission set the group\u2019s terms of reference in January 2025. The group "
                 "set out to:"),
    ("b", "understand what people who use the centres, and their families, value about them;"),
    ("b", "compare the quality and cost of the Council\u2019s centres with those of other "
          "providers;"),
    ("b", "learn from authorities that have changed how their day services are delivered; and"),
    ("b", "set out the factors the Executive will need to weigh before reaching a view on the "
          "future delivery model."),
    ("n", "2.2", "Transport to and from the centres, and community-based activities that do not "
                 "use a building, were outside the scope of the review."),
    ("h1", "3. How the group gathered evidence"),
    ("n", "3.1", "The group held four evidence sessions with officers from Adult Social Care, "
                 "Commissioning and Finance, and with representatives of two independent day "
                 "service providers. It visited all four of the Council\u2019s centres, two "
                 "centres run by a charity in the neighbouring borough of Kelvedge and a "
                 "community hub run by a social enterprise in Tarnley."),
    ("n", "3.2", "Members spoke with 37 people who use the centres, with the help of staff and "
                 "advocates, and met 22 family carers at two evening sessions. Healthwatch "
                 "Averholme shared the findings of its 2024 survey of unpaid carers."),
    ("h1", "4. Findings"),
    ("h2", "What people value"),
    ("n", "4.1", "The clearest message from people who use the centres and their families was "
                 "the importance of continuity. Several people had known the same members of "
                 "staff for more than twenty years. Families described how a change of key "
                 "worker could lead to weeks of distress and, in some cases, to a crisis at "
                 "home."),
    ("n", "4.2", "Families also valued the centres\u2019 reliability. For many unpaid carers the "
                 "centre is what makes it possible to stay in work or to look after their own "
                 "health. Of the 22 carers the group met, 15 said that they would struggle to "
                 "continue caring without the centre."),
    ("h2", "Quality and cost"),
    ("n", "4.3", "All four centres were rated good by the Care Quality Commission at their most "
                 "recent inspections. The group was impressed by the skill and commitment of "
                 "staff, and by the range of activities on offer at Canal Street and Rowan "
                 "Court in particular."),
    ("n", "4.4", "The average cost of a day at a Council centre was \u00a3118, compared with "
                 "between \u00a372 and \u00a396 for comparable places bought from other "
                 "providers. Officers explained that much of the difference reflected higher "
                 "staffing ratios, the age of the buildings and the Council\u2019s pension "
                 "costs. The people attending Council centres generally "
                 "had higher levels of need than those placed elsewhere, so the figures are "
                 "not directly comparable."),
    ("n", "4.5", "Hesketh Road is operating at 61 per cent of its capacity and needs roof and "
                 "heating repairs estimated at \u00a3380,000. The other three centres are "
                 "operating at over 85 per cent of capacity."),
    ("h2", "Learning from elsewhere"),
    ("n", "4.6", "In Kelvedge, transferring the borough\u2019s centres to a charity had reduced "
                 "costs by around 12 per cent. Staff transferred on their existing terms, but "
                 "turnover in the first two years was high, and families told us that the "
                 "first year had been unsettling. Kelvedge officers stressed the importance of "
                 "a long transition period and of keeping families informed at every stage."),
    ("n", "4.7", "The Tarnley hub showed what could be achieved by a small social enterprise "
                 "working closely with local groups, although its model relied on a building "
                 "provided free of charge and may be hard to reproduce at scale."),
    ("h1", "5. Conclusions"),
    ("n", "5.1", "The group concluded that the Council\u2019s centres provide a valued, "
                 "good-quality service, but that the current arrangements are unlikely to be "
                 "sustainable without change. There is more than one way of achieving the "
                 "savings required, and the right choice will depend on what matters most to "
                 "the people who use the service."),
    ("n", "5.2", "Any change of provider carries a real risk of disruption to people for whom "
                 "continuity is essential. The group believes that this risk can be reduced, "
                 "but only if staff are retained, families are involved throughout, and the "
                 "Council keeps a close grip on quality once any new arrangement is in "
                 "place."),
    ("h1", "6. Recommendations"),
    ("p", "The group\u2019s recommendations are set out below. They will be presented to the "
          "Commission on 2 September 2025 and, subject to its views, forwarded to the "
          "Executive."),
    ("table", [
        ("No.", "Recommendation", "For"),
        ("R1", "Any options appraisal for day opportunities should include a redesigned "
               "in-house model, costed on the same basis as the other options.",
         "Executive"),
        ("R2", "Families and people who use the centres should be involved in designing any "
               "new service and in evaluating any bids.",
         "Director of Adult Social Care and Commissioning"),
        ("R3", "Any change of provider should include a transition period of at least six "
               "months and arrangements that keep key workers with the people they support.",
         "Executive"),
        ("R4", "The future of Hesketh Road should be considered separately, given its low "
               "occupancy and the cost of repairs.",
         "Executive"),
        ("R5", "An easy read summary should be published alongside every consultation "
               "document on adult social care from its first day.",
         "Strategic Director, Adults and Communities"),
    ]),
    ("h1", "Appendix A \u2013 Membership and contributors"),
    ("table", [
        ("Name", "Role"),
        ("Councillor Idris Malachy", "Chair of the Task and Finish Group"),
        ("Councillor Aurelia Brightwater", "Member"),
        ("Councillor Nirmala Goswami", "Member"),
        ("Councillor Beatrix Pellow", "Member"),
        ("Ruth Ellerby", "Director of Adult Social Care and Commissioning (witness)"),
        ("Gideon Tamblyn", "Head of Commissioning (Adults) (witness)"),
        ("Priya Vanstone", "Scrutiny Policy Officer (support to the group)"),
    ]),
]


def build_report(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.4)

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    for name, size in (("Heading 1", 14), ("Heading 2", 12)):
        st = doc.styles[name]
        st.font.name = "Arial"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Day Opportunities Task and Finish Group \u2013 Final Report  |  ")
    r.font.size = Pt(8)
    _page_x_of_y(fp, Pt(8))

    for i, line in enumerate(REPORT_COVER):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(60 if i == 0 else 12)
        run = p.add_run(line)
        run.bold = i in (0, 2)
        run.font.size = Pt((18, 14, 22, 16, 12)[i])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for block in REPORT:
        kind = block[0]
        if kind == "h1":
            doc.add_heading(block[1], level=1)
        elif kind == "h2":
            doc.add_heading(block[1], level=2)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "n":
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(1.2)
            pf.first_line_indent = Cm(-1.2)
            pf.tab_stops.add_tab_stop(Cm(1.2))
            p.add_run(f"{block[1]}\t{block[2]}")
        elif kind == "b":
            p = doc.add_paragraph(block[1], style="List Bullet")
            p.paragraph_format.left_indent = Cm(1.8)
        elif kind == "table":
            rows = block[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, value in enumerate(row):
                    cell = t.cell(ri, ci)
                    cell.text = value
                    if ri == 0:
                        cell.paragraphs[0].runs[0].bold = True
            doc.add_paragraph()
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.author = "Priya Vanstone"
    cp.last_modified_by = "Priya Vanstone"
    cp.title = "Day Opportunities Task and Finish Group - Final Report"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.revision = 7
    cp.created = FIXED_REPORT
    cp.modified = FIXED_REPORT
    cp.last_printed = FIXED_REPORT

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue(), ZIP_REPORT))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


CMAW = "Cabinet Member for Adults and Wellbeing"
DASCC = "Director of Adult Social Care and Commissioning"
HOC = "Head of Commissioning (Adults)"
SD = "Strategic Director, Adults and Communities"
DCMO = "Deputy Chief Medical Officer"
DUEC = "Director of Urgent and Emergency Care"
DPH = "Director of Public Health"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": COMMITTEE,
    "meeting_date": "2025-10-14",
    "items": [
        {"number": "1", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "2", "title": "DECLARATIONS OF INTEREST"},
        {"number": "3", "title": "MINUTES OF THE PREVIOUS MEETING"},
        {"number": "4", "title": "CHAIR\u2019S ANNOUNCEMENTS"},
        {"number": "5", "title": "PUBLIC QUESTIONS"},
        {"number": "6", "title": "DEPUTATION: SALLOWGATE DAY CENTRE"},
        {"number": "7", "title": "DAY OPPORTUNITIES FOR ADULTS: FUTURE DELIVERY MODEL"},
        {"number": "8", "title": "URGENT AND EMERGENCY CARE: WINTER PLAN 2025/26"},
        {"number": "9", "title": "HEALTHWATCH AVERHOLME ANNUAL REPORT 2024/25"},
        {"number": "10", "title": "SCRUTINY COMMISSION WORK PROGRAMME"},
        {"number": "11", "title": "CLOSE OF MEETING"},
    ],
    "questions": [
        # 5 public questions
        q("5", "question",
          "Why is the Council proposing to hand the running of its day centres",
          "Mr Tobias Renshaw",
          "no decision has been taken about how day opportunities will be provided",
          CMAW, ["subcontracting", "privatisation", "patient-and-public-input",
                 "adult-social-care"]),
        q("5", "question",
          "asked whether families would see the independent analysis before the Executive met",
          "Mr Renshaw",
          "the analysis would be made public at least four weeks before",
          "Cabinet Member", ["patient-and-public-input"]),
        q("5", "question",
          "How many people waited more than 12 hours in the Emergency Department",
          "Ms Delphine Arkwright",
          "9,874 patients spent more than 12 hours in the Emergency Department",
          "Chair", ["governance"]),
        q("5", "question",
          "would publish the questions it had put to the Trust together with",
          "Ms Arkwright",
          "any written answers received afterwards would be placed on the Commission's web page",
          "Chair", ["governance"]),
        # 6 deputation
        q("6", "question",
          "asked how many of the families in the Group had taken part",
          "Councillor Osei-Lund",
          "several families had struggled with the online form",
          "Mrs Calloway", ["patient-and-public-input"]),
        q("6", "question",
          "wished to know what families valued most about the centre",
          "Vice-Chair",
          "some of the people who attended had been supported by the same staff",
          "Mrs Calloway", ["adult-social-care", "workforce"]),
        # 7 day opportunities
        q("7", "question",
          "It was asked whether the Council had looked at keeping the centres in-house",
          None,
          "a redesigned in-house model had been appraised as option 2",
          "Director", ["privatisation", "finance"]),
        q("7", "concern",
          "external providers running similar services in neighbouring authorities had cut opening hours",
          "Councillor Goswami",
          "staff would transfer under TUPE with their current terms protected",
          HOC, ["subcontracting", "privatisation", "workforce"]),
        q("7", "question",
          "queried whether staff at the four centres would move to a new provider",
          "Councillor Brightwater",
          "staff would transfer under TUPE with their current terms protected",
          HOC, ["workforce", "subcontracting"]),
        q("7", "question",
          "sought clarification on what would happen to the transport that currently brings people",
          None,
          "transport would stay with the Council's passenger transport service",
          None, ["subcontracting"]),
        q("7", "comment",
          "the consultation document had been hard for many families to follow",
          "Councillor Fitzalwyn",
          "accepted that the easy read version ought to have been published on the first day",
          SD, ["patient-and-public-input"]),
        q("7", "request",
          "Members requested that the full consultation analysis, including a separate summary",
          None, None, None, ["patient-and-public-input"]),
        q("7", "question",
          "how much of the £620,000 saving would come from reduced staffing costs",
          "Vice-Chair",
          "the saving had not yet been broken down in that way",
          "Director", ["finance", "workforce"]),
        q("7", "question",
          "questioned whether a contract lasting five years, with a possible extension",
          "Councillor Pellow", None, None, ["subcontracting"]),
        q("7", "request",
          "suggested that families be given the opportunity to meet any shortlisted organisations",
          "Mrs Calloway",
          "she would be happy to arrange such meetings should the proposals go ahead",
          "Cabinet Member", ["patient-and-public-input", "subcontracting"]),
        # 8 winter plan
        q("8", "question",
          "asked whether the 40 additional beds would be staffed by permanent staff",
          None,
          "28 of the beds would be staffed by permanent nurses",
          "Dr Rooksby", ["workforce"]),
        q("8", "concern",
          "medically fit to leave hospital but remained on wards because support",
          "Councillor Osei-Lund",
          "62 patients at the hospital had no criteria to reside",
          DASCC, ["adult-social-care", "integration"]),
        q("8", "question",
          "drew attention to the low uptake of flu vaccination among hospital staff",
          "Vice-Chair",
          "uptake among frontline staff had been only 38 per cent in 2024/25",
          "Dr Rooksby", ["public-health", "workforce"]),
        q("8", "concern",
          "Members sought assurance about the use of corridors to care for patients",
          None,
          "temporary escalation spaces had been used on 19 days in the previous month",
          DCMO, []),
        q("8", "question",
          "asked what was being done to help people get a GP appointment",
          "Councillor Goswami",
          "three primary care networks would run extended access hubs on Saturdays and Sundays",
          DUEC, ["primary-care"]),
        q("8", "question",
          "sought clarification as to whether care home residents could be admitted",
          "Councillor Pellow",
          "care homes in the city could refer residents directly",
          DUEC, ["adult-social-care"]),
        q("8", "comment",
          "residents in the east of the city still faced very long waits for an ambulance",
          "Councillor Brightwater", None, None, []),
        q("8", "request",
          "Members requested that the Trust provide monthly figures on 12-hour waits",
          None, None, None, []),
        # 9 Healthwatch
        q("9", "question",
          "enquired how Healthwatch decided which services to visit using its Enter and View powers",
          "Councillor Fitzalwyn",
          "visits were chosen by the Healthwatch board on the basis of what residents",
          "Ms Prowse", ["patient-and-public-input"]),
        q("9", "question",
          "questioned whether the organisation still had the capacity to carry out its statutory functions",
          "Chair",
          "the contract value had been held at £198,000 for three years",
          "Ms Prowse", ["finance", "patient-and-public-input"]),
        q("9", "question",
          "wondered what difference the Healthwatch report on NHS dentistry had made",
          "Councillor Osei-Lund",
          "the ICB had accepted four of its six recommendations",
          "Ms Prowse", ["primary-care"]),
        q("9", "comment",
          "very few of the residents who had shared their experiences with Healthwatch",
          None, None, None, ["patient-and-public-input", "children-and-families"]),
        # 10 work programme
        q("10", "request",
          "asked that the refreshed Carers' Strategy be scheduled for the January meeting",
          "Councillor Pellow",
          "The Chair agreed that it would be added once the Cabinet Member's reply",
          "Chair", ["adult-social-care"]),
        q("10", "request",
          "proposed that the Commission examine the integrated sexual health service ahead of",
          "Councillor Goswami",
          "indicated that a report could be brought to the February 2026 meeting",
          DPH, ["public-health", "subcontracting"]),
    ],
    "resolutions": [
        res("3", "be confirmed as a correct record", "agreed", []),
        res("6", "asked that the petition be reported to the Executive alongside the findings",
            "agreed", ["patient-and-public-input"]),
        res("7", "retain the option of a redesigned in-house service in the options appraisal",
            "recommended", ["privatisation", "patient-and-public-input"]),
        res("8", "That the winter plan for 2025/26 be noted; and", "agreed", []),
        res("9", "That the Healthwatch Averholme Annual Report 2024/25 be noted", "noted",
            ["patient-and-public-input"]),
        res("10", "The work programme was approved, subject to the additions set out",
            "agreed", []),
    ],
    "attendees": [
        att("Councillor Harriet Penwarden", "Chair", "present"),
        att("Councillor Idris Malachy", "Vice-Chair", "present"),
        att("Councillor Aurelia Brightwater", None, "present"),
        att("Councillor Conor Fitzalwyn", None, "present"),
        att("Councillor Nirmala Goswami", None, "present"),
        att("Councillor Kofi Osei-Lund", None, "present"),
        att("Councillor Beatrix Pellow", None, "present"),
        att("Councillor Rukhsana Tevelyan", CMAW, "in_attendance"),
        att("Martina Colquhoun-Reeve", SD, "in_attendance"),
        att("Ruth Ellerby", DASCC, "in_attendance"),
        att("Dr Samir Vellacott", DPH, "in_attendance"),
        att("Gideon Tamblyn", HOC, "in_attendance"),
        att("Priya Vanstone", "Scrutiny Policy Officer", "in_attendance"),
        att("Elspeth Marrable", "Democratic Support Officer", "in_attendance"),
        att("Colm Haverty", "Director of Urgent and Emergency Care, Averholme and Tarnley "
                            "Integrated Care Board", "in_attendance"),
        att("Dr Fenella Rooksby", "Deputy Chief Medical Officer, Averholme Teaching Hospitals "
                                  "NHS Trust", "in_attendance"),
        att("Yasmin Prowse", "Chief Executive, Healthwatch Averholme", "in_attendance"),
        att("Councillor Desmond Kirtley", None, "apologies"),
        att("Councillor Ottilie Marchetti", None, "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        for sec in d.sections:
            parts.extend(p.text for p in sec.header.paragraphs)
            parts.extend(p.text for p in sec.footer.paragraphs)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from html.parser import HTMLParser

        class _Text(HTMLParser):
            def __init__(self):
                super().__init__()
                self.out = []

            def handle_data(self, data):
                self.out.append(data)

        h = _Text()
        h.feed(path.read_text(encoding="utf-8"))
        return " ".join(h.out)
    raise ValueError(path)


def norm_delete(s: str) -> str:
    s = re.sub(r"[^\w\s]", "", s.lower())
    return " ".join(s.split())


def norm_space(s: str) -> str:
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def count(phrase: str, text: str, norm) -> int:
    p, t = norm(phrase), norm(text)
    return len(re.findall(r"(?<!\w)" + re.escape(p) + r"(?!\w)", t))


def check() -> int:
    problems = 0
    for gold_path in sorted(GOLD.glob("rb-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING {doc}")
            problems += 1
            continue
        text = extract(doc)
        if gold["doc_type"] != "minutes":
            print(f"ok   {doc.name}: {gold['doc_type']}, {len(text.split())} words")
            continue
        phrases = []
        for row in gold["questions"]:
            phrases.append(("question", row["text"]))
            if row["answer"]:
                phrases.append(("answer", row["answer"]))
        for row in gold["resolutions"]:
            phrases.append(("resolution", row["text"]))
        for kind, phrase in phrases:
            words = len(norm_delete(phrase).split())
            for norm in (norm_delete, norm_space):
                n = count(phrase, text, norm)
                if n != 1:
                    print(f"FAIL {doc.name}: {kind} found {n} times ({norm.__name__}): {phrase!r}")
                    problems += 1
            if not 6 <= words <= 15:
                print(f"FAIL {doc.name}: {kind} has {words} words: {phrase!r}")
                problems += 1
        answered = sum(1 for r in gold["questions"] if r["answer"])
        print(f"ok   {doc.name}: {len(text.split())} words, {len(phrases)} phrases checked, "
              f"{len(gold['items'])} items, {len(gold['questions'])} questions "
              f"({answered} answered), {len(gold['resolutions'])} resolutions, "
              f"{len(gold['attendees'])} attendees")
    if problems:
        print(f"{problems} problem(s)")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / REPORT_NAME}\ngold in {GOLD}")
