#!/usr/bin/env python3
"""Build the "mk-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_mk.py           build documents/mk-* and gold/mk-*.json
        build_mk.py --check   verify every gold phrase occurs once in its document
"""
import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "mk-hambleshire-hasc-select-committee-2018-07-10.docx"
NEWS_NAME = "mk-hambleshire-news-discharge-delays.html"
FIXED = dt.datetime(2018, 7, 17, 9, 30, 0)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

COUNTY_MEMBERS = [
    ("Mrs B Langridge (Chairman)", "Mr K Hamid"),
    ("Mr T Farrant (Vice-Chairman)", "Mrs P Lindqvist"),
    ("Mr D Ashby", "Mr J Mottram"),
    ("Mrs E Corderoy", "Mr G Selwood"),
]

DISTRICT_MEMBERS = [
    ("Ms H Dacre", "Thamecote Vale District Council"),
    ("Mr S Pardoe", "Marlden District Council"),
    ("Mrs A Venning", "Chessmoor District Council"),
    ("Ms C Ruddock", "Healthwatch Hambleshire"),
]

OTHERS = [
    ("Mrs K Dearlove", "Cabinet Member for Health and Wellbeing"),
    ("Ms G Fairbairn", "Executive Director, Communities, Health and Adult Social Care"),
    ("Mr N Ostrowski", "Head of Operations, Adult Social Care"),
    ("Ms R Penhaligon", "Chief Operating Officer, Hambleshire Healthcare NHS Trust"),
    ("Dr F Aldous", "Clinical Chair, Thamecote Vale CCG"),
    ("Ms J Tolhurst", "Director of Primary Care, Hambleden Hills and Thamecote Vale CCGs"),
    ("Ms L Whitcombe", "Committee and Governance Adviser"),
    ("Mr O Bright", "Policy Officer"),
]

# Each item: (number, title, [blocks]); a block is (kind, text or list)
#   p      ordinary paragraph
#   sub    bold unnumbered sub-heading inside an item
#   bul    list of bullet points
#   num    list of automatically numbered points (Word numbering, restarting at 1)
#   action bold "ACTION:" line
#   quote  indented italic quotation
ITEMS = [
    ("1", "APOLOGIES FOR ABSENCE / CHANGES IN MEMBERSHIP", [
        ("p", "Apologies were received from Mrs S Cottam, Mr L Harbord and Mr M Iqbal "
              "(Wendbury District Council)."),
        ("p", "The Chairman welcomed Mr J Mottram to his first meeting of the Committee. "
              "Mr Mottram had replaced Mr A Pettifer as one of the County Council members."),
    ]),
    ("2", "DECLARATIONS OF INTEREST", [
        ("p", "Mrs E Corderoy declared a personal interest in item 6 as her daughter was "
              "employed as a community nurse by Hambleshire Healthcare NHS Trust."),
        ("p", "Mr K Hamid declared that he was a trustee of Carers Hambleshire."),
    ]),
    ("3", "MINUTES", [
        ("p", "The minutes of the meeting held on Tuesday 22 May 2018 were confirmed as a "
              "correct record and signed by the Chairman."),
        ("sub", "Matters arising"),
        ("p", "Mr Selwood referred to item 6, point 11, and asked whether the figures on "
              "waiting times for memory assessment services, which had been requested from "
              "Oxmoor Health NHS Foundation Trust, had been received.  The Committee and "
              "Governance Adviser confirmed that the figures had arrived the previous "
              "afternoon and would be circulated to Members with the minutes of this meeting."),
        ("action", "ACTION: Ms Whitcombe"),
    ]),
    ("4", "PUBLIC QUESTIONS", [
        ("p", "Mr D Kettleborough, a resident of Princes Hadley, was welcomed to the meeting. "
              "Mr Kettleborough asked the following question about the proposed closure of "
              "the Dormer Lane branch surgery:"),
        ("quote", "\u2018Patients of the Wendbury Road Practice were told by letter in June that "
                  "the Dormer Lane branch surgery in Princes Hadley will close at the end of "
                  "September and that all appointments will in future be at the main surgery "
                  "in Wendbury.  Many of the patients who use Dormer Lane are elderly and there "
                  "is no direct bus between Princes Hadley and Wendbury.  What consultation took "
                  "place with patients before this decision was made, and what will the CCG do "
                  "to make sure that people without a car can still see their own doctor?\u2019"),
        ("p", "Ms J Tolhurst, Director of Primary Care, thanked Mr Kettleborough for his "
              "question and responded that the practice had not yet submitted a formal "
              "application to close the branch surgery and that no decision had been made.  "
              "The CCG had asked the practice to carry out a full engagement exercise with its "
              "patients over the summer, including a drop-in session in Princes Hadley, and any "
              "application would be considered in the autumn by the Primary Care Commissioning "
              "Committee, which met in public.  The CCG would expect the practice to set out how "
              "patients without transport would be supported, which could include a volunteer "
              "car scheme or a clinic held in the local pharmacy."),
        ("p", "The Chairman asked that a written copy of the response be sent to Mr "
              "Kettleborough and that the Committee be kept informed of the outcome of the "
              "engagement."),
        ("action", "ACTION: Ms Tolhurst"),
    ]),
    ("5", "CHAIRMAN'S UPDATE", [
        ("p", "The Chairman reported that she and the Vice-Chairman had met the Chief Executive "
              "of Hambleshire Healthcare NHS Trust on 19 June to discuss the Trust\u2019s response "
              "to the Care Quality Commission inspection report published in May, in which the "
              "Trust had been rated as \u2018Requires Improvement\u2019 overall and \u2018Inadequate\u2019 "
              "for safety in urgent and emergency care.  The Trust had drawn up an action plan "
              "and the Chief Executive had agreed to attend the November meeting of the "
              "Committee to report on progress."),
        ("p", "The Chairman also advised that the Committee\u2019s response to the consultation "
              "on the draft Joint Health and Wellbeing Strategy had been submitted on 29 June, "
              "following circulation to Members by email."),
    ]),
    ("6", "DELAYED TRANSFERS OF CARE", [
        ("p", "The Chairman welcomed Ms Rachel Penhaligon, Chief Operating Officer, Hambleshire "
              "Healthcare NHS Trust; Dr Frances Aldous, Clinical Chair, Thamecote Vale CCG; Mrs "
              "Kathryn Dearlove, Cabinet Member for Health and Wellbeing and Ms Gail Fairbairn, "
              "Executive Director, Communities, Health and Adult Social Care."),
        ("p", "The Chief Operating Officer gave a presentation, a copy of which is appended to "
              "these minutes, and the following main points were made:"),
        ("bul", [
            "The number of people whose transfer of care was delayed had fallen from an average "
            "of 62 a day in January 2018 to 41 a day in May 2018.  The national expectation for "
            "Hambleshire was 33.",
            "Just over half of all delayed days were attributable to social care, the largest "
            "single reason being people waiting for a package of home care.",
            "The \u2018Home First\u2019 discharge to assess service had moved to seven-day working "
            "from April 2018 and had supported 312 people in its first three months.",
            "The Trust, the CCGs and the Council had agreed a joint plan for the winter, funded "
            "in part from the improved Better Care Fund, which included 20 additional "
            "reablement workers and the spot purchase of nursing home beds.",
        ]),
        ("p", "During discussion, Members asked the following questions:"),
        ("num", [
            "A Member asked how many of those delayed in hospital were self-funders and what "
            "help they were given to find a care home.  The Executive Director explained that "
            "around a third of people waiting for a care home place were self-funders; the "
            "brokerage team gave them information and advice, but the Council could not choose "
            "a home on their behalf and some families took several weeks to decide.",
            "Concern was expressed that patients from the north of the county were being "
            "discharged to nursing homes outside Hambleshire, in some cases more than 40 miles "
            "away, which made it very difficult for elderly spouses to visit.  The Cabinet "
            "Member acknowledged that there was a shortage of nursing home beds in the north of "
            "the county and said that the Council was in discussion with two providers about "
            "new homes near Thamecote; planning permission had been granted for one of them.",
            "Mr Pardoe asked what was being done to recruit more care workers, as the shortage "
            "of home care staff appeared to be the main cause of delays.  In response, the "
            "Executive Director said that the Council and providers had launched a joint "
            "recruitment campaign, \u2018Care to Join Us\u2019, in March and that the hourly rate "
            "paid to home care providers had been increased to \u00a317.40 from April 2018.  Staff "
            "turnover in the sector remained high at around 32%, and many workers left for "
            "better paid jobs in retail and at the new distribution park at Marlden.",
            "A Member queried whether patients were being discharged too early in order to meet "
            "targets, and gave the example of a constituent who had been readmitted to "
            "Thamecote General Hospital within 48 hours.  The Chief Operating Officer said that "
            "she could not comment on an individual case but that emergency readmission rates "
            "had not risen over the past year and were reviewed every week by the A&E Delivery "
            "Board.  She offered to look into the case if the Member passed on the details.",
            "In response to a question about the use of community hospital beds, Dr Aldous said "
            "that the 24 step-down beds at Marlden Community Hospital had been fully occupied "
            "throughout the winter and that the bed base would be reviewed as part of the "
            "CCG\u2019s work on community services, with public engagement planned for the new "
            "year.",
            "Mrs Venning commented that carers were often told about a discharge on the day it "
            "happened and had no time to prepare, which put considerable strain on families, "
            "particularly where the carer was themselves elderly.",
            "Ms Ruddock asked whether the Trust routinely asked patients and carers about their "
            "experience of discharge.  The Chief Operating Officer said that the Friends and "
            "Family Test included a question on discharge, and that the Trust would be working "
            "with Healthwatch Hambleshire on a survey of recently discharged patients in the "
            "autumn.",
            "The Vice-Chairman requested a breakdown of delays by hospital site and by reason, "
            "to be provided before the next meeting.",
        ]),
        ("action", "ACTION: Ms Penhaligon and Ms Fairbairn"),
        ("p", "The Chairman thanked the presenters for attending.  The Committee NOTED the update "
              "and AGREED to receive a further report on delayed transfers of care in January "
              "2019, to include an evaluation of the winter plan."),
    ]),
    ("7", "HOME CARE RECOMMISSIONING", [
        ("p", "Mr Nick Ostrowski, Head of Operations, Adult Social Care, joined the meeting for "
              "this item."),
        ("p", "The Cabinet Member introduced the report, which set out the proposed approach to "
              "recommissioning home care services when the current framework contracts with "
              "eleven providers came to an end in March 2019.  The following main points were "
              "made:"),
        ("bul", [
            "The current framework had not delivered enough capacity in rural areas, and on any "
            "given day around 140 people were waiting for a package of home care, some of them "
            "in hospital.",
            "It was proposed to divide the county into six zones, each with a lead provider "
            "guaranteed a minimum volume of hours, supported by a framework of approved "
            "providers.",
            "A higher hourly rate would be paid in the three rural zones to reflect the "
            "additional travel time and mileage.",
            "Providers, service users and carers had been consulted through four workshops and "
            "an online survey, which had received 260 responses.",
            "Subject to Cabinet approval in September, the tender would be advertised in October "
            "with the new contracts starting on 1 April 2019.",
        ]),
        ("p", "Members asked the following questions:"),
        ("num", [
            "Mr Hamid asked whether the Council had considered bringing home care back "
            "in-house, as some other councils had done, rather than relying entirely on private "
            "providers.  The Executive Director said that an in-house service had been looked "
            "at as part of the options appraisal but had been discounted because of the cost "
            "and the time it would take to set up; the Council would, however, keep its own "
            "in-house reablement service.",
            "Concerns were expressed that the lead provider model would leave the Council "
            "reliant on a small number of large companies, and Members asked what would happen "
            "if a lead provider went out of business or handed back its contract.  The Head of "
            "Operations explained that the contracts would include contingency arrangements "
            "under which framework providers would take on packages at short notice, and that "
            "the Council monitored the financial health of its main providers through "
            "quarterly returns.",
            "A Member asked whether care workers would be paid for their travel time under the "
            "new contracts.  The Head of Operations confirmed that the specification would "
            "require providers to pay at least the National Living Wage, including for travel "
            "time between calls, and that this would be checked through contract monitoring "
            "and spot checks of payslips.",
            "Ms Ruddock said that the people who contacted Healthwatch about home care most "
            "often complained of seeing a different carer at every visit and of calls being "
            "cut short, and asked how continuity of care would be measured.  In response, the "
            "Executive Director advised that continuity of care worker would be one of the key "
            "performance indicators in the new contracts, and that the Council would also ask "
            "service users directly through an annual survey.",
            "Mrs Lindqvist commented that the consultation had relied heavily on an online "
            "survey and that many older people receiving care at home would not have been able "
            "to take part.",
            "Mr Ashby requested that the Committee be given the opportunity to comment on the "
            "draft service specification before the tender was issued.  The Cabinet Member "
            "agreed that the draft specification would be shared with the Committee in "
            "September.",
            "In response to a question about the cost of the new model, the Cabinet Member said "
            "that it was expected to cost around \u00a31.2 million more in a full year than the "
            "current arrangements, and that this had been built into the Medium Term Financial "
            "Plan.",
        ]),
        ("p", "Mr Mottram left the meeting at 11.48 am."),
        ("p", "The Committee AGREED to make the following recommendations to the Cabinet Member "
              "for Health and Wellbeing:"),
        ("bul", [
            "That the new contracts include a requirement for providers to report on continuity "
            "of care worker and on the length of calls, and that these figures are reported to "
            "the Committee annually.",
            "That paper copies of future consultations on adult social care are sent to all "
            "service users, and not only made available on request.",
        ]),
        ("action", "ACTION: Ms Whitcombe to circulate the draft specification to Members when "
                   "available."),
    ]),
    ("8", "COMMITTEE UPDATE", [
        ("sub", "Oxmoor Health NHS Foundation Trust \u2013 Willow Ward"),
        ("p", "Mr Selwood reported that he had attended the Trust\u2019s public board meeting on 27 "
              "June, at which it had been confirmed that the temporary closure of ten beds on "
              "Willow Ward at the Fernbrook Unit, Thamecote, would continue until at least "
              "October because of nurse vacancies.  Members expressed concern that the closure "
              "had now lasted nine months and that patients were being admitted to beds outside "
              "the county, and asked that the Trust be invited to attend a future meeting to "
              "explain its plans."),
        ("action", "ACTION: Ms Whitcombe"),
        ("sub", "Stroke services"),
        ("p", "The Chairman advised that the CCGs\u2019 public consultation on the future of "
              "hyper-acute stroke services was now expected to begin in September and would run "
              "for twelve weeks.  The Committee would consider its response at the September "
              "meeting."),
        ("sub", "Healthwatch Hambleshire"),
        ("p", "Ms Ruddock reported that Healthwatch Hambleshire had carried out Enter and View "
              "visits to three care homes in Marlden and Chessmoor during May and June, and the "
              "reports had been published on its website.  In response to a question from Mrs "
              "Corderoy about whether any safeguarding concerns had been identified, Ms Ruddock "
              "said that none of the visits had raised safeguarding issues, although one home "
              "had been asked to improve the choice of activities for residents living with "
              "dementia."),
    ]),
    ("9", "GP PROVISION INQUIRY \u2013 12 MONTH RECOMMENDATION MONITORING", [
        ("p", "Ms J Tolhurst, Director of Primary Care, Hambleden Hills and Thamecote Vale CCGs, "
              "presented the update on the recommendations of the Committee\u2019s inquiry into GP "
              "provision, which had been agreed by Cabinet in July 2017.  Of the ten "
              "recommendations, six were now rated green, three amber and one red."),
        ("p", "During discussion, the following points were raised:"),
        ("num", [
            "A Member asked why the recommendation on evening and weekend appointments had been "
            "rated amber.  Ms Tolhurst explained that extended access hubs had opened in "
            "Thamecote and Wendbury, but the hub for the south of the county would not open "
            "until October because it had not been possible to recruit enough GPs to staff it.",
            "Concern was expressed about the capacity of GP practices to cope with the 9,000 "
            "new homes planned around Thamecote over the next ten years.  The Director of "
            "Primary Care said that the CCGs were working with the district councils on a "
            "primary care estates strategy and that developer contributions had been secured "
            "towards a new health centre at Kingsmoor Park, although the CCGs were still "
            "seeking NHS capital funding for the remainder of the cost.",
            "Mrs Corderoy noted that recommendation 7, that practices publish the average time "
            "taken to answer the telephone, had been rated red and asked why no progress had "
            "been made.  Ms Tolhurst said that practices were independent contractors and the "
            "CCG could not require them to publish this information, but it would raise the "
            "matter again with the Local Medical Committee.",
            "In response to a question about the closure of two pharmacies in Chessmoor, Ms "
            "Tolhurst said that pharmacies were commissioned by NHS England and that she would "
            "ask NHS England to provide a written update for Members.",
        ]),
        ("p", "The Committee AGREED that the six recommendations rated green be signed off as "
              "complete and that a further update on the remaining four recommendations be "
              "brought to the Committee in six months\u2019 time."),
        ("action", "ACTION: Ms Tolhurst"),
    ]),
    ("10", "WORK PROGRAMME", [
        ("p", "The Committee and Governance Adviser took Members through the work programme for "
              "the remainder of 2018.  The September meeting would consider the stroke services "
              "consultation and the Healthwatch Hambleshire annual report, and the November "
              "meeting would receive the Hambleshire Healthcare NHS Trust CQC action plan."),
        ("p", "Mr Farrant requested that ambulance response times in rural areas be added to the "
              "work programme for November.  The Committee and Governance Adviser said that she "
              "would invite the ambulance service to that meeting."),
        ("p", "Members noted the work programme, subject to the addition above."),
    ]),
    ("11", "DATE AND TIME OF NEXT MEETING", [
        ("p", "The next meeting will take place on Tuesday 11 September 2018 at 10am in "
              "Mezzanine Room 2, County Hall, Thamecote.  There will be a pre-meeting for "
              "Committee Members at 9.30am."),
    ]),
]


def _set_cell_borders_none(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _add_field(run, instr):
    """Insert a Word field (e.g. PAGE) into a run."""
    fld_begin = OxmlElement("w:fldChar")
    fld_begin.set(qn("w:fldCharType"), "begin")
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = instr
    fld_sep = OxmlElement("w:fldChar")
    fld_sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    fld_end = OxmlElement("w:fldChar")
    fld_end.set(qn("w:fldCharType"), "end")
    for el in (fld_begin, instr_el, fld_sep, txt, fld_end):
        run._r.append(el)


class Numbering:
    """Decimal numbered lists that restart at 1 for every list (Word auto-numbering)."""

    ABSTRACT_ID = 90

    def __init__(self, doc):
        self.part = doc.part.numbering_part
        self.root = self.part.element
        absn = OxmlElement("w:abstractNum")
        absn.set(qn("w:abstractNumId"), str(self.ABSTRACT_ID))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        absn.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."),
                         ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "1134")
        ind.set(qn("w:hanging"), "425")
        ppr.append(ind)
        lvl.append(ppr)
        absn.append(lvl)
        # abstractNum elements must precede num elements
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            self.root.append(absn)
        self.next_id = 200

    def new_list(self):
        num_id = self.next_id
        self.next_id += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(self.ABSTRACT_ID))
        num.append(an)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        self.root.append(num)
        return num_id

    @staticmethod
    def apply(paragraph, num_id):
        ppr = paragraph._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), str(num_id))
        numpr.append(ilvl)
        numpr.append(nid)
        ppr.append(numpr)


def build_minutes(path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(6)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = Cm(2.0)
    sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    sec.different_first_page_header_footer = True

    # running header on pages 2 onwards, footer with the page number on every page
    hdr = sec.header.paragraphs[0]
    hdr.text = "Health and Adult Social Care Select Committee \u2013 10 July 2018"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hdr.runs[0].font.size = Pt(8)
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("Page ")
        r.font.size = Pt(9)
        r2 = fp.add_run()
        r2.font.size = Pt(9)
        _add_field(r2, "PAGE")

    numbering = Numbering(doc)

    # --- masthead -----------------------------------------------------------
    p = doc.add_paragraph()
    r = p.add_run("Hambleshire County Council")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x5A, 0x3C)
    p = doc.add_paragraph()
    r = p.add_run("Select Committee")
    r.font.size = Pt(12)
    p.add_run("\n")
    r = p.add_run("Health and Adult Social Care")
    r.font.size = Pt(12)
    r.bold = True

    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), alignment=2)  # right tab
    r = p.add_run("Minutes")
    r.bold = True
    r.font.size = Pt(20)
    r = p.add_run("\tHEALTH AND ADULT SOCIAL CARE SELECT COMMITTEE")
    r.bold = True
    r.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run(
        "MINUTES OF THE MEETING OF THE HEALTH AND ADULT SOCIAL CARE SELECT COMMITTEE HELD ON "
        "TUESDAY 10 JULY 2018, IN MEZZANINE ROOM 2, COUNTY HALL, THAMECOTE, COMMENCING AT "
        "10.02 AM AND CONCLUDING AT 12.56 PM.")
    r.bold = True

    def label(text, size=11, space_before=6):
        lp = doc.add_paragraph()
        lp.paragraph_format.space_before = Pt(space_before)
        lr = lp.add_run(text)
        lr.bold = True
        lr.font.size = Pt(size)
        return lp

    def name_table(rows, widths):
        t = doc.add_table(rows=0, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        _set_cell_borders_none(t)
        for left, right in rows:
            cells = t.add_row().cells
            cells[0].text = left
            cells[1].text = right
            for c, w in zip(cells, widths):
                c.width = w
                for cp in c.paragraphs:
                    cp.paragraph_format.space_after = Pt(0)
        return t

    label("MEMBERS PRESENT", 11, 12)
    label("Hambleshire County Council", 10, 4)
    name_table(COUNTY_MEMBERS, (Cm(8.5), Cm(8.5)))
    label("District Councils", 10, 8)
    name_table(DISTRICT_MEMBERS, (Cm(5.0), Cm(12.0)))
    label("Others in Attendance", 11, 12)
    name_table(OTHERS, (Cm(5.0), Cm(12.0)))

    p = label("Agenda Item", 10, 14)

    # --- the items ----------------------------------------------------------
    def body_para(text, indent=Cm(1.5)):
        bp = doc.add_paragraph(text)
        bp.paragraph_format.left_indent = indent
        return bp

    for number, title, blocks in ITEMS:
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(12)
        hp.paragraph_format.keep_with_next = True
        hp.paragraph_format.left_indent = Cm(1.5)
        hp.paragraph_format.first_line_indent = Cm(-1.5)
        hp.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
        hr = hp.add_run(f"{number}\t{title}")
        hr.bold = True
        for kind, content in blocks:
            if kind == "p":
                body_para(content)
            elif kind == "sub":
                sp = body_para("")
                sr = sp.add_run(content)
                sr.bold = True
                sp.paragraph_format.keep_with_next = True
            elif kind == "action":
                ap = body_para("")
                ar = ap.add_run(content)
                ar.bold = True
            elif kind == "quote":
                qp = body_para("", indent=Cm(2.5))
                qr = qp.add_run(content)
                qr.italic = True
                qp.paragraph_format.right_indent = Cm(1.0)
            elif kind == "bul":
                for line in content:
                    lp = doc.add_paragraph(line, style="List Bullet")
                    lp.paragraph_format.left_indent = Cm(2.1)
                    lp.paragraph_format.first_line_indent = Cm(-0.6)
            elif kind == "num":
                nid = numbering.new_list()
                for line in content:
                    np_ = doc.add_paragraph(line)
                    Numbering.apply(np_, nid)
            else:
                raise ValueError(kind)

    doc.add_paragraph()
    doc.add_paragraph()
    cp = doc.add_paragraph()
    cp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cr = cp.add_run("CHAIRMAN")
    cr.bold = True

    props = doc.core_properties
    props.author = "Democratic Services"
    props.last_modified_by = "Democratic Services"
    props.title = "Health and Adult Social Care Select Committee minutes 10 July 2018"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    _write_zip_deterministic(buf.getvalue(), path)


def _write_zip_deterministic(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2018, 7, 17, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# The news release (not minutes)
# ---------------------------------------------------------------------------

NEWS_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Councillors press health chiefs on hospital discharge delays | Hambleshire County Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/hcc-main.css">
</head>
<body class="news-article">
<div id="cookie-banner" class="cookie-banner">
  <p>We use cookies to make this website work and to collect information about how you use it.
  <a href="/cookies">Find out more about cookies</a></p>
  <button type="button">Accept all cookies</button> <button type="button">Reject optional cookies</button>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/hcc-logo.svg" alt="Hambleshire County Council"></a>
  <nav class="main-nav">
    <ul>
      <li><a href="/adult-social-care">Adult social care</a></li>
      <li><a href="/schools-and-learning">Schools and learning</a></li>
      <li><a href="/roads-and-transport">Roads and transport</a></li>
      <li><a href="/your-council">Your council</a></li>
      <li><a href="/news">News</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><label for="q">Search</label><input id="q" name="q"></form>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; Councillors press health chiefs on hospital discharge delays</div>
<main>
<article>
<h1>Councillors press health chiefs on hospital discharge delays</h1>
<p class="meta">Published: 11 July 2018 &nbsp;|&nbsp; Category: Health and social care, Scrutiny</p>

<p class="lead">County councillors have questioned hospital and council bosses about why
dozens of patients who are well enough to leave hospital in Hambleshire are still waiting
to go home every day.</p>

<p>The county council's Health and Adult Social Care Select Committee heard on Tuesday
(10 July) that the number of people delayed in hospital had fallen from an average of 62 a
day in January to 41 a day in May, but remained above the national expectation of 33.</p>

<p>Members of the committee asked why so many people were waiting for home care, whether
patients were being sent home too early to hit targets and how families from the north of
the county could visit relatives placed in nursing homes many miles away.</p>

<p>Committee Chairman Mrs Barbara Langridge said:</p>
<blockquote>
<p>"We have seen real progress since the winter, and I want to thank the staff in our
hospitals and in the care sector who have made that happen. But behind every one of these
figures is an older person who is ready to go home and can't. We asked some tough questions
today about recruiting care workers and about support for carers, and we will be looking
very closely at whether the winter plan delivers."</p>
</blockquote>

<p>The committee agreed to receive a further report in January 2019, including an
evaluation of this year's winter plan.</p>

<h2>New approach to home care</h2>
<p>At the same meeting, councillors examined the council's plans to recommission home care
services from April 2019, which would divide the county into six zones, each with a lead
provider. The committee recommended that the new contracts should require providers to
report on how often people see the same care worker.</p>

<p>Cabinet Member for Health and Wellbeing, Mrs Kathryn Dearlove, said: "Should people
have to put up with a different face at the door every morning? No. Continuity of care is
what people tell us matters most, and it will be at the heart of the new contracts."</p>

<p>Cabinet is expected to decide on the new home care model in September.</p>

<h2>Have your say</h2>
<p>Do you have a question about local health services? Members of the public can ask a
question at meetings of the Health and Adult Social Care Select Committee. Questions must be
received by the Committee and Governance Adviser at least five working days before the
meeting. <a href="/your-council/scrutiny/public-questions">Find out how to ask a question</a>.</p>

<p>You can watch the meeting again on the <a href="https://hambleshire.public-i.example/">council's webcasting site</a>.</p>

<div class="notes-to-editors">
<h3>Notes to editors</h3>
<ol>
<li>The Health and Adult Social Care Select Committee is a cross-party committee of county
and district councillors and a representative of Healthwatch Hambleshire. It reviews the
planning and delivery of health services and adult social care in Hambleshire.</li>
<li>The papers for the meeting are available on the council's
<a href="/moderngov/ieListDocuments.aspx?CId=339">committee pages</a>.</li>
</ol>
<p>Media enquiries: Press Office, 01999 383838, press@hambleshire.example</p>
</div>
</article>
<aside class="related">
<h2>Related news</h2>
<ul>
<li><a href="/news/care-to-join-us-campaign">'Care to Join Us' campaign launched to find 400 new care workers</a></li>
<li><a href="/news/winter-ready">Be winter ready: get your free flu jab</a></li>
</ul>
</aside>
</main>
<footer class="site-footer">
<ul>
<li><a href="/accessibility">Accessibility</a></li>
<li><a href="/privacy">Privacy</a></li>
<li><a href="/contact">Contact us</a></li>
</ul>
<p>&copy; Hambleshire County Council, County Hall, Thamecote</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def _q(item, kind, text, answer, asked_by, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def minutes_gold():
    items = [{"number": n, "title": t} for n, t, _ in ITEMS]
    questions = [
        _q("3", "question",
           "asked whether the figures on waiting times for memory assessment services",
           "confirmed that the figures had arrived the previous afternoon",
           "Mr Selwood", "The Committee and Governance Adviser", ["mental-health"]),
        _q("4", "question",
           "What consultation took place with patients before this decision was made",
           "the practice had not yet submitted a formal application to close the branch surgery",
           "Mr Kettleborough", "Ms J Tolhurst",
           ["primary-care", "patient-and-public-input"]),
        _q("4", "request",
           "asked that a written copy of the response be sent to Mr Kettleborough",
           None, "The Chairman", None, ["patient-and-public-input"]),
        _q("6", "question",
           "A Member asked how many of those delayed in hospital were self-funders",
           "around a third of people waiting for a care home place were self-funders",
           None, "The Executive Director", ["adult-social-care"]),
        _q("6", "concern",
           "Concern was expressed that patients from the north of the county were being discharged",
           "there was a shortage of nursing home beds in the north of the county",
           None, "The Cabinet Member", ["adult-social-care"]),
        _q("6", "question",
           "asked what was being done to recruit more care workers",
           "the Council and providers had launched a joint recruitment campaign",
           "Mr Pardoe", "the Executive Director", ["workforce", "adult-social-care"]),
        _q("6", "question",
           "queried whether patients were being discharged too early in order to meet targets",
           "emergency readmission rates had not risen over the past year",
           None, "The Chief Operating Officer", ["adult-social-care"]),
        _q("6", "question",
           "In response to a question about the use of community hospital beds",
           "the 24 step-down beds at Marlden Community Hospital had been fully occupied",
           None, "Dr Aldous", []),
        _q("6", "comment",
           "carers were often told about a discharge on the day it happened",
           None, "Mrs Venning", None, ["adult-social-care"]),
        _q("6", "question",
           "asked whether the Trust routinely asked patients and carers about their experience of discharge",
           "the Trust would be working with Healthwatch Hambleshire on a survey",
           "Ms Ruddock", "The Chief Operating Officer", ["patient-and-public-input"]),
        _q("6", "request",
           "requested a breakdown of delays by hospital site and by reason",
           None, "The Vice-Chairman", None, []),
        _q("7", "question",
           "asked whether the Council had considered bringing home care back in-house",
           "an in-house service had been looked at as part of the options appraisal",
           "Mr Hamid", "The Executive Director", ["privatisation", "adult-social-care"]),
        _q("7", "concern",
           "Concerns were expressed that the lead provider model would leave the Council reliant",
           "the contracts would include contingency arrangements under which framework providers would take on packages",
           None, "The Head of Operations", ["subcontracting", "adult-social-care"]),
        _q("7", "question",
           "asked whether care workers would be paid for their travel time",
           "the specification would require providers to pay at least the National Living Wage",
           None, "The Head of Operations",
           ["workforce", "subcontracting", "adult-social-care"]),
        _q("7", "question",
           "asked how continuity of care would be measured",
           "continuity of care worker would be one of the key performance indicators",
           "Ms Ruddock", "the Executive Director",
           ["adult-social-care", "patient-and-public-input"]),
        _q("7", "comment",
           "the consultation had relied heavily on an online survey",
           None, "Mrs Lindqvist", None,
           ["patient-and-public-input", "adult-social-care"]),
        _q("7", "request",
           "requested that the Committee be given the opportunity to comment on the draft service specification",
           "agreed that the draft specification would be shared with the Committee in September",
           "Mr Ashby", "The Cabinet Member", ["subcontracting"]),
        _q("7", "question",
           "In response to a question about the cost of the new model",
           "expected to cost around £1.2 million more in a full year",
           None, "the Cabinet Member", ["finance"]),
        _q("8", "concern",
           "Members expressed concern that the closure had now lasted nine months",
           None, None, None, ["mental-health", "workforce"]),
        _q("8", "question",
           "In response to a question from Mrs Corderoy about whether any safeguarding concerns",
           "none of the visits had raised safeguarding issues",
           "Mrs Corderoy", "Ms Ruddock", ["adult-social-care"]),
        _q("9", "question",
           "asked why the recommendation on evening and weekend appointments had been rated amber",
           "the hub for the south of the county would not open until October",
           None, "Ms Tolhurst", ["primary-care", "workforce"]),
        _q("9", "concern",
           "Concern was expressed about the capacity of GP practices to cope",
           "developer contributions had been secured towards a new health centre at Kingsmoor Park",
           None, "The Director of Primary Care", ["primary-care", "finance"]),
        _q("9", "question",
           "that practices publish the average time taken to answer the telephone",
           "practices were independent contractors and the CCG could not require them",
           "Mrs Corderoy", "Ms Tolhurst", ["primary-care"]),
        _q("9", "question",
           "In response to a question about the closure of two pharmacies in Chessmoor",
           "she would ask NHS England to provide a written update for Members",
           None, "Ms Tolhurst", ["primary-care"]),
        _q("10", "request",
           "requested that ambulance response times in rural areas be added to the work programme",
           "she would invite the ambulance service to that meeting",
           "Mr Farrant", "The Committee and Governance Adviser", []),
    ]
    resolutions = [
        {"item": "3", "text": "minutes of the meeting held on Tuesday 22 May 2018 were confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "6",
         "text": "AGREED to receive a further report on delayed transfers of care in January 2019",
         "outcome": "agreed", "themes": []},
        {"item": "7",
         "text": "AGREED to make the following recommendations to the Cabinet Member for Health and Wellbeing",
         "outcome": "recommended",
         "themes": ["subcontracting", "patient-and-public-input", "adult-social-care"]},
        {"item": "9", "text": "the six recommendations rated green be signed off as complete",
         "outcome": "agreed", "themes": ["primary-care"]},
        {"item": "10", "text": "Members noted the work programme, subject to the addition above",
         "outcome": "noted", "themes": []},
    ]
    attendees = []
    for row in COUNTY_MEMBERS:
        for cell in row:
            m = re.match(r"(.*?)\s*\((.*)\)$", cell)
            if m:
                attendees.append({"name": m.group(1), "role": m.group(2),
                                  "attendance": "present"})
            else:
                attendees.append({"name": cell, "role": None, "attendance": "present"})
    for name, _council in DISTRICT_MEMBERS:
        attendees.append({"name": name, "role": None, "attendance": "present"})
    for name, role in OTHERS:
        attendees.append({"name": name, "role": role, "attendance": "in_attendance"})
    for name in ("Mrs S Cottam", "Mr L Harbord", "Mr M Iqbal"):
        attendees.append({"name": name, "role": None, "attendance": "apologies"})
    return {
        "document": MINUTES_NAME,
        "doc_type": "minutes",
        "committee": "Health and Adult Social Care Select Committee",
        "meeting_date": "2018-07-10",
        "items": items,
        "questions": questions,
        "resolutions": resolutions,
        "attendees": attendees,
    }


def news_gold():
    return {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------
# Text extraction and the check
# ---------------------------------------------------------------------------

def normalise(text):
    text = text.lower()
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", text).strip()


def doc_text(path):
    if path.suffix == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    return path.read_text(encoding="utf-8")


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("mk-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = DOCS / gold["document"]
        if not doc_path.exists():
            print(f"MISSING {doc_path}")
            ok = False
            continue
        text = normalise(doc_text(doc_path))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n_words = len(ph.split())
            count = text.count(normalise(ph))
            if count != 1 or not 6 <= n_words <= 15:
                ok = False
                print(f"FAIL {gold['document']} {kind}: {count} hits, {n_words} words: {ph!r}")
        print(f"{gold['document']}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    (DOCS / NEWS_NAME).write_text(NEWS_HTML, encoding="utf-8")
    for gold in (minutes_gold(), news_gold()):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / NEWS_NAME}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
