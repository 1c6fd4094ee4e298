#!/usr/bin/env python3
"""Build the "lx-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_lx.py           build documents/lx-* and gold/lx-*.json
        build_lx.py --check   verify every gold phrase occurs once in its document
"""

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
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_FILE = "lx-thornhithe-health-scrutiny-committee-2025-03-12.pdf"
REPORT_FILE = "lx-thornhithe-hsc-report-stop-smoking-service-recommissioning.docx"

FIXED = dt.datetime(2025, 3, 20, 10, 30, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------------------
# The minutes (printed ModernGov minutes of a London borough: "MINUTES OF / COMMITTEE /
# date / (time)", run-on "Present:" / "Also Present:" / "Apologies:" lines, minute numbers
# running on through the municipal year, officers named by post only in the text).
# Blocks: ("item", number, title) ("p", text) ("b", text) bullet ("c", label, text) clause
# ("note", text) italic-free note in brackets.
# ---------------------------------------------------------------------------------------

MINUTES = [
    ("item", "37", "Declaration of Members' Interests"),
    ("p", "Cllr Choudhury declared a non-pecuniary interest in item 40, \"Community Pharmacy "
          "and the Pharmacy First Service\", as a close family member was the owner of a "
          "community pharmacy in the borough. She remained in the room but took no part in "
          "the discussion of that item."),
    ("p", "There were no other declarations of interest."),

    ("item", "38", "Minutes (22 January 2025)"),
    ("p", "The minutes of the meeting held on 22 January 2025 were confirmed as correct."),

    ("item", "39", "Urgent and Emergency Care: Winter 2024/25 Update"),
    ("p", "The Director of Operations, Thornhithe, Chadmoor and Lessington University "
          "Hospitals NHS Trust (TCLUH), and the Deputy Director, Urgent and Emergency Care, "
          "East Thames Integrated Care Board (ICB), presented a joint report on the "
          "performance of the urgent and emergency care system in Thornhithe over the winter "
          "period and the actions taken under the system's winter plan. The Director of "
          "Operations highlighted that:"),
    ("b", "attendances at the Emergency Department (ED) at Queen Adelaide Hospital had been "
          "6% higher than in the previous winter, with a peak of 612 attendances on 30 "
          "December 2024;"),
    ("b", "performance against the four-hour standard had averaged 71.4% between November and "
          "February, against the national ambition of 78% by March 2025;"),
    ("b", "ambulance handover times had improved, with the average handover taking 38 minutes "
          "in January 2025 compared to 54 minutes a year earlier, following the introduction "
          "of a dedicated ambulance receiving area;"),
    ("b", "the number of patients who no longer met the criteria to reside but remained in a "
          "hospital bed had averaged 96 a day across both of the Trust's sites; and"),
    ("b", "the Same Day Emergency Care (SDEC) unit at Queen Adelaide Hospital had opened at "
          "weekends from December 2024, and had seen an average of 47 patients a day who "
          "would otherwise have been admitted."),
    ("p", "The Chair asked why the Trust had not met the four-hour standard when the rise in "
          "attendances had been forecast in the winter plan. The Director of Operations "
          "stated that the Trust's modelling had anticipated the overall rise in attendances "
          "but not the number of patients arriving with respiratory illness in a single "
          "fortnight over Christmas and the New Year, when flu admissions had been the "
          "highest since 2017/18. The Trust had opened an additional 28 escalation beds, but "
          "these had had to be staffed with agency nurses at short notice and the Trust had "
          "not been able to open them all at the same time."),
    ("p", "A Member raised concerns about reports from residents of patients being treated "
          "on trolleys in corridors for long periods, and asked how many patients had waited "
          "more than 12 hours in the ED. The Director of Operations acknowledged that corridor "
          "care had been used on 41 days over the winter, which the Trust did not regard as "
          "acceptable, and that 1,870 patients had waited more than 12 hours from arrival in "
          "January alone; every patient cared for in a corridor was now reviewed by a senior "
          "nurse every hour and the Trust reported each occasion to its Board."),
    ("p", "Cllr Tindall asked what was being done to reduce the number of patients who were "
          "medically fit for discharge but remained in hospital, and whether the Council's "
          "reablement service had the capacity to support more discharges. The Cabinet "
          "Member for Adult Social Care and Health Integration stated that the Council's "
          "Integrated Discharge Hub had supported 1,240 discharges between October and "
          "February and that the reablement service had taken on six additional staff, "
          "funded through the Better Care Fund. Most of the delays for Thornhithe residents "
          "related to people waiting for a nursing home bed, and the Council and the ICB were "
          "jointly procuring 20 discharge-to-assess beds at Eastmere Lodge, which were "
          "expected to open in the summer."),
    ("p", "In response to a question from Cllr Pardoe regarding the uptake of flu and "
          "COVID-19 vaccinations among health and care staff, the Deputy Director stated that "
          "uptake among Trust staff stood at 38% for flu, which was lower than in previous "
          "years, and that a further campaign had been run in January with vaccinations "
          "offered on the wards at night and at weekends. Figures for care home staff were "
          "not yet available."),
    ("p", "Cllr Sesay commented that residents in the south of the borough found it difficult "
          "to reach Queen Adelaide Hospital by public transport, particularly late in the "
          "evening, and that this was one reason why people called an ambulance or attended "
          "the ED when the urgent treatment centre at Marshfoot would have been more "
          "appropriate."),
    ("p", "The Committee resolved to:"),
    ("c", "(i)", "Note the report; and"),
    ("c", "(ii)", "Request that TCLUH provide a breakdown of 12-hour waits in the ED by age and "
                  "by ward of residence to the Committee's meeting in July 2025."),

    ("item", "40", "Community Pharmacy and the Pharmacy First Service"),
    ("note", "Cllr Choudhury took no part in the discussion of this item."),
    ("p", "The Head of Primary Care, Thornhithe Place, East Thames ICB, introduced a report on "
          "community pharmacy provision in the borough, including the closure of three "
          "pharmacies since April 2024 and the take-up of the Pharmacy First service, under "
          "which pharmacists could assess and treat seven common conditions without the "
          "patient needing to see a GP. 4,210 consultations had taken place in Thornhithe "
          "under the service between February 2024 and January 2025. The Pharmaceutical "
          "Needs Assessment (PNA), which the Health and Wellbeing Board was required to "
          "publish every three years, had concluded in October 2024 that there was adequate "
          "provision across the borough, although the Marshfoot area had been identified as "
          "having limited access to a pharmacy in the evenings and on Sundays."),
    ("p", "Members raised a number of issues in the discussion that followed, including:"),
    ("b", "whether the PNA remained valid given that two of the three closures had taken place "
          "after it was published. The Head of Primary Care explained that the Health and "
          "Wellbeing Board could issue a supplementary statement where changes did not warrant "
          "a full reassessment, and that one was being prepared for the Board's meeting in "
          "April;"),
    ("b", "the length of time residents were waiting for a GP appointment, which Members felt "
          "was pushing people towards the ED. The Head of Primary Care stated that practices in "
          "Thornhithe had provided 8% more appointments in 2024 than in 2023, and that 71% of "
          "appointments took place within two weeks of being booked, although she accepted "
          "that this was not how many residents experienced it;"),
    ("b", "concern that many residents were not aware that they could go directly to a "
          "pharmacy for conditions such as sinusitis, sore throat and urinary tract "
          "infections, and that this was particularly the case for those whose first language "
          "was not English; and"),
    ("b", "the financial pressures on independent pharmacies, which a Member felt had been "
          "caused by a national funding settlement that had not kept pace with inflation. The "
          "Head of Primary Care stated that the national contractual framework was not a matter "
          "for the ICB, but that the ICB had written to NHS England in support of the Local "
          "Pharmaceutical Committee's concerns about the viability of smaller pharmacies."),
    ("p", "Cllr Mawdsley requested that the Council use its own communications channels, "
          "including the residents' magazine and its social media accounts, to promote the "
          "Pharmacy First service. The Cabinet Member undertook to raise this with the "
          "Council's communications team."),
    ("p", "The Committee noted the report and the actions being taken by the ICB to improve "
          "access to community pharmacy in the Marshfoot area."),

    ("item", "41", "Adult Mental Health: Community Mental Health Transformation and Crisis "
                   "Pathway"),
    ("p", "The Integrated Care Director for Thornhithe, Riverside East NHS Foundation Trust "
          "(REFT), delivered a presentation on the progress of the community mental health "
          "transformation programme, which had brought together primary care mental health "
          "workers, the Trust's community mental health teams and voluntary sector partners in "
          "four locality hubs, each serving a population of about 55,000. The presentation "
          "also covered the 24-hour mental health crisis assessment centre at St Aldric's "
          "Hospital, which had opened in September 2024 as an alternative to the ED for adults "
          "in mental health crisis, and the Trust's work to reduce the number of people placed "
          "in mental health beds outside the Trust's area. The Integrated Care Director "
          "reported that the centre had seen 1,130 people in its first five months, of whom "
          "fewer than one in five had needed to be admitted."),
    ("p", "Cllr Choudhury asked about waiting times for psychological therapies for adults, "
          "noting that residents had told her of waits of more than a year for some "
          "therapies. The Integrated Care Director stated that the median wait from referral "
          "to a first Talking Therapies appointment was now five weeks, but acknowledged that "
          "waits for more specialist therapies, such as those for people with a diagnosis of "
          "personality disorder, remained too long, with some residents waiting up to 58 "
          "weeks; four additional psychologists had been recruited and the waiting list was "
          "expected to reduce by the autumn. The Chair asked how many Thornhithe residents had "
          "been placed in mental health beds outside London in the last year, and whether the "
          "Trust was confident that the crisis assessment centre would reduce this further. "
          "The Integrated Care Director stated that 23 residents had been placed out of area "
          "in 2024, compared to 61 in 2023, and that the centre had already reduced the number "
          "of people waiting in the ED for a mental health bed; the Trust's aim was that no "
          "Thornhithe resident would be placed out of area by March 2026."),
    ("p", "A Member raised concerns about the closure of the Whitewell Day Centre for people "
          "with mental health needs in 2023, and asked whether its former users were now "
          "supported by the hubs. The Integrated Care Director undertook to provide a written "
          "response on the support available to former users of the centre."),
    ("p", "Cllr Pardoe asked what involvement service users and carers had had in designing "
          "the hubs. The Integrated Care Director stated that a lived experience panel of 14 "
          "service users had been involved from the start of the programme, and that two peer "
          "support workers with their own experience of mental illness were employed in each "
          "hub."),
    ("p", "The Committee noted the presentation and the progress made in developing the "
          "locality hubs."),

    ("item", "42", "Stop Smoking Service: Recommissioning Proposals"),
    ("p", "The Director of Public Health (DPH) introduced a report on the proposed "
          "recommissioning of the borough's stop smoking service, which was due to be "
          "considered by the Cabinet on 15 April 2025. The current contract, held by "
          "Breathe Easy Partners CIC, was due to expire on 30 September 2025. Smoking "
          "prevalence among adults in Thornhithe was 16.8%, compared with 11.7% across London, "
          "and the Council had received an additional \u00a3412,000 in 2024/25 through the "
          "Local Stop Smoking Services and Support Grant. The report proposed that the "
          "community service be tendered as a single contract for up to five years (three "
          "years with the option to extend for two further periods of one year), with a "
          "greater focus on pregnant women, people with mental health conditions and routine "
          "and manual workers, and that the Council's own public health team continue to "
          "provide the specialist service for hospital inpatients."),
    ("p", "Cllr Tindall asked why the Council was proposing to tender the service rather than "
          "bring it in-house, given the additional grant funding. The DPH stated that an "
          "options appraisal, attached at Appendix 2 to the report, had considered bringing "
          "the whole service in-house but had concluded that the Council did not have the "
          "staff or the premises to deliver the community element across the borough by "
          "October; a provider would also be expected to bring specialist expertise in "
          "working with particular groups of smokers."),
    ("p", "Concerns were expressed that the current provider had not met its target for "
          "four-week quits in two of the last three years. The DPH explained that the target "
          "had been set before the COVID-19 pandemic and had been revised, and that the new "
          "contract would include a payment by results element linked to quits verified by a "
          "carbon monoxide reading."),
    ("p", "Cllr Sesay asked whether the service would address the growing use of vapes by "
          "children and young people. The DPH stated that the stop smoking service was for "
          "people who smoked tobacco, and that youth vaping was being addressed through a "
          "separate programme with schools and Trading Standards, which could be reported to "
          "the Committee in the new municipal year."),
    ("p", "The Deputy Chair requested that the specification require the provider to offer "
          "sessions in the evenings and at weekends, and in community languages including "
          "Bengali, Urdu and Romanian. The DPH agreed that this would be reflected in the "
          "service specification."),
    ("p", "The Committee resolved to:"),
    ("c", "(i)", "Note the proposals for the recommissioning of the Stop Smoking Service, as "
                 "set out in the report; and"),
    ("c", "(ii)", "Recommend to Cabinet that the service specification include a requirement "
                  "for the provider to offer evening, weekend and community language "
                  "provision."),
    ("note", "Cllr Sesay left the meeting at 8:41 pm."),

    ("item", "43", "Healthwatch Thornhithe: Enter and View Visits to Care Homes 2024/25"),
    ("p", "The Chief Executive of Healthwatch Thornhithe presented the findings of the Enter "
          "and View visits that Healthwatch had carried out at six of the borough's care homes "
          "between June and December 2024. Residents and relatives had reported that staff "
          "were kind and caring, but the visits had found that activities were limited at "
          "weekends in four of the homes, that residents at two of the homes had waited more "
          "than a month for a GP visit, and that access to NHS dentistry for residents was "
          "poor across all six homes. Healthwatch had made 19 recommendations, and would "
          "carry out follow-up visits in the summer."),
    ("p", "Cllr Mawdsley asked how the Council responded to Healthwatch's findings as the "
          "commissioner of most of the places in these homes. The Head of Commissioning, "
          "Adults' Care and Support, stated that the findings had been discussed with each "
          "provider through the Council's quality assurance process and action plans had "
          "been agreed; two of the homes were rated Requires Improvement by the Care Quality "
          "Commission (CQC) and were subject to enhanced monitoring by the Council."),
    ("p", "Cllr Pardoe expressed concern about access to dentistry for care home residents, "
          "many of whom could not travel to a dental practice. The Head of Primary Care, East "
          "Thames ICB, stated that the ICB had commissioned a domiciliary dental service for "
          "the whole of East Thames from April 2025, which would prioritise care home "
          "residents."),
    ("p", "The Chair asked that Healthwatch return to the Committee with the outcome of its "
          "follow-up visits."),
    ("p", "The Committee noted the Enter and View report and thanked Healthwatch Thornhithe "
          "for its work."),

    ("item", "44", "Work Programme"),
    ("p", "The Committee noted the Work Programme for the remainder of the 2024/25 municipal "
          "year and agreed that youth vaping and maternity services at Queen Adelaide "
          "Hospital be included in the draft work programme for 2025/26."),
]

ATTENDANCE = [
    ("Present:", "Cllr Delia Amoako (Chair), Cllr Stephen Mawdsley (Deputy Chair), Cllr Farzana "
                 "Choudhury, Cllr Kevin Pardoe, Cllr Ibrahim Sesay and Cllr Rosalind Tindall"),
    ("Also Present:", "Cllr Janet Whitlock"),
    ("Apologies:", "Cllr Harjit Bains and Cllr Lorraine Fenwick"),
]


def build_minutes(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, f"- {self.page_no()} -", align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes of Health Scrutiny Committee, 12/03/2025 19:00")
    pdf.set_author("London Borough of Thornhithe")
    pdf.set_creator("Modern.Gov")
    pdf.add_font("Sans", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("Sans", "B", 13)
    pdf.cell(w, 7, "MINUTES OF", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w, 7, "HEALTH SCRUTINY COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "", 11)
    pdf.cell(w, 6, "Wednesday, 12 March 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w, 6, "(7:00  - 9:22 pm)", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    lh = 5.4
    for label, names in ATTENDANCE:
        pdf.set_font("Sans", "B", 10.5)
        lw = pdf.get_string_width(label + " ")
        pdf.cell(lw, lh, label + " ")
        pdf.set_font("Sans", "", 10.5)
        pdf.multi_cell(w - lw, lh, names, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(2)

    for block in MINUTES:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("Sans", "B", 11)
            nw = 11
            pdf.cell(nw, 6, f"{num}.")
            pdf.multi_cell(w - nw, 6, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Sans", "", 10.5)
            pdf.multi_cell(w, lh, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "note":
            pdf.set_font("Sans", "", 10.5)
            pdf.multi_cell(w, lh, f"({block[1]})", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "b":
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(pdf.l_margin + 6)
            pdf.cell(6, lh, "\u2022")
            pdf.multi_cell(w - 12, lh, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "c":
            _, label, text = block
            pdf.set_font("Sans", "", 10.5)
            pdf.set_x(pdf.l_margin + 6)
            pdf.cell(10, lh, label)
            pdf.multi_cell(w - 16, lh, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        else:
            raise ValueError(kind)

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------------------
# The report (not minutes): the council's committee report template in Word.
# ---------------------------------------------------------------------------------------

def build_report(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(12)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)

    def para(text, bold=False, align=None, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def labelled(label, text):
        p = d.add_paragraph()
        r = p.add_run(label)
        r.bold = True
        p.add_run(text)
        return p

    para("HEALTH SCRUTINY COMMITTEE", bold=True, align="c", size=14)
    para("12 March 2025", bold=True, align="c")

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(a, b, span=False):
        cells = t.add_row().cells
        if span:
            c = cells[0].merge(cells[1])
            c.text = ""
            c.paragraphs[0].add_run(a).bold = True
            c.paragraphs[0].add_run(b)
        else:
            cells[0].text = ""
            cells[0].paragraphs[0].add_run(a).bold = True
            cells[1].text = b

    row("Title: ", "Stop Smoking Service: Recommissioning Proposals", span=True)
    row("Report of the Cabinet Member for Adult Social Care and Health Integration", "", span=True)
    row("Open Report", "For Information")
    row("Wards Affected: ", "All")
    row("Key Decision: ", "No")
    row("Report Author: ", "Nadia Kessler, Consultant in Public Health")
    row("Contact Details:", "Tel: 020 8631 4410\nE-mail: nadia.kessler@thornhithe.gov.uk")
    row("Accountable Director: ", "Dr Colin Ferriday, Director of Public Health", span=True)
    row("Accountable Strategic Leadership Director: ",
        "Gareth Llewellyn-Price, Strategic Director, Children and Adults", span=True)

    d.add_paragraph()
    para("Summary", bold=True)
    para("The Council's stop smoking service is delivered under a contract with Breathe Easy "
         "Partners CIC which expires on 30 September 2025. This report sets out the proposed "
         "approach to recommissioning the service, which will be considered by Cabinet on 15 "
         "April 2025, and gives the Committee the opportunity to comment before that decision "
         "is taken.")
    para("Adult smoking prevalence in Thornhithe remains one of the highest in London at "
         "16.8%. The additional Local Stop Smoking Services and Support Grant (\u00a3412,000 in "
         "2024/25) gives the Council the opportunity to increase the number of smokers "
         "supported to quit, with a focus on the groups where smoking rates are highest.")
    para("Recommendation(s)", bold=True)
    para("The Health Scrutiny Committee is recommended to:")
    for c in ["(i)\tNote the proposed approach to recommissioning the stop smoking service, "
              "as set out in section 2 of the report; and",
              "(ii)\tProvide any comments on the proposals, which will be reported to Cabinet "
              "on 15 April 2025."]:
        p = d.add_paragraph(c)
        p.paragraph_format.left_indent = Cm(1.25)
        p.paragraph_format.first_line_indent = Cm(-1.25)
    para("Reason(s)", bold=True)
    para("Smoking remains the leading cause of preventable illness and early death in the "
         "borough. The recommissioned service will contribute to the priorities of the Joint "
         "Local Health and Wellbeing Strategy, in particular reducing health inequalities "
         "between the borough and the rest of London.")

    d.add_heading("1. Introduction and Background", level=2)
    for n, tx in [
        ("1.1", "Around 29,000 adults in Thornhithe smoke. Smoking accounts for an estimated "
                "half of the difference in life expectancy between the most and least "
                "deprived wards in the borough."),
        ("1.2", "The current service has supported 1,418 residents to set a quit date in "
                "2023/24, of whom 47% had stopped smoking at four weeks. The service has not "
                "met its annual target for four-week quits in two of the last three years."),
        ("1.3", "The Government has announced additional funding for local stop smoking "
                "services until March 2029, subject to the Council maintaining its existing "
                "level of spending on these services."),
    ]:
        labelled(n + "\t", tx)

    d.add_heading("2. Proposal and Issues", level=2)
    for n, tx in [
        ("2.1", "It is proposed that the community stop smoking service is tendered as a "
                "single contract for three years with the option to extend for two further "
                "periods of one year, from 1 October 2025."),
        ("2.2", "The new specification will require the provider to prioritise pregnant "
                "women and their partners, people with mental health conditions, and routine "
                "and manual workers, and to offer a choice of behavioural support with "
                "medication or a vape as a quit aid."),
        ("2.3", "The specialist service for hospital inpatients will continue to be delivered "
                "by the Council's public health team, working with TCLUH."),
    ]:
        labelled(n + "\t", tx)
    para("Questions the Committee may wish to consider", bold=True)
    for q in ["How will the new service reach smokers who have not used the service before?",
              "Is the proposed balance between payment by results and a fixed fee right?",
              "What should the service offer to young people who vape?"]:
        d.add_paragraph(q, style="List Bullet")

    d.add_heading("3. Options Appraisal", level=2)
    ot = d.add_table(rows=1, cols=3)
    ot.style = "Table Grid"
    for i, h in enumerate(["Option", "Summary", "Recommended?"]):
        ot.rows[0].cells[i].text = ""
        ot.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for r in [("1. Do nothing", "Allow the contract to expire; no community service from "
               "October 2025.", "No \u2013 the Council would not meet the grant conditions."),
              ("2. Bring the service in-house", "Deliver the whole service through the "
               "public health team.", "No \u2013 the Council does not have the staff or "
               "premises to do this by October 2025."),
              ("3. Tender a single contract", "Competitive tender for a community service, "
               "inpatient service retained by the Council.", "Yes")]:
        cells = ot.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v

    d.add_heading("4. Consultation", level=2)
    labelled("4.1\t", "A survey of current and former service users and of residents who "
                      "smoke ran from 4 November to 15 December 2024 and received 312 "
                      "responses. Residents were asked: \"What would help you to stop "
                      "smoking?\" and \"Where would you prefer to get support?\"")
    labelled("4.2\t", "The most common answers were support in the evenings and at weekends "
                      "(58%), support from a local pharmacy (44%) and support in a language "
                      "other than English (17%).")

    d.add_heading("5. Commissioning Implications", level=2)
    labelled("5.1\t", "The procurement will follow the Provider Selection Regime's competitive "
                      "process. Market engagement in January 2025 attracted interest from "
                      "five providers.")
    d.add_heading("6. Financial Implications", level=2)
    para("Implications completed by: Oluwaseun Adebayo-Hart, Finance Business Partner")
    labelled("6.1\t", "The annual contract value will be up to \u00a3690,000, funded from the "
                      "Public Health Grant and the Local Stop Smoking Services and Support "
                      "Grant.")
    d.add_heading("7. Legal Implications", level=2)
    para("Implications completed by: Rhiannon Clegg, Principal Lawyer")
    labelled("7.1\t", "The Council has a duty under section 12 of the Health and Social Care "
                      "Act 2012 to take steps to improve the health of the people in its area.")
    d.add_heading("8. Other Implications", level=2)
    labelled("8.1\tRisk Management \u2013 ", "The main risk is a failed procurement. The current "
                                              "contract allows a six-month extension should "
                                              "this be needed.")
    labelled("8.2\tCorporate Policy and Equality Impact \u2013 ", "An Equality Impact "
             "Assessment is attached at Appendix 3.")
    para("Public Background Papers Used in the Preparation of the Report: None", bold=True)
    para("List of appendices:", bold=True)
    for a in ["Appendix 1 \u2013 Draft service specification (summary)",
              "Appendix 2 \u2013 Options appraisal",
              "Appendix 3 \u2013 Equality Impact Assessment"]:
        d.add_paragraph(a, style="List Bullet")

    cp = d.core_properties
    cp.author = "Nadia Kessler"
    cp.last_modified_by = "Nadia Kessler"
    cp.title = "Stop Smoking Service: Recommissioning Proposals"
    cp.created = dt.datetime(2025, 2, 26, 9, 0, 0)
    cp.modified = dt.datetime(2025, 3, 3, 16, 15, 0)
    cp.revision = 4

    buf = io.BytesIO()
    d.save(buf)
    # python-docx stamps each zip entry with the current time: rewrite with a fixed one.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 3, 16, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_FILE,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-03-12",
    "items": [{"number": b[1], "title": b[2]} for b in MINUTES if b[0] == "item"],
    "questions": [
        q("39", "question", "asked why the Trust had not met the four-hour standard", "Chair",
          "the Trust's modelling had anticipated the overall rise in attendances",
          "Director of Operations", ["workforce"]),
        q("39", "concern", "raised concerns about reports from residents of patients being "
          "treated on trolleys", None,
          "corridor care had been used on 41 days over the winter",
          "Director of Operations", []),
        q("39", "question", "what was being done to reduce the number of patients who were "
          "medically fit", "Cllr Tindall",
          "the Council's Integrated Discharge Hub had supported 1,240 discharges between "
          "October and February",
          "Cabinet Member for Adult Social Care and Health Integration",
          ["adult-social-care", "integration"]),
        q("39", "question", "the uptake of flu and COVID-19 vaccinations among health and "
          "care staff", "Cllr Pardoe",
          "uptake among Trust staff stood at 38% for flu",
          "Deputy Director", ["public-health", "workforce"]),
        q("39", "comment", "residents in the south of the borough found it difficult to reach "
          "Queen Adelaide Hospital", "Cllr Sesay", None, None, []),

        q("40", "question", "whether the PNA remained valid given that two of the three "
          "closures", None,
          "could issue a supplementary statement where changes did not warrant a full "
          "reassessment", "Head of Primary Care", ["primary-care"]),
        q("40", "concern", "the length of time residents were waiting for a GP appointment",
          None, "practices in Thornhithe had provided 8% more appointments in 2024 than in 2023",
          "Head of Primary Care", ["primary-care"]),
        q("40", "concern", "many residents were not aware that they could go directly to a "
          "pharmacy", None, None, None, ["primary-care"]),
        q("40", "concern", "the financial pressures on independent pharmacies, which a Member "
          "felt had been caused", None,
          "the ICB had written to NHS England in support of the Local Pharmaceutical",
          "Head of Primary Care", ["primary-care", "finance"]),
        q("40", "request", "requested that the Council use its own communications channels",
          "Cllr Mawdsley", "undertook to raise this with the Council's communications team",
          "Cabinet Member", ["primary-care"]),

        q("41", "question", "asked about waiting times for psychological therapies for adults",
          "Cllr Choudhury",
          "the median wait from referral to a first Talking Therapies appointment was now five "
          "weeks", "Integrated Care Director", ["mental-health", "workforce"]),
        q("41", "question", "how many Thornhithe residents had been placed in mental health "
          "beds outside London", "Chair",
          "23 residents had been placed out of area in 2024",
          "Integrated Care Director", ["mental-health"]),
        q("41", "concern", "raised concerns about the closure of the Whitewell Day Centre",
          None, "undertook to provide a written response on the support available",
          "Integrated Care Director", ["mental-health", "adult-social-care"]),
        q("41", "question", "what involvement service users and carers had had in designing "
          "the hubs", "Cllr Pardoe",
          "a lived experience panel of 14 service users had been involved from the start",
          "Integrated Care Director", ["mental-health", "patient-and-public-input"]),

        q("42", "question", "why the Council was proposing to tender the service rather than "
          "bring it in-house", "Cllr Tindall",
          "the Council did not have the staff or the premises to deliver the community element",
          "DPH", ["public-health", "subcontracting", "privatisation", "finance"]),
        q("42", "concern", "the current provider had not met its target for four-week quits",
          None, "the target had been set before the COVID-19 pandemic and had been revised",
          "DPH", ["public-health", "subcontracting"]),
        q("42", "question", "would address the growing use of vapes by children and young "
          "people", "Cllr Sesay",
          "youth vaping was being addressed through a separate programme with schools and "
          "Trading Standards", "DPH", ["public-health", "children-and-families"]),
        q("42", "request", "requested that the specification require the provider to offer "
          "sessions in the evenings", "Deputy Chair",
          "agreed that this would be reflected in the service specification",
          "DPH", ["public-health", "subcontracting"]),

        q("43", "question", "how the Council responded to Healthwatch's findings as the "
          "commissioner of most of the places", "Cllr Mawdsley",
          "the findings had been discussed with each provider through the Council's quality "
          "assurance process", "Head of Commissioning, Adults' Care and Support",
          ["adult-social-care", "patient-and-public-input", "subcontracting", "governance"]),
        q("43", "concern", "expressed concern about access to dentistry for care home "
          "residents", "Cllr Pardoe",
          "the ICB had commissioned a domiciliary dental service for the whole of East Thames",
          "Head of Primary Care", ["primary-care", "adult-social-care", "subcontracting"]),
        q("43", "request", "asked that Healthwatch return to the Committee with the outcome of "
          "its follow-up visits", "Chair", None, None,
          ["patient-and-public-input", "adult-social-care"]),
    ],
    "resolutions": [
        r("38", "the minutes of the meeting held on 22 January 2025 were confirmed", "agreed",
          []),
        r("39", "request that TCLUH provide a breakdown of 12-hour waits in the ED by age",
          "agreed", []),
        r("40", "noted the report and the actions being taken by the ICB", "noted",
          ["primary-care"]),
        r("41", "noted the presentation and the progress made in developing the locality hubs",
          "noted", ["mental-health"]),
        r("42", "recommend to Cabinet that the service specification include a requirement "
          "for the provider", "recommended", ["public-health", "subcontracting"]),
        r("43", "noted the Enter and View report and thanked Healthwatch Thornhithe", "noted",
          ["patient-and-public-input", "adult-social-care"]),
        r("44", "agreed that youth vaping and maternity services at Queen Adelaide Hospital",
          "agreed", ["public-health"]),
    ],
    "attendees": [
        {"name": "Cllr Delia Amoako", "role": "Chair", "attendance": "present"},
        {"name": "Cllr Stephen Mawdsley", "role": "Deputy Chair", "attendance": "present"},
        {"name": "Cllr Farzana Choudhury", "role": None, "attendance": "present"},
        {"name": "Cllr Kevin Pardoe", "role": None, "attendance": "present"},
        {"name": "Cllr Ibrahim Sesay", "role": None, "attendance": "present"},
        {"name": "Cllr Rosalind Tindall", "role": None, "attendance": "present"},
        {"name": "Cllr Janet Whitlock", "role": None, "attendance": "in_attendance"},
        {"name": "Cllr Harjit Bains", "role": None, "attendance": "apologies"},
        {"name": "Cllr Lorraine Fenwick", "role": None, "attendance": "apologies"},
    ],
}

REPORT_GOLD = {"document": REPORT_FILE, "doc_type": "report"}


# ---------------------------------------------------------------------------------------

def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def norms(s: str):
    """Two readings of "remove punctuation": dropped, or replaced by a space."""
    s = s.lower().replace("\u2019", "'")
    out = []
    for rep in ("", " "):
        t = re.sub(r"[^\w\s]", rep, s)
        t = re.sub(r"\s+", " ", t).strip()
        out.append(" " + t + " ")
    return out


def check() -> int:
    bad = 0
    for gold_path in sorted(GOLD.glob("lx-*.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / g["document"]
        assert gold_path.stem == doc.stem, gold_path
        texts = norms(doc_text(doc))
        phrases = []
        for qq in g.get("questions", []):
            phrases.append(("question", qq["text"]))
            if qq["answer"]:
                phrases.append(("answer", qq["answer"]))
        for rr in g.get("resolutions", []):
            phrases.append(("resolution", rr["text"]))
        for kind, ph in phrases:
            n_words = len(ph.split())
            if not 6 <= n_words <= 15:
                print(f"{doc.name}: {kind} phrase has {n_words} words: {ph!r}")
                bad += 1
            for t, p in zip(texts, norms(ph)):
                n = t.count(p)
                if n != 1:
                    print(f"{doc.name}: {kind} phrase found {n} times: {ph!r}")
                    bad += 1
                    break
        print(f"{doc.name}: {len(phrases)} phrases checked")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes(DOCS / MINUTES_FILE)
    build_report(DOCS / REPORT_FILE)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        stem = Path(g["document"]).stem
        (GOLD / f"{stem}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    print("written:", MINUTES_FILE, REPORT_FILE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
