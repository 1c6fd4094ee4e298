#!/usr/bin/env python3
"""Build the "qo-" documents (round 229) and their gold annotations.

Usage:  build_qo.py           build documents/qo-* and gold/qo-*.json
        build_qo.py --check   verify every gold phrase occurs once in its document
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

MINUTES_NAME = "qo-brackenshaw-health-active-lifestyles-scrutiny-panel-2025-02-18.docx"
SCOPING_NAME = "qo-brackenshaw-gp-access-task-finish-group-scoping.docx"

FIXED = dt.datetime(2025, 2, 24, 11, 15, 0)
ZIP_TIME = (2025, 2, 24, 11, 15, 0)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def _new_document():
    from docx import Document
    from docx.shared import Pt, Cm

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    for name, size in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        st = doc.styles[name]
        st.font.name = "Arial"
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.italic = False
    sec = doc.sections[0]
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def _field(paragraph, instr: str) -> None:
    """Append a simple Word field (PAGE, NUMPAGES) to a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    fld.append(run)
    paragraph._p.append(fld)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _save_fixed(doc, path: Path, author: str, title: str) -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 4
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# The record of meeting
# ---------------------------------------------------------------------------

ATTENDANCE = [
    ("Present:",
     ["Cllr Ruth Ackerley (Chair)",
      "Cllr Nadeem Farooqi (Deputy Chair)",
      "Cllr Aisha Brennand",
      "Cllr Peter Gawthorpe",
      "Cllr Joan Haverstock",
      "Cllr Dale Ingleby",
      "Cllr Lorraine Poskitt",
      "Cllr Colin Rastrick",
      "Cllr Sian Tordoff"]),
    ("Co-opted member (non-voting):",
     ["Kath Ellerby \u2013 Healthwatch Brackenshaw"]),
    ("Apologies:",
     ["Cllr Graham Whiteley",
      "Cllr Anne Sugden"]),
    ("In attendance:",
     ["Cllr Yvonne Ramsbottom \u2013 Executive Member for Public Health and Active Lifestyles",
      "Dr Owen Catterall \u2013 Director of Public Health",
      "Helen Priestnall \u2013 Chief Officer Public Health",
      "Farida Qureshi \u2013 Health Improvement Principal (Oral Health)",
      "Lee Boothroyd \u2013 Trading Standards Manager",
      "Rachel Moxon \u2013 Principal Scrutiny Adviser",
      "Daniel Illingworth \u2013 Governance Officer"]),
    ("Guests:",
     ["Simon Heptonstall \u2013 Head of Primary Care Commissioning (Dental), Moorvale "
      "Integrated Care Board",
      "Dr Priya Lumb \u2013 Consultant in Dental Public Health, Moorvale Integrated Care Board",
      "Gary Threlfall \u2013 Service Director, Brackenshaw Pathways Partnership"]),
]

# Body blocks:
#   ("item", number, title)        item heading (Heading 2, number then a tab)
#   ("p", text)                    plain paragraph
#   ("label", label, text)         paragraph opening with a bold label run
#   ("sub", text)                  bold sub-heading paragraph (not a Word heading)
#   ("bullets", [text, ...])       List Bullet paragraphs
#   ("qr", [(q, r), ...])          two-column "Question / comment | Response" table
#   ("actions", rows)              the summary of actions table

BODY = [
    ("item", "43", "Appeals against Refusal of Inspection of Documents"),
    ("p", "There were no appeals against refusal of inspection of documents."),

    ("item", "44", "Exempt Information \u2013 Possible Exclusion of the Press and Public"),
    ("p", "There were no exempt items on the agenda."),

    ("item", "45", "Late Items"),
    ("p", "There were no formal late items. Supplementary information in relation to item 51 "
          "\u2013 a briefing note from Moorvale Integrated Care Board on the two urgent dental "
          "access centres \u2013 was circulated to Panel members on 14 February and has been "
          "published on the Council's website with the agenda papers."),

    ("item", "46", "Declarations of Interests"),
    ("p", "Cllr Brennand drew the Panel's attention, in relation to item 50, to her "
          "employment as a dispensing assistant at a community pharmacy in Scarrowby. This was "
          "not a disclosable pecuniary interest and she remained in the meeting for the item. "
          "No other declarations were made."),

    ("item", "47", "Apologies for Absence and Notification of Substitutes"),
    ("p", "Apologies were received from Cllr Whiteley and Cllr Sugden. Cllr Poskitt attended "
          "as substitute for Cllr Whiteley."),

    ("item", "48", "Open Forum"),
    ("p", "At the discretion of the Chair, up to 10 minutes may be allocated at each ordinary "
          "meeting for members of the public to make representations on matters within the "
          "Panel's terms of reference. Two people had registered to speak."),
    ("p", "Mr Keith Lumby, a resident of Lowgrave ward, spoke about the re-procurement of "
          "the drug and alcohol treatment service (item 50). Mr Lumby, whose son is now in "
          "recovery, was concerned that moving to a single lead provider would lead to the "
          "loss of the small peer-led groups that had supported his family, and asked the "
          "Panel to seek assurance that they would continue to be funded. The Chair thanked "
          "Mr Lumby for attending."),
    ("p", "Mrs Denise Akroyd, on behalf of the parents' group Clear Air at Lowgrave, asked "
          "what the Council could do about shops selling vapes within sight of school gates, "
          "and whether it would support a ban on vape displays near schools. The Chair "
          "invited the Trading Standards Manager to respond. He explained that the Council "
          "had no power to restrict where a lawful retailer could trade, but that test "
          "purchasing was targeted at shops near schools, and that a national retail "
          "registration scheme was expected once the Tobacco and Vapes Bill became law. "
          "The Chair thanked Mrs Akroyd and noted that vaping was item 52 on the agenda."),

    ("item", "49", "Minutes \u2013 14 January 2025"),
    ("label", "Agreed: ", "That the minutes of the meeting held on Tuesday, 14th January, "
                          "2025 be approved as a correct record."),
    ("label", "Action log: ", "The Principal Scrutiny Adviser confirmed that actions 1 to 4 "
                              "from the last meeting were complete. The breakdown of NHS "
                              "Health Check uptake by ward (action 5) is carried forward "
                              "and will be circulated before the March meeting."),

    ("item", "50", "Re-procurement of the Integrated Drug and Alcohol Treatment Service"),
    ("label", "Report of: ", "Director of Public Health"),
    ("label", "Presented by: ", "Helen Priestnall, Chief Officer Public Health, supported by "
                                "Dr Owen Catterall and by Gary Threlfall for the current "
                                "provider"),
    ("sub", "Summary"),
    ("p", "The Chief Officer Public Health introduced the report, which sets out the "
          "proposed approach to re-procuring the integrated drug and alcohol treatment "
          "service before the current contract with Brackenshaw Pathways Partnership ends "
          "on 31 March 2026. The service supports around 2,350 adults in structured "
          "treatment each year, together with a young people's substance misuse team and "
          "a family support service. The current contract is worth \u00a36.9m a year, "
          "of which \u00a31.2m is funded from the Drug and Alcohol Treatment and Recovery "
          "Improvement Grant, which is confirmed only to March 2026."),
    ("p", "The proposal is to procure a single lead provider on a five-year contract with "
          "the option to extend by up to two further years. The lead provider would be "
          "able to subcontract specialist elements, such as residential rehabilitation, "
          "the criminal justice pathway and peer support, to other organisations. A tender "
          "notice would be published in May 2025, with the award in October 2025 and a "
          "five-month mobilisation period. The annual contract value proposed is 6% lower "
          "than now, reflecting the uncertainty over grant funding after 2026."),
    ("p", "The Executive Member explained that the key decision to approve the procurement "
          "strategy is due to be taken in April 2025 and that the Panel's views would be "
          "reported alongside it. Mr Threlfall outlined the current service's performance, "
          "including the increase in the number of people in treatment for alcohol since "
          "2022 and the launch of the recovery caf\u00e9 in Hobbleford. He reported that "
          "drug-related deaths in the borough had fallen from 41 in 2022 to 33 in 2023, "
          "but that the number of people presenting with problems involving crack cocaine "
          "had almost doubled over the same period, and that waiting times for residential "
          "rehabilitation placements remained the main pressure on the service."),
    ("p", "The Chief Officer Public Health added that soft market testing in December had "
          "attracted interest from nine organisations, including two consortia of local "
          "voluntary groups, and that the evaluation would be weighted 60% quality, 30% "
          "price and 10% social value."),
    ("sub", "Key points of discussion"),
    ("bullets", [
        "Cllr Haverstock raised concern that the lead provider model would allow up to 35% "
        "of the contract value to be subcontracted to other organisations, with less "
        "visibility for the Council over how that money was spent. The Chief Officer Public "
        "Health advised that every subcontract above \u00a350,000 would need the Council's "
        "written consent, and that subcontractors would report through the lead provider's "
        "quarterly performance returns.",
        "Picking up the point made in the open forum, Cllr Rastrick asked how the small "
        "peer-led recovery groups would be protected under a single contract. Mr Threlfall "
        "said the groups currently received around \u00a3140,000 a year in small grants from "
        "the partnership. The Chief Officer added that the specification would require the "
        "new provider to keep a recovery community fund of at least that amount.",
        "Members commented that the engagement exercise carried out in the autumn (312 "
        "responses) had mostly reached people already in treatment, and that families and "
        "people who had dropped out of treatment were under-represented. The Director of "
        "Public Health acknowledged this and said that a second round of engagement, run "
        "with Healthwatch Brackenshaw, would target families and people not in contact with "
        "services.",
        "The Deputy Chair asked whether staff would transfer to a new provider under TUPE "
        "and what would happen to their pensions. Officers confirmed that TUPE was expected "
        "to apply to around 140 staff and that bidders would be required to offer broadly "
        "comparable pension arrangements.",
        "Cllr Brennand questioned whether the 6% reduction in the contract value would "
        "affect the needle and syringe programme in community pharmacies. The Chief Officer "
        "Public Health explained that pharmacy needle exchange was commissioned separately "
        "and was outside the scope of this procurement.",
        "Cllr Tordoff asked whether bringing the service in-house had been considered. The "
        "Director of Public Health said it had been appraised as option 3 in the report but "
        "discounted because of the cost of setting up clinical governance and prescribing "
        "systems within the Council.",
        "Ms Ellerby requested that people with lived experience of treatment sit on the "
        "tender evaluation panel, and not only be asked for their views on the "
        "specification. The Chief Officer agreed that two places on the evaluation panel "
        "would be offered to members of the Brackenshaw Recovery Network.",
        "Cllr Gawthorpe commented that the service had met its target for successful "
        "completions from opiate treatment in only two of the last eight quarters, and "
        "that the new contract needed stronger incentives to improve this.",
    ]),
    ("p", "The Chair thanked Mr Threlfall and the officers for their contributions."),
    ("label", "Outcome: ", "The Panel noted the proposed procurement approach and timetable "
                           "for the integrated drug and alcohol treatment service."),
    ("label", "Agreed: ", "That the Principal Scrutiny Adviser draft a summary of the Panel's "
                          "comments on subcontracting, pensions and lived experience for the "
                          "Executive Member, to be appended to the key decision report in "
                          "April 2025."),

    ("item", "51", "Access to NHS Dentistry and Children's Oral Health"),
    ("label", "Report of: ", "Moorvale Integrated Care Board and the Director of Public "
                             "Health"),
    ("label", "Presented by: ", "Simon Heptonstall and Dr Priya Lumb (Moorvale ICB); Farida "
                                "Qureshi (Public Health)"),
    ("sub", "Summary"),
    ("p", "Mr Heptonstall reported that 41% of adults in Brackenshaw had seen an NHS dentist "
          "in the 24 months to December 2024, compared with 40% nationally, and 55% of "
          "children in the previous 12 months. Of the 38 NHS dental practices in the "
          "borough, four had told the ICB that they were accepting new adult patients. The "
          "ICB had funded 6,400 additional urgent appointments in 2024/25 and two urgent "
          "dental access centres, in Scarrowby and Hobbleford, which between them had seen "
          "1,870 patients since opening in July."),
    ("p", "Ms Qureshi outlined the supervised toothbrushing programme, which now reaches "
          "3,100 children in 61 nursery and primary settings, and the results of the 2024 "
          "survey of five-year-olds, in which 29% had visible tooth decay against 23% in "
          "England. Rates in the three most deprived wards were more than double those in "
          "the least deprived. She explained that the oral health improvement plan for "
          "2022 to 2025 would be refreshed this year, and that the public health grant "
          "currently funds the toothbrushing programme, fluoride varnish in three "
          "children's centres and free toothbrush packs for health visitors to give out at "
          "the one-year review."),
    ("p", "Dr Lumb explained that the ICB's dental recovery plan for 2025/26 would focus on "
          "the east of the borough, where no practice had accepted new adult NHS patients "
          "since 2022, and that the ICB was in discussion with a provider about a new "
          "practice in Lowgrave."),
    ("sub", "Questions and responses"),
    ("qr", [
        ("Cllr Ingleby \u2013 How can residents find out which practices are taking new NHS "
         "patients, when the NHS website is often out of date?",
         "Mr Heptonstall \u2013 Practices are required to update their profile every 90 "
         "days. The ICB will write to the practices whose entries are out of date, and from "
         "March will publish its own list each month."),
        ("Cllr Poskitt \u2013 Concerned that children in the east of the borough were "
         "waiting up to 18 months for extractions under general anaesthetic at Brackenshaw "
         "General.",
         "Dr Lumb \u2013 The longest wait is currently 62 weeks. An additional theatre list "
         "has been funded from April 2025, which should bring waits below 40 weeks by the "
         "end of the year."),
        ("Cllr Farooqi \u2013 Why have three practices handed back their NHS contracts "
         "since 2023, and what has happened to the money?",
         "Mr Heptonstall \u2013 Practices cited the national contract and difficulty "
         "recruiting dentists. The contract value was re-procured as flexible commissioning "
         "sessions with two existing practices."),
        ("Kath Ellerby (Healthwatch) \u2013 Healthwatch often hears from people removed from "
         "a practice's list after one missed appointment. Is this allowed?",
         "Mr Heptonstall \u2013 Patients are not registered with a dentist in the way they "
         "are with a GP, but practices should follow national guidance. The ICB will follow "
         "up the individual cases that Healthwatch has shared."),
        ("Cllr Tordoff \u2013 Commented that the toothbrushing programme was excellent value "
         "and should be extended to all primary schools, not only those in the most "
         "deprived areas.",
         "Noted."),
        ("Cllr Rastrick \u2013 What is the ICB doing to recruit and keep dentists in "
         "Brackenshaw?",
         "Dr Lumb \u2013 The ICB is funding 12 places on a dental therapist training scheme "
         "and a payment of \u00a320,000 for dentists who take on NHS sessions in the areas "
         "of greatest need."),
        ("Cllr Haverstock \u2013 Asked that fluoride varnish be offered to children through "
         "the family hubs.",
         "Ms Qureshi \u2013 This would be considered in the refresh of the oral health "
         "improvement plan, due in the summer."),
    ]),
    ("label", "Outcome: ", "The Panel noted the update and agreed that the Chair would write "
                           "to Moorvale Integrated Care Board, copied to the Executive "
                           "Member, asking for a timetable for the return of routine NHS "
                           "dental access in the east of the borough."),

    ("item", "52", "Vaping among Young People: Enforcement and Prevention"),
    ("label", "Report of: ", "Director of Public Health and Chief Officer Safer Stronger "
                             "Communities"),
    ("label", "Presented by: ", "Lee Boothroyd, Trading Standards Manager; Dr Owen "
                                "Catterall, Director of Public Health"),
    ("sub", "Summary"),
    ("p", "The Trading Standards Manager reported that in 2024 officers had seized 21,600 "
          "illegal vapes (with oversized tanks or above the legal nicotine strength) from 37 "
          "premises, and that 14 of 52 test purchase attempts had resulted in a sale to a "
          "person under 18. Most seizures had been made with the police from convenience "
          "stores and market stalls rather than specialist vape shops. The seized "
          "products had a street value of around \u00a3270,000 and were being stored "
          "pending destruction, at a cost to the service of \u00a34,800 so far. He noted "
          "that the team had two full-time equivalent officers working on tobacco and "
          "vapes, funded until March 2026 through the national illicit tobacco programme, "
          "and that intelligence from schools and parents had led to four of the largest "
          "seizures."),
    ("p", "The Director of Public Health reported that the 2024 Growing Up in Brackenshaw "
          "survey found 18% of Year 10 pupils vaped at least weekly, up from 11% in 2022, "
          "while smoking among the same age group had continued to fall. The schools' "
          "vaping education resource had been used by 24 of the 31 secondary schools. He "
          "stressed that vaping remained a useful tool for adult smokers trying to quit, and "
          "that the aim was to stop children taking it up."),
    ("p", "The Executive Member said that the Council had written to the Government in "
          "support of the Tobacco and Vapes Bill, and that she would welcome the Panel's "
          "views on what the Council's response to the forthcoming consultation on retail "
          "licensing should say."),
    ("sub", "Questions and responses"),
    ("p", "Q. Cllr Tordoff: What happens to a retailer after an underage sale?"),
    ("p", "R. Trading Standards Manager: A first sale leads to a warning letter and an advice "
          "visit; a second within two years leads to a fixed penalty notice of \u00a32,500 "
          "or prosecution. Two retailers were prosecuted in 2024."),
    ("p", "Q. Cllr Ingleby: Is the Council ready to enforce the ban on single-use vapes "
          "from 1 June 2025?"),
    ("p", "R. Trading Standards Manager: Guidance from the Office for Product Safety and "
          "Standards is expected in March. The team will use existing staff and has not "
          "received new burdens funding for this."),
    ("p", "Q. Deputy Chair: Concerned that the report said little about vaping by children "
          "of primary age \u2013 is there any local data?"),
    ("p", "R. Director of Public Health: The survey does not currently cover primary "
          "pupils. A question for Year 6 will be added to the 2026 survey."),
    ("p", "Q. Cllr Brennand: Could stop smoking services support young people who want to "
          "quit vaping?"),
    ("p", "R. Director of Public Health: Yes. The Brackenshaw Stop Smoking Service takes "
          "referrals from the age of 12 and has helped 46 young people to stop vaping since "
          "April."),
    ("p", "Q. Cllr Gawthorpe: Schools need to involve pupils in designing anti-vaping "
          "messages, not just deliver lessons to them."),
    ("p", "R. Director of Public Health: Agreed \u2013 the Youth Council co-designed the "
          "Clear Heads campaign launched in September, and will be involved in the next "
          "phase."),
    ("p", "Members also commented on:"),
    ("bullets", [
        "the number of vape shops opening on the borough's high streets, which the planning "
        "system appeared unable to control; and",
        "the need for clearer messages to adult smokers that vaping is far less harmful "
        "than smoking.",
    ]),
    ("label", "Agreed: ", "To recommend to the Executive Board that the Council's response to "
                          "the Government on the retail licensing of vapes supports a licence "
                          "condition barring sales within 400 metres of a school."),

    ("item", "53", "Work Schedule"),
    ("p", "The Principal Scrutiny Adviser presented the Panel's work schedule for the "
          "remainder of 2024/25 and the draft terms of reference for the proposed task and "
          "finish group on access to GP appointments (Appendix 2). The Healthwatch annual "
          "report has moved from March to June at Healthwatch's request, and the "
          "Director of Public Health's annual report will now come to the April meeting, "
          "which will be the last of the municipal year. A visit to the Scarrowby urgent "
          "dental access centre has been arranged for 26 March for any members who wish "
          "to attend."),
    ("p", "Cllr Farooqi asked that the task and finish group hear directly from reception "
          "staff, and not only from practice managers. The Principal Scrutiny Adviser "
          "confirmed that a session with reception and care navigation staff would be "
          "arranged through the GP federation."),
    ("p", "Cllr Ingleby requested an update on uptake of the winter flu and COVID-19 "
          "vaccination programmes at a future meeting."),
    ("label", "Agreed: ", "(a) That the work schedule be approved, subject to the changes "
                          "discussed; and (b) that a task and finish group on access to GP "
                          "appointments be established with the terms of reference at "
                          "Appendix 2, its members to be Cllrs Ackerley, Farooqi, Haverstock, "
                          "Ingleby and Tordoff."),

    ("item", "54", "Date and Time of Next Meeting"),
    ("label", "Noted: ", "The next meeting will be held on Tuesday, 18th March, 2025 at "
                         "1.30 pm, with a pre-meeting for Panel members at 1.00 pm."),
    ("p", "The meeting closed at 4.05 pm."),

    ("actions", [
        ("1", "Send a summary of the Panel's comments on the drug and alcohol procurement to "
              "the Executive Member", "Principal Scrutiny Adviser", "14 March 2025"),
        ("2", "Offer two places on the tender evaluation panel to the Recovery Network",
              "Chief Officer Public Health", "May 2025"),
        ("3", "Share the monthly list of dental practices accepting NHS patients with "
              "Panel members", "Head of Primary Care Commissioning (Dental), Moorvale ICB",
              "Monthly from March 2025"),
        ("4", "Chair's letter to Moorvale ICB on routine dental access in the east of the "
              "borough", "Chair / Principal Scrutiny Adviser", "7 March 2025"),
        ("5", "Circulate underage sales and seizure figures by ward",
              "Trading Standards Manager", "18 March 2025"),
        ("6", "Arrange a session with reception staff for the GP access task and finish "
              "group", "Principal Scrutiny Adviser", "April 2025"),
        ("7", "NHS Health Check uptake by ward (carried forward from 14 January)",
              "Chief Officer Public Health", "18 March 2025"),
    ]),
]


def build_minutes(path: Path) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm, RGBColor

    doc = _new_document()
    sec = doc.sections[0]

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Draft record \u2013 to be approved at the meeting to be held on "
                   "Tuesday, 18th March, 2025")
    r.italic = True
    r.font.size = Pt(9)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Scrutiny Panel (Health and Active Lifestyles) \u2013 18 February 2025"
               "\t\tPage ").font.size = Pt(9)
    _field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(9)
    _field(fp, "NUMPAGES")

    for text, size in (("Brackenshaw Metropolitan Borough Council", 12),
                       ("Scrutiny Panel (Health and Active Lifestyles)", 16),
                       ("Record of meeting", 14)):
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(size)
    p = doc.add_paragraph("Tuesday, 18th February, 2025 at 1.30 pm")
    p = doc.add_paragraph("Committee Rooms 6 & 7, Civic Hall, Brackenshaw")

    table = doc.add_table(rows=len(ATTENDANCE), cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for row, (label, names) in zip(table.rows, ATTENDANCE):
        c0, c1 = row.cells
        c0.width = Cm(4.5)
        c1.width = Cm(12.0)
        c0.paragraphs[0].add_run(label).bold = True
        _shade(c0, "E7E6E6")
        c1.paragraphs[0].text = names[0]
        for name in names[1:]:
            c1.add_paragraph(name)

    doc.add_paragraph()

    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, number, title = block
            h = doc.add_heading(f"{number}\t{title}", level=2)
            for run in h.runs:
                run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "label":
            _, label, text = block
            p = doc.add_paragraph()
            p.add_run(label).bold = True
            p.add_run(text)
        elif kind == "sub":
            p = doc.add_paragraph()
            run = p.add_run(block[1])
            run.bold = True
            run.underline = True
        elif kind == "bullets":
            for text in block[1]:
                doc.add_paragraph(text, style="List Bullet")
        elif kind == "qr":
            rows = block[1]
            t = doc.add_table(rows=len(rows) + 1, cols=2)
            t.style = "Table Grid"
            hdr = t.rows[0].cells
            for cell, text in zip(hdr, ("Question / comment", "Response")):
                cell.paragraphs[0].add_run(text).bold = True
                _shade(cell, "D9E2F3")
            for row, (qtext, rtext) in zip(t.rows[1:], rows):
                row.cells[0].text = qtext
                row.cells[1].text = rtext
            doc.add_paragraph()
        elif kind == "actions":
            p = doc.add_paragraph()
            run = p.add_run("Summary of actions")
            run.bold = True
            run.font.size = Pt(12)
            rows = block[1]
            t = doc.add_table(rows=len(rows) + 1, cols=4)
            t.style = "Table Grid"
            for cell, text in zip(t.rows[0].cells, ("No.", "Action", "Lead", "By when")):
                cell.paragraphs[0].add_run(text).bold = True
                _shade(cell, "D9E2F3")
            for row, values in zip(t.rows[1:], rows):
                for cell, text in zip(row.cells, values):
                    cell.text = text
        else:
            raise ValueError(kind)

    doc.add_paragraph()
    doc.add_paragraph("Chair: ....................................................          "
                      "Date: ........................")

    _save_fixed(doc, path, "Daniel Illingworth",
                "Scrutiny Panel (Health and Active Lifestyles) - record of meeting 18.02.25")


# ---------------------------------------------------------------------------
# The scoping document (not minutes)
# ---------------------------------------------------------------------------

def build_scoping(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = _new_document()
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ").font.size = Pt(9)
    _field(fp, "PAGE")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Appendix 2").bold = True

    for text, size in (("Scrutiny Panel (Health and Active Lifestyles)", 14),
                       ("Task and Finish Group: Getting a GP Appointment", 16),
                       ("Scoping document and terms of reference", 13)):
        para = doc.add_paragraph()
        run = para.add_run(text)
        run.bold = True
        run.font.size = Pt(size)
    doc.add_paragraph("Draft for agreement by the Scrutiny Panel on 18 February 2025")

    def h(text: str) -> None:
        doc.add_heading(text, level=2)

    def np(num: str, text: str) -> None:
        doc.add_paragraph(f"{num}\t{text}")

    def bullets(items) -> None:
        for it in items:
            doc.add_paragraph(it, style="List Bullet")

    h("1.0\tIntroduction")
    np("1.1", "At its meeting in September 2024 the Scrutiny Panel (Health and Active "
              "Lifestyles) agreed to carry out a short, focused piece of work on how "
              "residents get an appointment with their GP practice. The subject was "
              "suggested by three ward members and by Healthwatch Brackenshaw, and has been "
              "raised at every Community Committee since the spring.")
    np("1.2", "This document sets out the scope of the review, the questions the group "
              "intends to answer, who it would like to hear from and the timetable. It is "
              "presented to the Panel for agreement.")

    h("2.0\tWhy this review?")
    np("2.1", "There are 34 GP practices in Brackenshaw, organised into six primary care "
              "networks, serving a registered population of around 329,000. In the 2024 GP "
              "Patient Survey, 64% of Brackenshaw patients described their experience of "
              "contacting their practice as good, compared with 67% in England, but the "
              "figure ranged from 38% to 91% between practices.")
    np("2.2", "Since October 2024 all practices have been expected to offer online "
              "access throughout core hours. Members have heard mixed views on whether this "
              "has helped residents who cannot or do not wish to use online forms, "
              "particularly older people, people whose first language is not English and "
              "people with learning disabilities.")
    np("2.3", "Healthwatch Brackenshaw's report 'Ringing at Eight', published in November "
              "2024, drew on 1,140 survey responses. The table below sets out what "
              "respondents told Healthwatch and what has changed since, as reported to the "
              "Panel by Moorvale Integrated Care Board.")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for row, (a, b) in zip(t.rows, (
        ("You said", "We did"),
        ("\"I rang at 8am for four days running and was still told there were no "
         "appointments left.\"",
         "Moorvale ICB funded cloud telephony with call-back for 29 of the 34 practices by "
         "December 2024."),
        ("\"I don't know who else at the practice I could see instead of a GP.\"",
         "Primary care networks have published leaflets explaining the roles of "
         "pharmacists, physiotherapists and paramedics in practices."),
        ("\"Why do I have to explain my problem to the receptionist?\"",
         "Practices are being supported to explain care navigation on their websites and "
         "telephone messages."),
        ("\"The online form closes by 10am.\"",
         "Not yet addressed \u2013 the group will explore this with practices."),
    )):
        row.cells[0].text = a
        row.cells[1].text = b

    h("3.0\tObjectives")
    np("3.1", "The task and finish group will:")
    bullets([
        "understand how residents currently contact their practice and get an "
        "appointment, and how this varies across the borough;",
        "identify what works well in practices where patients report a good experience;",
        "consider whether any groups of residents are being left behind by the move to "
        "online and telephone triage; and",
        "make practical recommendations to Moorvale Integrated Care Board, the primary care "
        "networks and the Council's Executive Board.",
    ])

    h("4.0\tKey lines of enquiry")
    np("4.1", "The group proposes to concentrate on the following questions:")
    for n, text in enumerate((
        "How do residents currently contact their practice, and how long does it take "
        "them to get through?",
        "Why do patients at some practices report a much better experience than patients "
        "at others with similar populations?",
        "How well are receptionists and care navigators trained and supported to direct "
        "patients to the right professional?",
        "What happens to residents who cannot use online forms, and is the telephone offer "
        "as good as the online one?",
        "Are residents aware of the roles of the additional staff now working in "
        "practices, such as clinical pharmacists and physician associates?",
        "What part do community pharmacies play through Pharmacy First, and could more "
        "patients be directed there?",
        "How are the views of patients, including patient participation groups, used to "
        "shape how practices organise appointments?",
    ), 1):
        doc.add_paragraph(f"({chr(96 + n)})\t{text}")
    np("4.2", "Members may also wish to ask witnesses: what would make the biggest "
              "difference for patients in the next twelve months, and what is stopping it "
              "happening now?")

    h("5.0\tComments of the Executive Member and Director")
    np("5.1", "In line with the Scrutiny Procedure Rules, the Executive Member for Public "
              "Health and Active Lifestyles and the Director of Public Health have been "
              "consulted on this scoping document. Both welcome the review. The Director has "
              "asked that the group consider the links between access to general practice "
              "and the uptake of NHS Health Checks and cancer screening, and has offered "
              "analysis from the public health intelligence team to support session 1.")
    np("5.2", "Moorvale Integrated Care Board has confirmed that the Head of Primary Care "
              "will attend, and has asked to see the group's draft recommendations before "
              "they are finalised so that it can comment on their feasibility.")

    h("6.0\tScope")
    np("6.1", "In scope: access to general practice appointments for adults and children, "
              "including telephone, online and walk-in routes; care navigation; the role of "
              "community pharmacy in relieving demand.")
    np("6.2", "Out of scope: GP contracts and funding, which are set nationally; NHS "
              "dentistry, which the Panel considers separately; out-of-hours and urgent "
              "treatment centre services.")

    h("7.0\tWitnesses")
    np("7.1", "The group would like to hear from:")
    t = doc.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    for row, (a, b) in zip(t.rows, (
        ("Witness", "Session"),
        ("Moorvale Integrated Care Board \u2013 Head of Primary Care", "1"),
        ("Two practice managers (one higher, one lower performing practice)", "2"),
        ("Reception and care navigation staff, through the GP federation", "2"),
        ("Healthwatch Brackenshaw and representatives of patient participation groups", "3"),
        ("Local Pharmaceutical Committee", "3"),
        ("Executive Member for Public Health and Active Lifestyles", "4"),
    )):
        row.cells[0].text = a
        row.cells[1].text = b

    h("8.0\tTimetable")
    t = doc.add_table(rows=6, cols=3)
    t.style = "Table Grid"
    for row, vals in zip(t.rows, (
        ("Session", "Date", "Focus"),
        ("1", "18 March 2025 (after the Panel meeting)", "The current picture: data on "
         "access, the national contract requirements and the ICB's recovery plan"),
        ("2", "8 April 2025", "Practice visits: how appointments are organised in practice"),
        ("3", "13 May 2025", "The patient's view: Healthwatch, patient participation groups "
         "and community pharmacy"),
        ("4", "10 June 2025", "Conclusions and draft recommendations"),
        ("Report", "15 July 2025", "Final report to the Scrutiny Panel"),
    )):
        for cell, text in zip(row.cells, vals):
            cell.text = text

    h("9.0\tEquality and diversity")
    np("9.1", "The group will seek evidence on the experience of residents with protected "
              "characteristics and of those affected by digital exclusion, and will ask "
              "Healthwatch to help it reach people who do not usually respond to surveys.")

    h("10.0\tMeasures of success")
    np("10.1", "The review will be judged a success if its recommendations are accepted and "
              "if, when the Panel monitors them in 2026, residents report that it has become "
              "easier to contact their practice.")
    np("10.2", "Six months after the final report, the Panel will receive a formal response "
               "from the Executive Board and from Moorvale Integrated Care Board setting out "
               "which recommendations have been accepted, and will then track progress "
               "against each recommendation until it is assessed as achieved or no longer "
               "relevant.")

    h("11.0\tMembership and support")
    np("11.1", "Cllrs Ackerley (lead member), Farooqi, Haverstock, Ingleby and Tordoff. The "
               "group will be supported by the Principal Scrutiny Adviser.")
    doc.add_paragraph("Contact: Rachel Moxon, Principal Scrutiny Adviser, "
                      "scrutiny@brackenshaw.gov.uk")

    _save_fixed(doc, path, "Rachel Moxon", "GP access task and finish group - scoping")


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


PH = "public-health"
CF = "children-and-families"
PC = "primary-care"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Scrutiny Panel (Health and Active Lifestyles)",
    "meeting_date": "2025-02-18",
    "items": [
        {"number": "43", "title": "Appeals against Refusal of Inspection of Documents"},
        {"number": "44", "title": "Exempt Information \u2013 Possible Exclusion of the Press "
                                  "and Public"},
        {"number": "45", "title": "Late Items"},
        {"number": "46", "title": "Declarations of Interests"},
        {"number": "47", "title": "Apologies for Absence and Notification of Substitutes"},
        {"number": "48", "title": "Open Forum"},
        {"number": "49", "title": "Minutes \u2013 14 January 2025"},
        {"number": "50", "title": "Re-procurement of the Integrated Drug and Alcohol "
                                  "Treatment Service"},
        {"number": "51", "title": "Access to NHS Dentistry and Children's Oral Health"},
        {"number": "52", "title": "Vaping among Young People: Enforcement and Prevention"},
        {"number": "53", "title": "Work Schedule"},
        {"number": "54", "title": "Date and Time of Next Meeting"},
    ],
    "questions": [
        # 48 open forum
        q("48", "concern",
          "was concerned that moving to a single lead provider would lead to the loss",
          "Mr Keith Lumby", None, None, ["subcontracting", "finance", PH]),
        q("48", "question",
          "asked what the Council could do about shops selling vapes",
          "Mrs Denise Akroyd",
          "test purchasing was targeted at shops near schools",
          "Trading Standards Manager", [PH, CF]),
        # 50 drug and alcohol re-procurement
        q("50", "concern",
          "would allow up to 35% of the contract value to be subcontracted",
          "Cllr Haverstock",
          "every subcontract above £50,000 would need the Council's written consent",
          "Chief Officer Public Health", ["subcontracting", "finance", PH]),
        q("50", "question",
          "asked how the small peer-led recovery groups would be protected",
          "Cllr Rastrick",
          "the specification would require the new provider to keep a recovery community fund",
          "Chief Officer", ["subcontracting", "finance", PH]),
        q("50", "comment",
          "the engagement exercise carried out in the autumn (312 responses) had mostly reached",
          None,
          "a second round of engagement, run with Healthwatch Brackenshaw, would target families",
          "Director of Public Health", ["patient-and-public-input", PH]),
        q("50", "question",
          "asked whether staff would transfer to a new provider under TUPE",
          "Deputy Chair",
          "TUPE was expected to apply to around 140 staff",
          None, ["workforce", "subcontracting", PH]),
        q("50", "question",
          "questioned whether the 6% reduction in the contract value would affect",
          "Cllr Brennand",
          "pharmacy needle exchange was commissioned separately and was outside the scope",
          "Chief Officer Public Health", ["finance", PC, PH]),
        q("50", "question",
          "asked whether bringing the service in-house had been considered",
          "Cllr Tordoff",
          "discounted because of the cost of setting up clinical governance",
          "Director of Public Health", ["privatisation", PH]),
        q("50", "request",
          "requested that people with lived experience of treatment sit on the tender evaluation panel",
          "Ms Ellerby",
          "two places on the evaluation panel would be offered to members",
          "Chief Officer", ["patient-and-public-input", "subcontracting", PH]),
        q("50", "comment",
          "the service had met its target for successful completions from opiate treatment",
          "Cllr Gawthorpe", None, None, ["subcontracting", PH]),
        # 51 dentistry
        q("51", "question",
          "How can residents find out which practices are taking new NHS patients",
          "Cllr Ingleby",
          "The ICB will write to the practices whose entries are out of date",
          "Mr Heptonstall", [PC]),
        q("51", "concern",
          "children in the east of the borough were waiting up to 18 months",
          "Cllr Poskitt",
          "An additional theatre list has been funded from April 2025",
          "Dr Lumb", [PC, CF]),
        q("51", "question",
          "Why have three practices handed back their NHS contracts since 2023",
          "Cllr Farooqi",
          "re-procured as flexible commissioning sessions with two existing practices",
          "Mr Heptonstall", [PC, "subcontracting", "finance"]),
        q("51", "question",
          "Healthwatch often hears from people removed from a practice's list after one missed appointment",
          "Kath Ellerby",
          "will follow up the individual cases that Healthwatch has shared",
          "Mr Heptonstall", [PC, "patient-and-public-input"]),
        q("51", "comment",
          "the toothbrushing programme was excellent value and should be extended to all",
          "Cllr Tordoff", None, None, [PH, CF]),
        q("51", "question",
          "What is the ICB doing to recruit and keep dentists in Brackenshaw",
          "Cllr Rastrick",
          "funding 12 places on a dental therapist training scheme",
          "Dr Lumb", [PC, "workforce"]),
        q("51", "request",
          "Asked that fluoride varnish be offered to children through the family hubs",
          "Cllr Haverstock",
          "would be considered in the refresh of the oral health improvement plan",
          "Ms Qureshi", [PH, CF]),
        # 52 vaping
        q("52", "question",
          "What happens to a retailer after an underage sale",
          "Cllr Tordoff",
          "a second within two years leads to a fixed penalty notice",
          "Trading Standards Manager", [PH, CF]),
        q("52", "question",
          "Is the Council ready to enforce the ban on single-use vapes",
          "Cllr Ingleby",
          "The team will use existing staff and has not received new burdens funding",
          "Trading Standards Manager", [PH, "finance"]),
        q("52", "concern",
          "the report said little about vaping by children of primary age",
          "Deputy Chair",
          "A question for Year 6 will be added to the 2026 survey",
          "Director of Public Health", [PH, CF]),
        q("52", "question",
          "Could stop smoking services support young people who want to quit vaping",
          "Cllr Brennand",
          "takes referrals from the age of 12 and has helped 46 young people",
          "Director of Public Health", [PH, CF]),
        q("52", "comment",
          "Schools need to involve pupils in designing anti-vaping messages",
          "Cllr Gawthorpe",
          "the Youth Council co-designed the Clear Heads campaign launched in September",
          "Director of Public Health", [PH, CF, "patient-and-public-input"]),
        q("52", "comment",
          "the number of vape shops opening on the borough's high streets",
          None, None, None, [PH]),
        q("52", "comment",
          "the need for clearer messages to adult smokers that vaping is far less harmful",
          None, None, None, [PH]),
        # 53 work schedule
        q("53", "request",
          "asked that the task and finish group hear directly from reception staff",
          "Cllr Farooqi",
          "a session with reception and care navigation staff would be arranged",
          "Principal Scrutiny Adviser", [PC, "workforce"]),
        q("53", "request",
          "requested an update on uptake of the winter flu and COVID-19 vaccination programmes",
          "Cllr Ingleby", None, None, [PH]),
    ],
    "resolutions": [
        res("49", "the minutes of the meeting held on Tuesday, 14th January, 2025 be approved",
            "agreed", []),
        res("50", "The Panel noted the proposed procurement approach and timetable",
            "noted", ["subcontracting", PH]),
        res("50", "draft a summary of the Panel's comments on subcontracting, pensions and lived experience",
            "agreed", ["subcontracting", "workforce", "patient-and-public-input", PH]),
        res("51", "asking for a timetable for the return of routine NHS dental access",
            "agreed", [PC]),
        res("52", "supports a licence condition barring sales within 400 metres of a school",
            "recommended", [PH, CF]),
        res("53", "a task and finish group on access to GP appointments be established",
            "agreed", [PC]),
        res("54", "The next meeting will be held on Tuesday, 18th March, 2025",
            "noted", []),
    ],
    "attendees": [
        att("Cllr Ruth Ackerley", "Chair", "present"),
        att("Cllr Nadeem Farooqi", "Deputy Chair", "present"),
        att("Cllr Aisha Brennand", None, "present"),
        att("Cllr Peter Gawthorpe", None, "present"),
        att("Cllr Joan Haverstock", None, "present"),
        att("Cllr Dale Ingleby", None, "present"),
        att("Cllr Lorraine Poskitt", None, "present"),
        att("Cllr Colin Rastrick", None, "present"),
        att("Cllr Sian Tordoff", None, "present"),
        att("Kath Ellerby", "Healthwatch Brackenshaw", "present"),
        att("Cllr Graham Whiteley", None, "apologies"),
        att("Cllr Anne Sugden", None, "apologies"),
        att("Cllr Yvonne Ramsbottom",
            "Executive Member for Public Health and Active Lifestyles", "in_attendance"),
        att("Dr Owen Catterall", "Director of Public Health", "in_attendance"),
        att("Helen Priestnall", "Chief Officer Public Health", "in_attendance"),
        att("Farida Qureshi", "Health Improvement Principal (Oral Health)", "in_attendance"),
        att("Lee Boothroyd", "Trading Standards Manager", "in_attendance"),
        att("Rachel Moxon", "Principal Scrutiny Adviser", "in_attendance"),
        att("Daniel Illingworth", "Governance Officer", "in_attendance"),
        att("Simon Heptonstall",
            "Head of Primary Care Commissioning (Dental), Moorvale Integrated Care Board",
            "in_attendance"),
        att("Dr Priya Lumb",
            "Consultant in Dental Public Health, Moorvale Integrated Care Board",
            "in_attendance"),
        att("Gary Threlfall", "Service Director, Brackenshaw Pathways Partnership",
            "in_attendance"),
    ],
}

SCOPING_GOLD = {"document": SCOPING_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_NAME)
    build_scoping(DOCS / SCOPING_NAME)
    for gold in (MINUTES_GOLD, SCOPING_GOLD):
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
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
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
    for gold_path in sorted(GOLD.glob("qo-*.json")):
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / SCOPING_NAME}\ngold in {GOLD}")
