"""Build the round-3 "f-" held-out documents and check the "f-" gold files.

    python tests/other-councils/build_f.py            # write documents/
    python tests/other-councils/build_f.py --check    # verify gold phrases

Deterministic: no network, no randomness, fixed PDF creation dates.
All councils, people, places and figures are invented.
"""

import datetime
import html
import json
import re
import sys
import textwrap
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = datetime.datetime(2025, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------

def _pdf_class():
    from fpdf import FPDF

    class Doc(FPDF):
        header_left = ""
        header_right = ""
        footer_fmt = "Page {n}"
        family = "Serif"

        def header(self):
            self.set_font(self.family, "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.header_left, new_x="LMARGIN", new_y="TOP")
            self.cell(0, 5, self.header_right, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font(self.family, "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.footer_fmt.format(n=self.page_no(), nb="{nb}"), align="C")
            self.set_text_color(0, 0, 0)

    return Doc


def new_pdf(family, left, right, footer_fmt):
    Doc = _pdf_class()
    pdf = Doc(format="A4")
    pdf.family = family
    if family == "Serif":
        pdf.add_font("Serif", "", str(FONTS / "DejaVuSerif.ttf"))
        pdf.add_font("Serif", "B", str(FONTS / "DejaVuSerif-Bold.ttf"))
        pdf.add_font("Serif", "I", str(FONTS / "DejaVuSerif-Italic.ttf"))
        pdf.add_font("Serif", "BI", str(FONTS / "DejaVuSerif-BoldItalic.ttf"))
    else:
        pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
        pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        pdf.add_font("Sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
        pdf.add_font("Sans", "BI", str(FONTS / "DejaVuSans-BoldOblique.ttf"))
    pdf.header_left, pdf.header_right, pdf.footer_fmt = left, right, footer_fmt
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages("{nb}")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("Greyford Democratic Services")
    return pdf


def pdf_para(pdf, text, size=10.5, style="", indent=0, label=None, gap=2.2, align="L", md=False):
    pdf.set_font(pdf.family, style, size)
    x0 = pdf.l_margin + indent
    if label is not None:
        pdf.set_x(x0)
        pdf.cell(10, 5.2, label, new_x="RIGHT", new_y="TOP")
        x0 += 10
    pdf.set_x(x0)
    pdf.multi_cell(pdf.w - pdf.r_margin - x0, 5.2, text, align=align, markdown=md,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def pdf_heading(pdf, text, size=11.5):
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font(pdf.family, "B", size)
    pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


# ---------------------------------------------------------------------------
# 1. Greyford County Council – full Council minutes (PDF)
# ---------------------------------------------------------------------------

GREYFORD_PRESENT = [
    "Councillor Jane Ashdown (Chairman)",
    "Councillor Peter Tillotson (Vice-Chairman)",
    "Councillor Dele Akinola", "Councillor Susan Barraclough", "Councillor Tom Bellweather",
    "Councillor Ciara Brennan", "Councillor Hugh Castleton", "Councillor Anne Doughty",
    "Councillor Richard Ellery", "Councillor Mark Farrant", "Councillor Lowri Gethin",
    "Councillor Pauline Hallam", "Councillor Graham Ingleby", "Councillor Keith Jarrold",
    "Councillor Fiona Kettering", "Councillor Nigel Loveday", "Councillor Rukhsana Mahmood",
    "Councillor Oliver Nettleship", "Councillor Eleanor Pargeter", "Councillor Stuart Quayle",
    "Councillor Brian Radcliffe", "Councillor Valerie Saltmarsh", "Councillor William Thursby",
    "Councillor Yvonne Underhill", "Councillor Ian Vosper", "Councillor Helen Whitcombe",
]


def build_greyford_minutes(path):
    pdf = new_pdf("Serif", "Greyford County Council – Minutes", "County Council – 17 July 2025",
                  "Page {n} of {nb}")
    pdf.add_page()
    P = lambda *a, **k: pdf_para(pdf, *a, **k)
    H = lambda t: pdf_heading(pdf, t)

    pdf.set_font("Serif", "B", 15)
    pdf.cell(0, 8, "GREYFORD COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    P("MINUTES of a meeting of the COUNTY COUNCIL held in the Council Chamber, Shire Hall, "
      "Greyford on Thursday, 17 July 2025 at 10.00 am.", size=11)
    P("PRESENT: " + ", ".join(GREYFORD_PRESENT) + ".")
    P("IN ATTENDANCE: Claire Ormerod (Chief Executive), Martin Cole (Executive Director of "
      "Resources and Section 151 Officer), James Pennington (Director of Law and Governance and "
      "Monitoring Officer) and Tessa Fairweather (Head of Democratic Services).")
    P("UNRESTRICTED ITEMS", style="B", size=10)

    H("31.  Apologies for Absence")
    P("The Head of Democratic Services reported apologies for absence from Councillor Alan "
      "Yelland, Councillor Doreen Zouch and Councillor Kathryn Hartigan.", label="(1)")

    H("32.  Declarations of Interests by Members in items on the Agenda")
    P("Councillor Tom Bellweather declared a disclosable pecuniary interest in Minute 36 "
      "(Motion – Community Pharmacy Closures) as a director of a company that operates two "
      "pharmacies in the county. He left the Chamber during the debate and took no part in "
      "the vote.", label="(1)")
    P("Councillor Valerie Saltmarsh declared an other significant interest in Minute 40 as a "
      "governor of Brackley Vale Academy. She remained in the Chamber.", label="(2)")

    H("33.  Minutes of the meeting held on 15 May 2025")
    P("RESOLVED – That the minutes of the Annual Meeting held on 15 May 2025 are correctly "
      "recorded and that they be signed by the Chairman.", label="(1)")

    H("34.  Chairman’s Announcements")
    P("The Chairman reported with sadness the death of Edwin Marlowe, who had represented "
      "Brackley South on the County Council from 1997 to 2013 and had chaired the Planning "
      "Applications Committee for six years. Members stood in silence in his memory.",
      label="(1)")
    P("The Chairman congratulated the Greyford Libraries service on receiving a national "
      "award for its Summer Reading Challenge, in which more than 11,000 children had taken "
      "part in 2024.", label="(2)")
    P("The Chairman thanked the many volunteers who had supported the Greyford County Show on "
      "28 and 29 June, which had raised £41,500 for her chosen charities.", label="(3)")

    H("35.  Questions from Members of the Council")
    P("In accordance with Standing Order 12, eight questions had been received by the "
      "deadline. The Chairman reminded Members that 45 minutes were allowed for questions and "
      "replies, and that a Member asking a question could ask one supplementary question "
      "arising from the reply.", label="(1)")

    def q(num, head, question, reply=None, supp=None, supp_reply=None, no_supp=None):
        pdf.set_font("Serif", "B", 10.5)
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.multi_cell(0, 5.2, f"Question {num} – {head}", align="L", new_x="LMARGIN",
                       new_y="NEXT")
        pdf.ln(1.2)
        P(question, indent=10)
        if reply:
            P("**Reply:** " + reply, indent=10, md=True)
        if supp:
            P("**Supplementary question:** " + supp, indent=10, md=True)
        if supp_reply:
            P("**Reply:** " + supp_reply, indent=10, md=True)
        if no_supp:
            P(no_supp, indent=10, style="I")

    q(1, "Councillor Lowri Gethin to the Cabinet Member for Adult Social Care and Public Health",
      "How many people in Greyford were waiting for a package of home care on 30 June 2025, and "
      "what was the longest time that any of them had been waiting?",
      reply="On 30 June 2025, 212 people were waiting for a package of home care, down from 341 "
            "a year earlier. The longest wait was 74 days, for a resident in a rural part of the "
            "Wealdon district, where recruiting care workers remains very difficult. Everyone "
            "who is waiting has a named worker and an interim arrangement, most often support "
            "from family carers or a short stay in a care home.",
      supp="Given that the longest waits are in rural areas, will the Cabinet Member consider "
           "paying providers a higher rural rate so that they can attract care workers?",
      supp_reply="A rural uplift of 6 per cent was introduced for all framework providers in "
                 "April. Its effect will be reported to the Adult Social Care Cabinet Committee "
                 "in the autumn before any further increase is considered.")

    q(2, "Councillor Mark Farrant to the Cabinet Member for Children’s Services and Education",
      "What percentage of new Education, Health and Care Plans were issued within the statutory "
      "20 weeks in 2024-25, and what is being done to improve performance?",
      reply="In 2024-25, 38 per cent of new plans were issued within 20 weeks, compared with 29 "
            "per cent the year before. Eleven additional educational psychologists have been "
            "recruited since September and the number of assessments waiting to be allocated "
            "has fallen from 640 to 395 since January.",
      supp="Parents tell me that many delays are caused by late advice from health partners. "
           "What is the Cabinet Member doing to hold the NHS to account for its part in the "
           "process?",
      supp_reply="The Designated Clinical Officer now reports every month to the SEND "
                 "Partnership Board on late health advice, and the Integrated Care Board has "
                 "agreed a target that 90 per cent of advice will be returned within six weeks.")

    q(3, "Councillor Susan Barraclough to the Cabinet Member for Highways and Transport",
      "Will the Cabinet Member confirm when the resurfacing of the B2190 through Hollins Cross "
      "will be completed, as residents have now endured three months of temporary traffic "
      "lights?",
      reply="The remaining works are programmed for the school summer holidays, when traffic "
            "is lighter, and will be completed by 29 August 2025, weather permitting.",
      no_supp="Councillor Barraclough did not ask a supplementary question.")

    q(4, "Councillor Rukhsana Mahmood to the Leader of the Council",
      "What assessment has the Leader made of the risks to Greyford of the Government’s "
      "proposals for local government reorganisation, and will all Members be involved before "
      "any final proposal is submitted?",
      reply="The interim proposal submitted in March set out the main risks, in particular the "
            "disaggregation of adult social care and children’s services across new unitary "
            "councils. All Members will be invited to a seminar on 9 September, and the final "
            "proposal will come to an extraordinary meeting of the Council in November.",
      supp="Will the Leader publish the financial modelling that underpins the interim "
           "proposal?",
      supp_reply="Yes. The financial case prepared by the Council’s advisers will be "
                 "published in full with the papers for the November meeting.")

    q(5, "Councillor Ian Vosper to the Cabinet Member for Finance and Resources",
      "How much did the Council spend on agency social workers in 2024-25, and how does this "
      "compare with the previous year?",
      reply="Spending on agency social workers was £9.2 million in 2024-25, compared with "
            "£11.6 million in 2023-24. The number of agency social workers fell from 118 to 81 "
            "over the year, helped by the grow-our-own degree apprenticeship and the regional "
            "agreement that caps agency pay rates.",
      no_supp="There was no supplementary question.")

    P("The time allowed for questions having expired, the Chairman announced that Questions 6, "
      "7 and 8 had not been reached. In accordance with Standing Order 12, written replies "
      "would be sent to the Members concerned and published on the Council’s website. The "
      "questions were as follows:", label="(2)")

    q(6, "Councillor Dele Akinola to the Cabinet Member for Adult Social Care and Public Health",
      "How many care homes in the county are currently rated Requires Improvement or Inadequate "
      "by the Care Quality Commission, and how many of these does the Council still place "
      "residents in?")
    q(7, "Councillor Eleanor Pargeter to the Cabinet Member for Children’s Services and Education",
      "How many children in the care of the County Council are currently placed more than 20 "
      "miles from their home area, and how many of them are aged 16 or 17 and living in "
      "unregistered placements?")
    q(8, "Councillor Yvonne Underhill to the Cabinet Member for Adult Social Care and Public Health",
      "What funding has the Council allocated to stop smoking services in 2025-26, and how "
      "does this compare with the uplift in the ring-fenced grant received from the "
      "Government?")

    H("36.  Motion – Community Pharmacy Closures")
    P("Councillor Oliver Nettleship moved and Councillor Valerie Saltmarsh seconded the "
      "following motion, of which notice had been given under Standing Order 11:", label="(1)")
    P("“This Council notes that fourteen community pharmacies in Greyford have closed since "
      "April 2023, most of them in market towns and rural areas, and that some residents of "
      "the Wealdon and Brackley districts now face a round trip of more than ten miles to "
      "collect a prescription.", indent=10)
    P("This Council therefore:", indent=10)
    P("(a) asks the Leader to write to the Secretary of State for Health and Social Care "
      "calling for an urgent review of the community pharmacy contractual framework;",
      indent=16)
    P("(b) asks the Health Overview and Scrutiny Committee to examine access to pharmacy "
      "services in rural areas and to report its findings to the Council; and", indent=16)
    P("(c) asks the Director of Public Health to update the Pharmaceutical Needs Assessment to "
      "reflect the closures.”", indent=16)
    P("Councillor Ciara Brennan moved and Councillor Dele Akinola seconded the following "
      "amendment:", label="(2)")
    P("Add a new paragraph (d): “(d) commits up to £250,000 from the General Reserve to fund "
      "a pilot prescription delivery service in the three districts most affected by "
      "closures.”", indent=10)
    P("Following debate, the amendment was put to the vote and a recorded vote having been "
      "requested by five Members, the voting was as follows:", label="(3)")
    P("For (9): Councillors Akinola, Brennan, Farrant, Gethin, Jarrold, Mahmood, Quayle, "
      "Underhill and Vosper.", indent=10)
    P("Against (15): Councillors Ashdown, Barraclough, Castleton, Doughty, Ellery, Hallam, "
      "Ingleby, Kettering, Loveday, Nettleship, Pargeter, Radcliffe, Saltmarsh, Tillotson and "
      "Whitcombe.", indent=10)
    P("Abstain (1): Councillor Thursby.", indent=10)
    P("The amendment was lost, 9 Members having voted for it and 15 against.", indent=10,
      style="B")
    P("The Chairman then put the original motion to the vote as the substantive motion. The "
      "substantive motion was carried and it was therefore RESOLVED – That this Council:",
      label="(4)")
    P("(a) asks the Leader to write to the Secretary of State for Health and Social Care "
      "calling for an urgent review of the community pharmacy contractual framework;",
      indent=16)
    P("(b) asks the Health Overview and Scrutiny Committee to examine access to pharmacy "
      "services in rural areas and to report its findings to the Council; and", indent=16)
    P("(c) asks the Director of Public Health to update the Pharmaceutical Needs Assessment to "
      "reflect the closures.", indent=16)

    H("37.  Treasury Management Annual Report 2024-25")
    P("Councillor Fiona Kettering, Cabinet Member for Finance and Resources, introduced the "
      "report, which set out the Council’s borrowing and investment activity during 2024-25. "
      "She informed the Council that total external borrowing had fallen to £682 million and "
      "that investment income of £14.3 million had been earned, £2.1 million more than "
      "budgeted.", label="(1)")
    P("Councillor Keith Jarrold asked why the Council’s average rate of return on its "
      "investments had fallen below that of comparable county councils. Councillor Kettering "
      "explained that the Council had deliberately held a higher proportion of its cash in "
      "instant-access money market funds in order to manage its cashflow during the year.",
      label="(2)")
    P("Councillor Lowri Gethin expressed concern that the cost of financing the capital "
      "programme would rise to more than 9 per cent of net revenue spending by 2027-28.",
      label="(3)")
    P("Councillor Stuart Quayle questioned whether the Council’s loans to Greyford Property "
      "Holdings LLP represented value for money for residents, given the fall in commercial "
      "rents since 2022.", label="(4)")
    P("RESOLVED – That the Treasury Management Annual Report 2024-25 be noted.", label="(5)")

    H("38.  Appointments to Committees")
    P("RESOLVED – That Councillor Anne Doughty be appointed to the Health Overview and "
      "Scrutiny Committee in place of Councillor Hugh Castleton, and that Councillor Hugh "
      "Castleton be appointed to the Pension Fund Committee for the remainder of the "
      "municipal year.", label="(1)")

    H("39.  Amendments to the Constitution")
    P("The Monitoring Officer introduced the report, which proposed changes to the Contract "
      "Procedure Rules and to the scheme of delegation to officers following the review "
      "carried out by the Governance and Audit Committee. The changes reflected the "
      "Procurement Act 2023, which came into force in February 2025.", label="(1)")
    P("RESOLVED – That (1) the revised Contract Procedure Rules set out at Appendix 1 to the "
      "report be approved; (2) the revised scheme of delegation to officers set out at "
      "Appendix 2 be approved; and (3) the Monitoring Officer be authorised to make any "
      "consequential changes to the Constitution.", label="(2)")

    H("40.  Home to School Transport Policy 2026-27 (Recommendation from Cabinet)")
    P("Councillor Graham Ingleby moved and Councillor Peter Tillotson seconded the "
      "recommendation of the Cabinet meeting held on 26 June 2025. Councillor Ingleby "
      "explained that the policy had to be published by 31 July so that families could take "
      "it into account when applying for secondary school places.", label="(1)")
    P("RESOLVED – That the Home to School Transport Policy 2026-27, as set out in Appendix A "
      "to the Cabinet report, be adopted with effect from 1 September 2026.", label="(2)")

    pdf.ln(6)
    P("The meeting closed at 1.42 pm.", style="I")
    pdf.ln(8)
    P("Chairman ……………………………………", align="R")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# 2. Kestrel Bay Council – Health Scrutiny Committee (saved ModernGov page)
# ---------------------------------------------------------------------------

def build_kestrel(path):
    e = html.escape

    def paras(*ps):
        return "\n".join(f"<p>{p}</p>" for p in ps)

    items = [
        ("52", "AI20411", "Apologies for Absence and Substitutions",
         "To receive any apologies for absence and to note any substitutions.",
         [],
         ("Minutes", paras(
             "Apologies for absence were received from Councillor Trevor Mallinson and "
             "Councillor Bryony Keele. Councillor Ashok Varma attended as a substitute for "
             "Councillor Mallinson."))),
        ("53", "AI20412", "Declarations of Interest",
         "Members are asked to declare any interests in items on this agenda.",
         [],
         ("Minutes", paras(
             "Councillor Sunita Rao declared a non-registrable interest in Minute 56 as her "
             "daughter is employed as a staff nurse at Kestrel Bay General Hospital. She "
             "remained in the meeting and took part in the discussion."))),
        ("54", "AI20413", "Minutes of the Previous Meeting",
         "To approve the minutes of the meeting held on 21 January 2025 as a correct record.",
         [("Minutes, 21/01/2025, Health Scrutiny Committee", "PDF 214 KB")],
         ("Decision", paras(
             "RESOLVED: That the minutes of the meeting held on 21 January 2025 be approved "
             "as a correct record and signed by the Chair."))),
        ("55", "AI20414", "Public Questions",
         "To receive any questions from members of the public submitted in accordance with "
         "the Council Procedure Rules.",
         [],
         ("Minutes", paras("There were no public questions for this meeting."))),
        ("56", "AI20415", "Winter Pressures and Hospital Discharge",
         "To receive a joint report of the Director of Adult Social Care and the Chief "
         "Operating Officer, Kestrel Bay Hospitals NHS Foundation Trust.",
         [("Winter Pressures and Hospital Discharge report", "PDF 618 KB"),
          ("Appendix 1 - Discharge performance dashboard", "PDF 301 KB")],
         ("Minutes", paras(
             "The Committee considered a joint report on the performance of the local health "
             "and care system over the winter period and on the arrangements for discharging "
             "patients from Kestrel Bay General Hospital. Gareth Lowther, Chief Operating "
             "Officer, and Sian Pemberton, Director of Adult Social Care, presented the report.",
             "The Committee was informed that the number of patients in hospital who no longer "
             "met the criteria to reside had averaged 62 a day in January, against a target of "
             "45, and that 18 additional reablement places had been commissioned from December.",
             "Members noted the opening in November of the 24-bed transfer of care hub at "
             "Harbourside Court, and thanked staff across the system for their work over the "
             "winter.",
             "Concerns were raised regarding the number of residents discharged to care homes "
             "outside the borough because no local place was available. The Director of Adult "
             "Social Care explained that 23 people had been placed out of area in the last "
             "quarter, and that a block arrangement with two local nursing homes would start "
             "in April.",
             "In answer to a question, the Chief Operating Officer stated that ambulance "
             "handover times had improved to an average of 38 minutes in February, although "
             "eleven handovers had still taken longer than three hours.",
             "A Member asked whether the &pound;3.1 million of additional winter funding "
             "would be repeated next year. The Director of Adult Social Care replied that an "
             "allocation had been confirmed for 2025/26 but at a reduced level of &pound;2.4 "
             "million.",
             "Concerns were raised regarding the hospital&rsquo;s continued reliance on agency "
             "nurses on the acute medical wards throughout the winter.",
             "A Member requested that future reports include data on emergency readmissions "
             "within 30 days of discharge, broken down by discharge pathway.",
             "RESOLVED: (1) That the report be noted. (2) That the Committee recommends to "
             "the Health and Wellbeing Board that a joint plan be developed to reduce "
             "out-of-area care home placements following a hospital stay."))),
        ("57", "AI20416", "Primary Care Access Recovery Plan - Progress Update",
         "To receive an update from the Kestrel Bay and Estuary Integrated Care Board.",
         [("Primary Care Access Recovery Plan update", "PDF 455 KB")],
         ("Decision", paras(
             "RESOLVED: That the progress update on the Primary Care Access Recovery Plan "
             "for Kestrel Bay be noted."))),
        ("58", "AI20417", "Mental Health Crisis Services",
         "To receive a report from Estuary Partnership NHS Foundation Trust on the adult "
         "crisis care pathway.",
         [("Mental Health Crisis Services report", "PDF 512 KB")],
         ("Minutes", paras(
             "Dr Imogen Faraday, Clinical Director, Estuary Partnership NHS Foundation Trust, "
             "introduced the report on the crisis care pathway, including the new 24/7 crisis "
             "line and the crisis caf&eacute; that had opened in Kestrel Bay town centre in "
             "October.",
             "A Member asked how many calls to the crisis line had been abandoned before "
             "being answered. Dr Faraday replied that 9 per cent of calls had been abandoned "
             "in January, down from 21 per cent in the summer, following the recruitment of "
             "eight additional call handlers.",
             "Concerns were raised regarding waiting times for children and young people "
             "referred to CAMHS, some of whom had waited more than a year for a first "
             "appointment.",
             "In answer to a question, the Head of Mental Health Commissioning stated that "
             "the crisis caf&eacute; was run by a local charity, Harbour Minds, under a "
             "three-year contract worth &pound;420,000.",
             "A Member queried whether people with lived experience had been involved in "
             "designing the new pathway. The Clinical Director confirmed that a group of 14 "
             "service users had co-produced the pathway and would continue to meet quarterly.",
             "Members sought an assurance that the police would no longer be the first "
             "responders to most mental health calls once the Right Care, Right Person "
             "approach was fully in place.",
             "RESOLVED: (1) That the report be noted. (2) That the Committee agrees to hold a "
             "themed meeting on waiting times for CAMHS in September 2025."))),
        ("59", "AI20418", "Adult Social Care Workforce Strategy 2025-2028",
         "To consider the draft Adult Social Care Workforce Strategy before it is submitted "
         "to Cabinet.",
         [("Draft Adult Social Care Workforce Strategy", "PDF 1 MB")],
         ("Decision", paras(
             "RESOLVED: That the draft Adult Social Care Workforce Strategy 2025-2028 be "
             "endorsed, subject to the inclusion of a target for reducing the use of agency "
             "care staff by 2027."))),
        ("60", "AI20419", "Work Programme 2025/26",
         "To consider the Committee&rsquo;s draft work programme for 2025/26.",
         [("Draft Work Programme 2025-26", "PDF 98 KB")],
         ("Minutes", paras(
             "The Scrutiny Officer presented the Committee&rsquo;s draft work programme for "
             "2025/26.",
             "A Member requested that an item on access to NHS dentistry be added to the work "
             "programme for the June meeting. The Chair agreed that this would be scheduled, "
             "subject to the availability of representatives of the Integrated Care Board.",
             "A Member asked whether the Committee could visit the transfer of care hub at "
             "Harbourside Court. The Director of Adult Social Care said that a visit would be "
             "arranged for Members in May.",
             "RESOLVED: That the work programme for 2025/26 be agreed, subject to the "
             "addition of an item on NHS dentistry at the June meeting."))),
    ]

    rows = []
    for num, anchor, title, agenda, docs, (label, body) in items:
        doclist = ""
        if docs:
            lis = "\n".join(
                f'<li><a href="documents/s{abs(hash_stable(t)) % 90000 + 10000}/{e(t.replace(" ", "%20"))}.pdf" '
                f'class="mgPdfLink" title="Link to document \'{e(t)}\'">{e(t)}, item {num}</a>'
                f' <span class="mgFileSize">{size}</span></li>' for t, size in docs)
            doclist = f'<ul class="mgBulletList">\n{lis}\n</ul>'
        rows.append(f"""<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{num}.</p></td>
<td><p class="mgAiTitleTxt"><a name="{anchor}"></a>{e(title)}</p>
<div class="mgWordPara"><p>{agenda}</p></div>
{doclist}
<p class="mgSubItemTitleTxt">{label}:</p>
<div class="mgWordPara">
{body}
</div>
</td>
</tr>""")

    attendance = """<div class="mgAttendance">
<h2 class="mgSectionTitle">Attendance</h2>
<p><strong>Present:</strong> Councillor Harriet Penrose (Chair), Councillor Daniel Okafor
(Vice-Chair), Councillor Lydia Fenwick, Councillor Martin Goodhew, Councillor Sunita Rao,
Councillor Peter Tregarthen and Councillor Ashok Varma</p>
<p><strong>Apologies for absence:</strong> Councillor Trevor Mallinson and Councillor Bryony
Keele</p>
<p><strong>Also present:</strong> Councillor Graham Ridley (Cabinet Member for Adult Social Care
and Health), Janet Whitlow (Healthwatch Kestrel Bay), Gareth Lowther (Chief Operating Officer,
Kestrel Bay Hospitals NHS Foundation Trust) and Dr Imogen Faraday (Clinical Director, Estuary
Partnership NHS Foundation Trust)</p>
<p><strong>Officers present:</strong> Sian Pemberton (Director of Adult Social Care), Owen
Castell (Head of Mental Health Commissioning), Amira Dolan (Scrutiny Officer) and Rebecca Hines
(Democratic Services Officer)</p>
</div>"""

    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!-- saved from url=(0072)https://democracy.kestrelbay.gov.uk/ieListDocuments.aspx?CId=318&MId=4412 -->
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Agenda for Health Scrutiny Committee on Tuesday, 11th March, 2025, 6.00 pm - Kestrel Bay Council</title>
<link type="text/css" href="./ieListDocuments_files/mgCss.css" rel="stylesheet" />
<link type="text/css" href="./ieListDocuments_files/kbc-theme.css" rel="stylesheet" />
<script type="text/javascript" src="./ieListDocuments_files/jquery.min.js"></script>
</head>
<body>
<a class="skip-link" href="#mgMainContent">Skip to main content</a>
<header class="site-header">
<div class="logo"><a href="https://www.kestrelbay.gov.uk/"><img src="./ieListDocuments_files/kbc-logo.png" alt="Kestrel Bay Council" /></a></div>
<nav class="site-nav"><ul>
<li><a href="https://democracy.kestrelbay.gov.uk/mgMemberIndex.aspx">Councillors</a></li>
<li><a href="https://democracy.kestrelbay.gov.uk/ieDocHome.aspx">Committees</a></li>
<li><a href="https://democracy.kestrelbay.gov.uk/mgCalendarMonthView.aspx">Calendar</a></li>
<li><a href="https://democracy.kestrelbay.gov.uk/mgDelegatedDecisions.aspx">Decisions</a></li>
<li><a href="https://democracy.kestrelbay.gov.uk/ieListMeetings.aspx?CId=318">Meetings</a></li>
</ul></nav>
</header>
<div class="breadcrumb"><a href="https://www.kestrelbay.gov.uk/">Home</a> &gt; <a href="https://democracy.kestrelbay.gov.uk/ieDocHome.aspx">Committees</a> &gt; <a href="https://democracy.kestrelbay.gov.uk/ieListMeetings.aspx?CId=318">Health Scrutiny Committee</a> &gt; Agenda and minutes</div>
<div id="modgov"><div class="mgContent" id="mgMainContent">
<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Health Scrutiny Committee - Tuesday, 11th March, 2025 6.00 pm</h2>
<div class="mgLinks">
<ul class="mgActionList">
<li><a href="https://democracy.kestrelbay.gov.uk/mgMeetingAttendance.aspx?ID=4412">Attendance details</a></li>
<li><a href="https://democracy.kestrelbay.gov.uk/mgIssueHistoryHome.aspx?MId=4412">Issue history</a></li>
<li><a href="https://democracy.kestrelbay.gov.uk/ieListDocuments.aspx?CId=318&amp;MId=4412&amp;Ver=4">Printed minutes</a></li>
</ul>
</div>
<p><span class="mgLabel">Venue: </span>Council Chamber, Civic Centre, Marine Parade, Kestrel Bay, KB1 2AA</p>
<p><span class="mgLabel">Contact: </span>Amira Dolan, Scrutiny Officer, 01903 555 218, Email: <a href="mailto:scrutiny@kestrelbay.gov.uk">scrutiny@kestrelbay.gov.uk</a></p>
<h2 class="mgSectionTitle">Media</h2>
<p><a href="https://kestrelbay.public-i.tv/core/portal/webcast_interactive/812201">Webcast for Health Scrutiny Committee, 11 March 2025</a></p>
{attendance}
<h2 class="mgSectionTitle">Items</h2>
<table class="mgItemTable" summary="Agenda items">
<tr><th class="mgItemNumberCell" scope="col">No.</th><th scope="col">Item</th></tr>
{chr(10).join(rows)}
</table>
<p class="mgPubDocs"><a href="documents/g4412/Printed%20minutes%2011th-Mar-2025%2018.00%20Health%20Scrutiny%20Committee.pdf">Printed minutes 11th-Mar-2025 18.00 Health Scrutiny Committee</a> <span class="mgFileSize">PDF 233 KB</span></p>
</div></div>
<footer class="site-footer"><p>&copy; Kestrel Bay Council 2025 | <a href="https://www.kestrelbay.gov.uk/accessibility">Accessibility</a> | <a href="https://www.kestrelbay.gov.uk/privacy">Privacy</a></p>
<p>Powered by ModernGov</p></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


def hash_stable(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


# ---------------------------------------------------------------------------
# 3. London Borough of Cobham Moor – HASC Sub-Committee (hard-wrapped text)
# ---------------------------------------------------------------------------

def build_cobham(path):
    W = 78
    out = []

    def para(t, indent=0):
        out.append(textwrap.fill(t, W, initial_indent=" " * indent,
                                 subsequent_indent=" " * indent, break_on_hyphens=False,
                                 break_long_words=False))
        out.append("")

    def point(letter, t):
        out.append(textwrap.fill(t, W, initial_indent=f"    ({letter}) ",
                                 subsequent_indent=" " * 8, break_on_hyphens=False,
                                 break_long_words=False))
        out.append("")

    def action(t):
        out.append(textwrap.fill("Action: " + t, W, initial_indent=" " * 8,
                                 subsequent_indent=" " * 16, break_on_hyphens=False))
        out.append("")

    def heading(num, t):
        out.append("")
        out.append(textwrap.fill(f"{num}   {t}", W, subsequent_indent=" " * 10,
                                 break_on_hyphens=False))
        out.append("")

    def centre(t):
        out.append(t.center(W).rstrip())

    centre("LONDON BOROUGH OF COBHAM MOOR")
    out.append("")
    centre("MINUTES OF THE HEALTH AND ADULT SOCIAL CARE SCRUTINY SUB-COMMITTEE")
    out.append("")
    centre("HELD AT 6.30 P.M. ON TUESDAY, 14 OCTOBER 2025")
    out.append("")
    centre("COMMITTEE ROOM 1, COBHAM MOOR TOWN HALL, 9 ST ALBAN'S PLACE, LONDON E17 4QX")
    out.append("")
    out.append("")
    out.append("Members Present:")
    out.append("")
    for n in ["Councillor Priya Chandran (Chair)", "Councillor Liam Hurrell (Vice-Chair)",
              "Councillor Bernadette Oyelaran", "Councillor Simon Trask",
              "Councillor Farah Qureshi"]:
        out.append("    " + n)
    out.append("")
    out.append("Co-opted Members Present:")
    out.append("")
    out.append("    Dorothy Ambrose            - Healthwatch Cobham Moor")
    out.append("")
    out.append("Other Councillors Present:")
    out.append("")
    out.append("    Councillor Marcus Delahaye - Cabinet Member for Adults, Health and")
    out.append("                                 Wellbeing")
    out.append("")
    out.append("Apologies:")
    out.append("")
    out.append("    Councillor Nadia Petrovic")
    out.append("    Councillor Kevin Blythe")
    out.append("")
    out.append("Others Present:")
    out.append("")
    out.append("    Dr Kwame Asante            - Clinical Director, Cobham Moor North Primary")
    out.append("                                 Care Network")
    out.append("    Louise Farrow              - Head of Primary Care, Thameside Integrated")
    out.append("                                 Care Board")
    out.append("")
    out.append("Officers Present:")
    out.append("")
    out.append("    Helen Strachan             - Corporate Director, Health and Adult Social")
    out.append("                                 Care")
    out.append("    Dr Rowan Achebe            - Director of Public Health")
    out.append("    Tom Whitfield              - Head of Commissioning and Market Development")
    out.append("    Grace Oduya                - Strategy and Policy Manager, Scrutiny")
    out.append("    Paul Kennaway              - Democratic Services Officer")
    out.append("")
    out.append("")
    centre("SECTION ONE (UNRESTRICTED)")
    out.append("")

    heading("HASC 12", "DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS AND OTHER INTERESTS")
    para("Councillor Bernadette Oyelaran declared a non-pecuniary interest in item HASC 15 as "
         "she is registered as a patient at the Ferrier Road Surgery.")

    heading("HASC 13", "MINUTES OF THE PREVIOUS MEETING(S)")
    out.append("DECISION:")
    out.append("")
    para("That the unrestricted minutes of the meeting of the Sub-Committee held on 9 "
         "September 2025 be agreed as a correct record and signed by the Chair.", indent=4)

    heading("HASC 14", "ADULT SOCIAL CARE CHARGING POLICY - CONSULTATION RESPONSE")
    para("Helen Strachan, Corporate Director, Health and Adult Social Care (the Director), "
         "introduced the report, which summarised the responses to the twelve-week "
         "consultation on changes to the charging policy for non-residential care. The "
         "proposals would raise the maximum weekly charge from GBP 310 to GBP 395 and would "
         "bring an estimated additional GBP 1.3 million a year into the adult social care "
         "budget.")
    out.append("Members raised the following issues:")
    out.append("")
    point("a", "Members asked how many residents had responded to the consultation and how "
               "many of them currently received care. The Director explained that 611 "
               "responses had been received, 284 of them from people receiving care or from "
               "their carers.")
    point("b", "Members expressed concern that the consultation had been available online "
               "only for its first three weeks, which may have excluded many older "
               "residents. The Director acknowledged this and said that paper copies and "
               "four drop-in sessions had been added from the fourth week.")
    point("c", "Members asked how many residents would pay more under the proposals and in "
               "which wards they lived. The Director said that around 1,140 residents would "
               "see an increase, with the largest numbers in Eastfield and Ravens Wharf.")
    action("Director to circulate figures.")
    point("d", "A Member questioned whether the higher charges would lead some residents to "
               "cancel their care packages altogether and go without support.")
    point("e", "Members noted that the disability-related expenditure allowance had not been "
               "increased since 2019 and requested that it be reviewed before the new "
               "charges take effect.")
    out.append("DECISION:")
    out.append("")
    para("1. To note the outcome of the consultation on the Adult Social Care Charging "
         "Policy.", indent=4)
    para("2. To recommend to Cabinet that the proposed increase in the maximum weekly charge "
         "be phased in over two financial years.", indent=4)

    heading("HASC 15", "ACCESS TO GP APPOINTMENTS IN COBHAM MOOR")
    para("Dr Kwame Asante, Clinical Director, Cobham Moor North Primary Care Network, and "
         "Louise Farrow, Head of Primary Care, Thameside Integrated Care Board, gave a "
         "presentation on access to general practice in the borough. They reported that "
         "practices had delivered 9 per cent more appointments in the year to August 2025 "
         "than in the previous year, and that 71 per cent of appointments were now face to "
         "face.")
    out.append("Members raised the following issues:")
    out.append("")
    point("a", "Members asked why patients at several practices still had to telephone at "
               "8 a.m. to get an appointment. Dr Asante explained that all practices had now "
               "moved to cloud-based telephony and that 11 of the 24 practices offered online "
               "triage throughout the working day.")
    point("b", "Members expressed concern about the closure of the Ferrier Road branch "
               "surgery in August without any public consultation.")
    point("c", "A Member asked how many staff had been recruited through the Additional Roles "
               "Reimbursement Scheme. Louise Farrow responded that 96 staff, including "
               "clinical pharmacists, physician associates and social prescribing link "
               "workers, had been recruited across the four primary care networks.")
    action("ICB to provide a breakdown by primary care network.")
    point("d", "Members requested that the results of the Patient Participation Group surveys "
               "for each practice be shared with the Sub-Committee.")
    point("e", "Members asked whether the new health centre at Ravens Wharf would open on "
               "time. Louise Farrow confirmed that the building would be handed over in "
               "January 2026 and that the first practice would move in by March 2026.")
    out.append("DECISION:")
    out.append("")
    para("To note the presentation and the report on access to GP appointments.", indent=4)

    heading("HASC 16", "RECOMMISSIONING OF DRUG AND ALCOHOL TREATMENT SERVICES")
    para("Dr Rowan Achebe, Director of Public Health, introduced the report, which set out "
         "the proposed approach to recommissioning the adult drug and alcohol treatment "
         "service when the current contract ends in September 2026. The service supports "
         "around 1,900 residents a year.")
    out.append("Members raised the following issues:")
    out.append("")
    point("a", "Members asked whether the new contract would be awarded to a single "
               "organisation. The Director of Public Health said that a lead provider model "
               "with specialist subcontractors was proposed, following soft market testing "
               "with nine organisations.")
    point("b", "Members expressed concern that staff turnover at the current provider was "
               "above 30 per cent and asked how continuity of care would be maintained. The "
               "Head of Commissioning explained that staff would transfer to any new provider "
               "under TUPE and that the specification set a maximum caseload for each "
               "recovery worker.")
    action("Head of Commissioning to share the draft service specification with the "
           "Sub-Committee.")
    point("c", "A Member commented that the Council had brought the young people's substance "
               "misuse service in-house in 2022 and asked why the same approach was not being "
               "taken for adults. The Director of Public Health replied that an options "
               "appraisal had found that an in-house adult service would cost an estimated "
               "GBP 640,000 a year more.")
    out.append("DECISION:")
    out.append("")
    para("1. To note the report.", indent=4)
    para("2. To recommend to the Cabinet Member for Adults, Health and Wellbeing that the "
         "new contract include a break clause at the end of the third year.", indent=4)

    heading("HASC 17", "HEALTH AND ADULT SOCIAL CARE SCRUTINY SUB-COMMITTEE WORK PROGRAMME "
                       "2025/26")
    para("Grace Oduya, Strategy and Policy Manager, presented the work programme for the "
         "remainder of the municipal year.")
    para("A Member requested a spotlight session on delays in discharging patients from the "
         "Royal Cobham Hospital to their own homes.")
    out.append("DECISION:")
    out.append("")
    para("To agree the work programme, subject to the addition of a spotlight session on "
         "hospital discharge at the January meeting.", indent=4)

    heading("HASC 18", "ANY OTHER BUSINESS WHICH THE CHAIR CONSIDERS TO BE URGENT")
    para("Nil items.")
    out.append("")
    out.append("The meeting ended at 8.52 p.m.")
    out.append("")
    out.append("")
    out.append("Chair, Councillor Priya Chandran")
    out.append("Health and Adult Social Care Scrutiny Sub-Committee")
    text = "\n".join(out).rstrip() + "\n"
    for line in text.splitlines():
        assert len(line) <= 80, line
    path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------
# 4. Greyford County Council – budget report to Cabinet (PDF, not minutes)
# ---------------------------------------------------------------------------

def build_greyford_report(path):
    pdf = new_pdf("Sans", "Greyford County Council", "Cabinet – 6 November 2025",
                  "Page {n} of {nb}")
    pdf.add_page()
    P = lambda *a, **k: pdf_para(pdf, *a, size=10, **k)
    H = lambda t: pdf_heading(pdf, t, size=11)

    def kv(k, v):
        pdf.set_font("Sans", "B", 10)
        pdf.cell(52, 6, k, new_x="RIGHT", new_y="TOP")
        pdf.set_font("Sans", "", 10)
        pdf.multi_cell(0, 6, v, align="L", new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Sans", "B", 14)
    pdf.multi_cell(0, 7, "Draft Revenue Budget 2026/27 and Medium Term Financial Plan "
                         "2026/27 to 2029/30", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    kv("Decision maker:", "Cabinet")
    kv("Date of meeting:", "6 November 2025")
    kv("Report by:", "Martin Cole, Executive Director of Resources and Section 151 Officer")
    kv("Cabinet Member:", "Councillor Fiona Kettering, Cabinet Member for Finance and Resources")
    kv("Electoral divisions:", "All")
    kv("Key decision:", "Yes – reference KD 2025/114")
    kv("Classification:", "Unrestricted")
    pdf.ln(4)

    H("1. Purpose of the report")
    P("1.1  This report sets out the draft revenue budget for 2026/27 and the updated Medium "
      "Term Financial Plan (MTFP) for the four years to 2029/30. It identifies a remaining "
      "budget gap of £18.7 million for 2026/27 after the savings proposals set out in "
      "Appendix B, and seeks approval to begin public consultation on the draft budget.")

    H("2. Recommendations")
    P("Cabinet is asked to:")
    P("(a)  note the forecast revenue outturn for 2025/26 of an overspend of £11.4 million, "
      "mainly in adult social care and home to school transport;", indent=6)
    P("(b)  approve the draft revenue budget for 2026/27 set out in Section 5 for public "
      "consultation, which will run from 10 November 2025 to 4 January 2026;", indent=6)
    P("(c)  approve the savings proposals in Appendix B for consultation, totalling £24.9 "
      "million in 2026/27;", indent=6)
    P("(d)  note that the final budget, including the council tax requirement, will be "
      "recommended to the County Council on 19 February 2026.", indent=6)

    H("3. Background")
    P("3.1  The County Council approved a net revenue budget of £1,084.6 million for 2025/26 "
      "on 20 February 2025, including a council tax increase of 4.99 per cent, of which 2 "
      "per cent was the adult social care precept.")
    P("3.2  Questions were raised at the previous meeting about the level of the Council’s "
      "general reserves and whether they would remain above the minimum set by the Section "
      "151 Officer. Paragraph 6.3 below addresses this.")
    P("3.3  The Government’s policy statement on local government finance, published in "
      "June, confirmed a multi-year settlement from 2026/27 and a redistribution of funding "
      "towards areas with higher needs and lower council tax bases. The provisional "
      "settlement is expected in mid-December, so the figures in this report remain subject "
      "to change.")

    H("4. Forecast outturn 2025/26")
    P("4.1  The forecast position at the end of September is summarised in Table 1.")
    pdf.set_font("Sans", "", 9)
    table1 = [
        ("Directorate", "Budget £m", "Forecast £m", "Variance £m"),
        ("Adult Social Care and Health", "512.3", "521.9", "9.6"),
        ("Children, Young People and Education", "341.8", "346.2", "4.4"),
        ("Growth, Environment and Transport", "164.0", "162.1", "(1.9)"),
        ("Chief Executive’s Department", "38.7", "38.2", "(0.5)"),
        ("Non-attributable costs", "27.8", "27.6", "(0.2)"),
        ("Total", "1,084.6", "1,096.0", "11.4"),
    ]
    with pdf.table(col_widths=(70, 30, 30, 30), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   line_height=6) as t:
        for r in table1:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    P("4.2  The overspend in adult social care reflects a 7 per cent rise in the number of "
      "older people receiving home care and higher fees in the residential market. Recovery "
      "actions worth £4.2 million have been agreed by the Corporate Management Team.")

    H("5. Draft revenue budget 2026/27")
    P("5.1  Table 2 summarises the changes from the 2025/26 base budget.")
    pdf.set_font("Sans", "", 9)
    table2 = [
        ("", "2026/27 £m", "2027/28 £m", "2028/29 £m", "2029/30 £m"),
        ("Base budget", "1,084.6", "1,118.3", "1,151.0", "1,183.9"),
        ("Pay and price inflation", "38.1", "31.4", "30.2", "30.8"),
        ("Demand and demography", "29.6", "27.9", "26.5", "25.7"),
        ("Savings and income proposals", "(24.9)", "(15.2)", "(12.0)", "(10.4)"),
        ("Other changes", "9.6", "3.1", "1.8", "0.9"),
        ("Net budget requirement", "1,137.0", "1,165.5", "1,197.5", "1,231.0"),
        ("Forecast funding", "1,118.3", "1,151.0", "1,183.9", "1,214.7"),
        ("Remaining gap", "18.7", "14.5", "13.6", "16.3"),
    ]
    with pdf.table(col_widths=(56, 26, 26, 26, 26),
                   text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), line_height=6) as t:
        for r in table2:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    P("5.2  The largest savings proposals are a review of day opportunities for adults with "
      "learning disabilities (£3.8 million), the recommissioning of home to school transport "
      "routes (£3.1 million) and a reduction in the Council’s office estate (£2.4 million). "
      "Each proposal will be subject to an equality impact assessment before a final "
      "decision is taken.")

    H("6. Reserves")
    P("6.1  Table 3 shows the forecast level of reserves at 31 March 2026.")
    pdf.set_font("Sans", "", 9)
    table3 = [
        ("Reserve", "1 April 2025 £m", "Forecast 31 March 2026 £m"),
        ("General Reserve", "48.2", "41.9"),
        ("Earmarked reserves – corporate", "112.7", "96.4"),
        ("Earmarked reserves – directorates", "64.1", "58.0"),
        ("Schools balances", "35.9", "31.2"),
    ]
    with pdf.table(col_widths=(80, 40, 50), text_align=("LEFT", "RIGHT", "RIGHT"),
                   line_height=6) as t:
        for r in table3:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    P("6.2  Any use of the General Reserve to balance the 2026/27 budget would be a one-off "
      "measure and would increase the gap in later years.")
    P("6.3  The Section 151 Officer’s assessment is that the General Reserve should not fall "
      "below 3.5 per cent of the net budget, equivalent to £39.8 million in 2026/27. The "
      "forecast balance of £41.9 million is above this minimum, but only by £2.1 million.")

    H("7. Consultation")
    P("7.1  The draft budget will be published for consultation with residents, businesses "
      "and partners from 10 November 2025. The Scrutiny Committee will consider the draft "
      "budget on 9 December 2025 and its comments will be reported to Cabinet in January.")

    H("8. Legal and risk implications")
    P("8.1  The Council must set a balanced budget by 11 March each year under the Local "
      "Government Finance Act 1992. The Section 151 Officer must report on the robustness "
      "of the estimates and the adequacy of reserves under section 25 of the Local "
      "Government Act 2003.")
    P("8.2  The main risks are the outcome of the multi-year settlement, further growth in "
      "demand for adult social care and special educational needs transport, and the "
      "deliverability of the savings in Appendix B.")

    H("9. Background documents and appendices")
    P("Appendix A – Detailed revenue budget by directorate 2026/27")
    P("Appendix B – Savings and income proposals 2026/27 to 2029/30")
    P("Appendix C – Capital programme 2026/27 to 2035/36")
    pdf.ln(3)
    kv("Contact officer:", "Sarah Lindqvist, Head of Finance (Strategy and Planning), "
                           "03000 419 552, sarah.lindqvist@greyford.gov.uk")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Text extraction and --check
# ---------------------------------------------------------------------------

class _Text(HTMLParser):
    BLOCK = {"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "br", "ul", "table",
             "header", "footer", "nav", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def doc_text(path):
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if path.suffix in (".html", ".htm"):
        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        return "".join(p.parts)
    return path.read_text(encoding="utf-8")


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


THEMES = {"privatisation", "subcontracting", "patient-and-public-input", "public-health",
          "finance", "governance", "integration", "workforce", "primary-care",
          "mental-health", "children-and-families", "adult-social-care", "housing"}
KINDS = {"question", "concern", "request", "comment"}
OUTCOMES = {"noted", "agreed", "recommended", "deferred", "rejected", "other"}
ATTEND = {"present", "apologies", "in_attendance", "absent"}
DOC_TYPES = {"minutes", "questions", "agenda", "report", "news", "issue", "other"}


def check():
    problems = []
    golds = sorted(GOLD.glob("f-*.json"))
    docs = sorted(p for p in DOCS.glob("f-*") if p.is_file())
    gold_stems = {g.stem for g in golds}
    for d in docs:
        if d.stem not in gold_stems:
            problems.append(f"{d.name}: no gold file")
    for g in golds:
        data = json.loads(g.read_text(encoding="utf-8"))
        doc = DOCS / data["document"]
        if doc.stem != g.stem:
            problems.append(f"{g.name}: document name {data['document']} does not match")
        if not doc.exists():
            problems.append(f"{g.name}: missing document {doc.name}")
            continue
        if data.get("doc_type") not in DOC_TYPES:
            problems.append(f"{g.name}: bad doc_type")
        raw = doc_text(doc)
        text, ltext = ws(raw), loose(raw)
        items = {i["number"] for i in data.get("items", [])}

        def phrase(where, p):
            if p is None:
                return
            n = len(p.split())
            if not 6 <= n <= 15:
                problems.append(f"{g.name}: {where}: {n} words: {p!r}")
            c = text.count(ws(p))
            if c != 1:
                problems.append(f"{g.name}: {where}: verbatim count {c}: {p!r}")
            lc = len(re.findall(r"(?<!\w)" + re.escape(loose(p)) + r"(?!\w)", ltext))
            if lc != 1:
                problems.append(f"{g.name}: {where}: loose count {lc}: {p!r}")

        for i in data.get("items", []):
            if ws(i["title"]).lower() not in text.lower():
                problems.append(f"{g.name}: item title not found: {i['title']!r}")
            if i["number"] and i["number"] not in text:
                problems.append(f"{g.name}: item number not found: {i['number']!r}")
        for k, q in enumerate(data.get("questions", [])):
            where = f"question {k} (item {q['item']})"
            if q["item"] not in items:
                problems.append(f"{g.name}: {where}: unknown item")
            if q["kind"] not in KINDS:
                problems.append(f"{g.name}: {where}: bad kind")
            if not set(q["themes"]) <= THEMES:
                problems.append(f"{g.name}: {where}: bad themes {q['themes']}")
            phrase(where + " text", q["text"])
            phrase(where + " answer", q["answer"])
            for who in ("asked_by", "given_by"):
                if q.get(who) and ws(q[who]).lower() not in text.lower():
                    problems.append(f"{g.name}: {where}: {who} not printed: {q[who]!r}")
        for k, r in enumerate(data.get("resolutions", [])):
            where = f"resolution {k} (item {r['item']})"
            if r["item"] not in items:
                problems.append(f"{g.name}: {where}: unknown item")
            if r["outcome"] not in OUTCOMES:
                problems.append(f"{g.name}: {where}: bad outcome")
            if not set(r["themes"]) <= THEMES:
                problems.append(f"{g.name}: {where}: bad themes {r['themes']}")
            phrase(where, r["text"])
        for a in data.get("attendees", []):
            if ws(a["name"]).lower() not in text.lower():
                problems.append(f"{g.name}: attendee not printed: {a['name']!r}")
            if a.get("role") and ws(a["role"]).lower() not in text.lower():
                problems.append(f"{g.name}: role not printed: {a['role']!r}")
            if a["attendance"] not in ATTEND:
                problems.append(f"{g.name}: bad attendance for {a['name']!r}")
        qs = data.get("questions", [])
        print(f"{g.name}: {data['doc_type']}, {len(data.get('items', []))} items, {len(qs)} "
              f"questions ({sum(q['answer'] is None for q in qs)} unanswered), "
              f"{len(data.get('resolutions', []))} resolutions, "
              f"{len(data.get('attendees', []))} attendees")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    build_greyford_minutes(DOCS / "f-greyford-full-council.pdf")
    build_kestrel(DOCS / "f-kestrel-bay-health-scrutiny.html")
    build_cobham(DOCS / "f-cobham-moor-scrutiny.txt")
    build_greyford_report(DOCS / "f-greyford-budget-report.pdf")
    for p in sorted(DOCS.glob("f-*")):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
