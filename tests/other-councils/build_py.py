#!/usr/bin/env python3
"""Build the "py-" documents of round 221 and their gold annotations.

Usage:  build_py.py           build documents/py-* and gold/py-*.json
        build_py.py --check   verify every gold phrase occurs once in its document

The council, its people, places, providers and figures are invented.
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

MINUTES_NAME = "py-irkfold-health-scrutiny-committee-2025-02-12.pdf"
REPORT_NAME = "py-irkfold-cabinet-home-support-recommissioning-2025-03-04.docx"

FIXED = dt.datetime(2025, 2, 20, 10, 30, 0, tzinfo=dt.timezone.utc)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks:
#   ("item", number, title)      minute number in the hanging column, bold capital title
#   ("p", text)                   paragraph at the body indent ("**x**" is bold)
#   ("li", label, text)           hanging list entry ("•", "(a)", "(1)")
#   ("quote", text)               quoted question, italic, indented
#   ("gap", mm)                   extra vertical space

HEAD_ATTENDANCE = [
    ("p", "**PRESENT:** Councillor Bernadette Nuttall (in the chair); Councillors Sajid "
          "Akhtar (deputy chair), Lorna Critchlow, Paul Entwistle, Shazia Hanif, Graham "
          "Openshaw, Denise Pilling, Martin Rawcliffe and Yvonne Tonge; and Mrs Doreen Kay, "
          "co-opted member (non-voting), Irkfold Pensioners' Forum."),
    ("p", "**ALSO PRESENT:** Councillor Kath Sumner, lead member for adult services, health "
          "and wellbeing, and Councillor Imran Qadir, lead member for housing and "
          "neighbourhoods (for minutes HSC/24/44 and HSC/24/48)."),
    ("p", "**OFFICERS:** Anthony Kershaw, strategic director (people); Dr Helen Marsden, "
          "director of public health; Judith Holroyd, assistant director (commissioning and "
          "quality); Farhan Siddiqui, head of trading standards and licensing; Rachel Ogden, "
          "principal scrutiny officer; and Liam Fairhurst, democratic services advisor."),
    ("p", "**IN ATTENDANCE:** Natalie Birtwistle, place-based lead (Irkfold), NHS Irk Valley "
          "Integrated Care Board; Dr Simon Haworth, chief operating officer, Pendlebrook and "
          "Irkfold Hospitals NHS Foundation Trust; Gail Aspinall, head of primary care "
          "(dental), NHS Irk Valley Integrated Care Board; and Kieran Doyle, chief executive, "
          "Healthwatch Irkfold."),
    ("p", "**APOLOGIES:** Councillors Joanne Heywood and Tariq Mahmood."),
]

BODY = [
    ("item", "HSC/24/41", "APOLOGIES FOR ABSENCE"),
    ("p", "Apologies for absence were received from Councillors Heywood and Mahmood. "
          "Councillor Tonge attended as substitute for Councillor Mahmood."),

    ("item", "HSC/24/42", "DECLARATIONS OF INTEREST"),
    ("p", "Councillor Critchlow declared a personal interest in minute HSC/24/45 "
          "(Re-commissioning of Home Support Services) as her son was employed as a care "
          "worker by one of the council's framework providers."),
    ("p", "Councillor Pilling declared a personal interest in minute HSC/24/47 (NHS Dental "
          "Services and Children's Oral Health) as she was a registered dental nurse working "
          "at a practice in Kestlehurst."),
    ("p", "Neither interest was considered to be prejudicial and both members took part in "
          "the discussion of the items concerned."),

    ("item", "HSC/24/43", "MINUTES OF THE MEETING HELD ON 11 DECEMBER 2024"),
    ("p", "**RESOLVED:** That the minutes of the meeting held on 11 December 2024 be approved "
          "as a correct record, subject to the deletion of the words \u201cand Councillor "
          "Openshaw\u201d from the list of apologies."),
    ("p", "**Matters arising** \u2013 with reference to minute HSC/24/36 (Winter Resilience "
          "and Urgent Care), the principal scrutiny officer reported that the information "
          "requested on ambulance handover times at Pendlebrook General Hospital had been "
          "circulated to members by email on 17 January 2025."),

    ("item", "HSC/24/44", "PUBLIC QUESTIONS"),
    ("p", "The chair reported that two questions had been received from members of the "
          "public in accordance with the council procedure rules. Councillor Hanif joined "
          "the meeting at 2.09 pm, during consideration of this item."),
    ("p", "**(1) Question from Mrs Angela Pickup, Kestlehurst Tenants' and Residents' "
          "Association**"),
    ("quote", "\u201cMany families in Kestlehurst rent from private landlords and are living "
              "with damp and mould. Children in these homes are missing school with chest "
              "infections. What is the council doing to make landlords put this right, and "
              "how quickly does it act when a family reports it?\u201d"),
    ("p", "Councillor Qadir, lead member for housing and neighbourhoods, replied that the "
          "council's private sector housing team had inspected 286 privately rented homes "
          "for damp and mould since April 2024 and had served 37 improvement notices. Where "
          "a household included a child or an adult with a respiratory condition, the team "
          "aimed to visit within five working days of a report being made. He added that "
          "the council had applied to extend its selective licensing scheme to parts of "
          "Kestlehurst and would write to Mrs Pickup when the outcome was known."),
    ("p", "Mrs Pickup asked a supplementary question about whether tenants who complained "
          "to the council were protected from being evicted. Councillor Qadir advised that a "
          "landlord could not serve a valid section 21 notice for six months after an "
          "improvement notice had been served, and that the council's tenancy relations "
          "officer could advise any tenant who was threatened with eviction."),
    ("p", "**(2) Question from Mr Terence Holt, Ashburn Moss**"),
    ("quote", "\u201cI have been waiting 58 weeks for a knee replacement at Pendlebrook General "
              "Hospital. I have never been told where I am on the list or how much longer it "
              "will be. Why can patients not be given this information?\u201d"),
    ("p", "The chair advised that, as the question related to item 6 on the agenda, the "
          "response would be given by the hospital trust during that item (see minute "
          "HSC/24/46 below)."),

    ("item", "HSC/24/45", "RE-COMMISSIONING OF HOME SUPPORT SERVICES (CARE AT HOME)"),
    ("p", "The committee considered a report of the strategic director (people) which set "
          "out proposals for the re-commissioning of home support services for adults from 1 "
          "October 2025. The proposals would be the subject of a key decision by Cabinet on 4 "
          "March 2025 and had been brought to the committee for pre-decision scrutiny. "
          "Councillor Sumner, lead member for adult services, health and wellbeing, "
          "introduced the report, which was presented by Judith Holroyd, assistant director "
          "(commissioning and quality)."),
    ("p", "Councillor Sumner said that the proposals were the result of more than a year of "
          "work with providers, with people who used the service and with the council's NHS "
          "partners, and that the aim was to make sure that nobody waited in hospital or at "
          "home for their care to start."),
    ("p", "The committee was informed that:"),
    ("li", "\u2022", "the current framework of 14 providers had been let in 2019 and, following "
                     "two extensions, would expire on 30 September 2025;"),
    ("li", "\u2022", "around 2,450 people received home support in any one week, amounting to "
                     "approximately 31,000 hours of care;"),
    ("li", "\u2022", "it was proposed to divide the borough into five zones, each served by a "
                     "single lead provider, supported by a framework of approved providers "
                     "for any packages that the lead providers could not pick up;"),
    ("li", "\u2022", "the proposed hourly rate was \u00a325.60, compared with the current rate of "
                     "\u00a323.85, and all contracts would require payment of the real living "
                     "wage and of travel time;"),
    ("li", "\u2022", "the total value of the contracts over a maximum term of seven years was "
                     "estimated at \u00a3312 million; and"),
    ("li", "\u2022", "a public survey had been carried out between September and November 2024 "
                     "and the findings had informed the service specification."),
    ("p", "Members sought assurance that the new arrangements would not allow lead providers "
          "to pass packages of care on to other agencies without the council's knowledge. "
          "Councillor Rawcliffe reported that residents in Ashburn Moss had been visited by "
          "care workers wearing the uniform of a different company from the one named in "
          "their care plan, and asked how many packages were currently subcontracted."),
    ("p", "The assistant director confirmed that subcontracting would only be permitted "
          "with the prior written consent of the council, and that lead providers would be "
          "required to list every subcontracted package in their monthly contract monitoring "
          "returns. She advised that 212 packages, around 9% of the total, were currently "
          "delivered by subcontracted agencies, most of them in the north of the borough "
          "where recruitment was most difficult."),
    ("p", "Councillor Critchlow expressed concern that some care workers were still not "
          "being paid for the time spent travelling between calls, and asked how the council "
          "would check that providers were paying it. The lead member responded that payment "
          "for travel time would be a contract condition for the first time, and that "
          "providers would have to evidence it through payroll audits carried out twice a "
          "year by the contracts team."),
    ("p", "Councillor Akhtar queried why a zonal model was being proposed when the council "
          "had moved away from zones in 2019. The strategic director (people) explained that "
          "the earlier zones had been too large for a single provider to cover, and that the "
          "five proposed zones had been drawn around the borough's neighbourhood teams so "
          "that providers, district nurses and social workers would serve the same areas."),
    ("p", "Councillor Entwistle commented that the council should be delivering at least "
          "part of the service itself rather than relying entirely on private providers, "
          "some of which were owned by private equity firms. In reply, the strategic "
          "director (people) said that an in-house option had been appraised, as set out at "
          "table 3 of the report, but that it was estimated to cost \u00a33.1m a year more than "
          "the proposed model, largely because of pension and other on-costs."),
    ("p", "Mrs Kay asked how people who received care, and their families, had been "
          "involved in designing the new service. Ms Holroyd stated that 486 people had "
          "responded to the survey and that a group of 12 carers and people who used the "
          "service had helped to write the outcomes in the service specification."),
    ("p", "Councillor Tonge requested that the committee be shown a summary of the tender "
          "evaluation before any of the contracts were awarded."),
    ("p", "Councillor Entwistle then moved, and Councillor Pilling seconded, that the "
          "committee recommend to Cabinet that an in-house home support service be "
          "established in at least one of the five zones. On being put to the vote, the "
          "motion was lost, 3 members voting in favour and 6 against."),
    ("p", "**RECOMMENDED TO CABINET:** That payment for travel time between calls and the "
          "monthly reporting of all subcontracted packages be written into the terms of the "
          "new home support contracts."),
    ("p", "**RESOLVED:** That"),
    ("li", "(1)", "the report be noted; and"),
    ("li", "(2)", "a summary of the outcome of the tender evaluation be submitted to the "
                  "committee, in private session if necessary, before the contracts are "
                  "awarded."),
    ("p", "(The meeting adjourned at 3.31 pm and reconvened at 3.40 pm.)"),

    ("item", "HSC/24/46", "ELECTIVE WAITING TIMES AND PATIENT EXPERIENCE \u2013 PENDLEBROOK "
                          "AND IRKFOLD HOSPITALS NHS FOUNDATION TRUST"),
    ("p", "Dr Simon Haworth, chief operating officer, gave a presentation on elective waiting "
          "times at the trust, and Kieran Doyle, chief executive, presented the findings of "
          "Healthwatch Irkfold's report \u201cWaiting Well?\u201d, which was based on the "
          "experiences of patients on the trust's waiting lists. The main points highlighted "
          "were:"),
    ("li", "\u2022", "38,400 people were on the trust's waiting list at the end of December 2024, "
                     "of whom 1,120 had waited more than 52 weeks;"),
    ("li", "\u2022", "trauma and orthopaedics, ear, nose and throat and gynaecology had the "
                     "longest waits;"),
    ("li", "\u2022", "a new elective surgical hub at Irkside Community Hospital would open in "
                     "June 2025, with two theatres set aside for planned operations; and"),
    ("li", "\u2022", "Healthwatch had heard from 318 patients, 64% of whom said that they had "
                     "not been contacted by the hospital since being added to the list, and "
                     "many of whom did not know whom to contact if their condition became "
                     "worse."),
    ("p", "Mr Doyle said that Healthwatch had made seven recommendations, the most important "
          "of which was that every patient should be contacted at least once every three "
          "months while they waited. Ms Birtwistle, place-based lead (Irkfold), added that "
          "the integrated care board had agreed additional funding of \u00a34.2m in 2024/25 "
          "for extra theatre sessions at weekends, and that from April the trust and the ICB "
          "would publish waiting times for each specialty on their websites every month."),
    ("p", "In answer to the question from Mr Holt (minute HSC/24/44), Dr Haworth apologised "
          "for the length of Mr Holt's wait. He said that the number of orthopaedic patients "
          "waiting more than 52 weeks had fallen from 640 to 410 since April 2024, and that "
          "the trust would introduce a patient portal from May 2025 through which patients "
          "could see their expected waiting time and update their details. Mr Holt would be "
          "contacted directly by the orthopaedic service."),
    ("p", "Councillor Hanif asked what proportion of the patients who had waited more than a "
          "year lived in the most deprived areas of the borough. Councillor Openshaw queried "
          "whether patients were being offered treatment at independent sector hospitals in "
          "order to shorten their wait. Councillor Pilling raised concern that appointment "
          "letters were only sent in English, and that patients whose first language was not "
          "English might miss appointments as a result."),
    ("p", "Responding to the points raised, Dr Haworth stated that:"),
    ("li", "\u2013", "the trust had begun in the autumn to record its waiting list by "
                     "deprivation, and patients from the most deprived fifth of the borough "
                     "made up 27% of those waiting more than 52 weeks;"),
    ("li", "\u2013", "1,900 patients had accepted an offer of treatment at the Hobcroft "
                     "independent treatment centre since October 2024, under the national "
                     "patient choice arrangements; and"),
    ("li", "\u2013", "letters could be provided in 14 languages and in easy read on request, but "
                     "he accepted that this was not made clear to patients and undertook to "
                     "review the wording of the standard letter."),
    ("p", "Members sought assurance that patients on the waiting list were being checked for "
          "any deterioration in their condition while they waited. Dr Haworth confirmed that "
          "every patient waiting more than 40 weeks received a clinical harm review, and that "
          "the trust's nurse-led telephone line for waiting patients would be extended to all "
          "specialties by April."),
    ("p", "Councillor Rawcliffe requested that the trust report back to the committee on how "
          "it had acted on each of the recommendations in the Healthwatch report."),
    ("p", "**RESOLVED:** That"),
    ("li", "(1)", "the presentation and the Healthwatch Irkfold report be noted; and"),
    ("li", "(2)", "the trust be requested to provide a further update to the committee in "
                  "September 2025, to include its response to each of the Healthwatch "
                  "recommendations and waiting times broken down by deprivation."),

    ("item", "HSC/24/47", "NHS DENTAL SERVICES AND CHILDREN'S ORAL HEALTH"),
    ("p", "The committee received a report of NHS Irk Valley Integrated Care Board on access "
          "to NHS dentistry in the borough, presented by Gail Aspinall, head of primary care "
          "(dental), together with a report of the director of public health on children's "
          "oral health."),
    ("p", "Ms Aspinall reported that 29 practices in the borough held NHS contracts, three "
          "practices having handed back their contracts during 2024, and that 44% of adults "
          "had seen an NHS dentist in the previous 24 months, compared with 61% of children "
          "in the previous 12 months. The urgent dental care hub in Pendlebrook had offered "
          "5,600 appointments since it opened in April 2024."),
    ("p", "Dr Marsden reported that 31% of five-year-olds in Irkfold had visible tooth decay, "
          "compared with 23% across England, and that the supervised toothbrushing "
          "programme now reached 52 nurseries and 19 primary schools."),
    ("p", "Ms Aspinall explained that, under the ICB's flexible commissioning scheme, eight "
          "practices were being paid to set aside sessions each week for patients who had not "
          "seen a dentist for more than two years, and that 1,340 such patients had been "
          "treated since July 2024."),
    ("p", "The following issues were raised by members:"),
    ("li", "(a)", "whether the council could offer vacant premises that it owned, such as the "
                  "former library in Kestlehurst, to attract a new NHS practice to the area;"),
    ("li", "(b)", "the number of children from the borough who had needed teeth removed under "
                  "a general anaesthetic;"),
    ("li", "(c)", "concern that residents were being told by practices that they could only be "
                  "seen as private patients; and"),
    ("li", "(d)", "whether dentists who had recently qualified were being encouraged to stay "
                  "and work in the borough."),
    ("p", "Ms Aspinall and Dr Marsden responded to the issues raised as follows:"),
    ("li", "(a)", "the ICB would welcome any suitable premises, and a procurement for a new NHS "
                  "practice to serve Kestlehurst and Hobcroft was expected to begin in the "
                  "summer;"),
    ("li", "(b)", "214 children aged under ten from Irkfold had been admitted to hospital for "
                  "tooth extractions in 2023/24, the highest number for five years;"),
    ("li", "(c)", "practices could not insist that patients pay privately for treatment that "
                  "was available on the NHS, and residents who were told this should contact "
                  "the ICB's dental helpline; and"),
    ("li", "(d)", "the ICB was funding a \u201cgolden hello\u201d of up to \u00a320,000 for dentists "
                  "who committed to three years of NHS work in under-served areas."),
    ("p", "Councillor Pilling commented that many dental nurses were leaving the profession "
          "for better paid work in retail, which was making it harder for practices to see "
          "NHS patients."),
    ("p", "**RESOLVED:** That"),
    ("li", "(1)", "the reports be noted; and"),
    ("li", "(2)", "the chair write on behalf of the committee to the Secretary of State for "
                  "Health and Social Care, calling for urgent reform of the NHS dental "
                  "contract."),

    ("item", "HSC/24/48", "YOUTH VAPING \u2013 ENFORCEMENT AND PREVENTION"),
    ("p", "The committee considered a joint report of the director of public health and the "
          "head of trading standards and licensing on vaping among children and young "
          "people. Councillor Qadir introduced the report."),
    ("p", "Mr Siddiqui reported that trading standards officers had carried out 41 test "
          "purchases at shops across the borough during 2024, 14 of which had resulted in a "
          "sale to a person under 18, and had seized more than 9,600 illegal vapes. Dr "
          "Marsden reported that the borough's schools health survey had found that 18% of "
          "Year 10 pupils vaped at least once a week, and that the sale of single-use vapes "
          "would become illegal from 1 June 2025."),
    ("p", "Dr Marsden outlined the prevention work being carried out in schools, including "
          "lessons delivered by the school nursing service to every Year 7 class, a peer "
          "education programme in six secondary schools and a campaign, designed with "
          "pupils, which would run on social media from March."),
    ("p", "Councillor Tonge asked what action had been taken against the shops that had sold "
          "vapes to children. Mr Siddiqui advised that four retailers had been prosecuted, "
          "two premises licences had been reviewed by the licensing sub-committee and the "
          "remaining shops had received written warnings and follow-up test purchases."),
    ("p", "Councillor Akhtar expressed concern at the number of vape shops opening close to "
          "schools and asked whether the council could use its planning powers to limit "
          "them. Councillor Hanif asked whether the stop smoking service would help young "
          "people who wanted to give up vaping. Mrs Kay commented that many older smokers "
          "had stopped smoking by switching to vapes, and that the council should take care "
          "not to put adult smokers off doing so."),
    ("p", "In response, Dr Marsden said that the council had no power to refuse a shop on "
          "health grounds alone, but that a supplementary planning document on hot food "
          "takeaways and vape shops would be brought forward in the spring. She confirmed "
          "that the Breathe Easy Irkfold service accepted self-referrals from young people "
          "aged 12 and over who wanted support to stop vaping. The director agreed with Mrs "
          "Kay that vaping remained a useful aid to quitting for adult smokers, which was why "
          "the campaign would be aimed only at young people."),
    ("p", "(Councillor Qadir left the meeting at the conclusion of this item.)"),
    ("p", "The committee noted the report and thanked the officers for their work."),

    ("item", "HSC/24/49", "WORK PROGRAMME 2024/25"),
    ("p", "The principal scrutiny officer presented the committee's work programme for the "
          "remainder of the municipal year. She reported that the annual report of the "
          "Irkfold Safeguarding Adults Board had been moved to the March meeting at the "
          "request of the board. Members were reminded that the joint health scrutiny "
          "committee with the neighbouring authorities would meet on 26 March 2025 to "
          "consider the proposed reconfiguration of vascular surgery."),
    ("p", "Councillor Openshaw requested that the proposed closure of the Ashburn Moss "
          "walk-in centre be considered by the committee before the ICB's consultation "
          "closed. The place-based lead (Irkfold) advised that the consultation would run "
          "until 30 April 2025 and that she would attend the March meeting to present the "
          "proposals."),
    ("p", "**RESOLVED:** That the work programme be agreed, subject to the addition of an item "
          "on the proposed closure of the Ashburn Moss walk-in centre at the meeting on 19 "
          "March 2025."),

    ("item", "HSC/24/50", "DATE AND TIME OF NEXT MEETING"),
    ("p", "The next meeting of the committee will be held on Wednesday, 19 March 2025 at 2.00 "
          "pm in Committee Room 2, Irkfold Civic Centre."),
    ("gap", 14),
    ("p", "CHAIR \u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"),
    ("gap", 4),
    ("p", "DATE \u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026"),
]

LEFT = 18.0
NUM_W = 27.0
BODY_X = LEFT + NUM_W
RIGHT = 18.0
LINE_H = 5.2


def build_minutes(path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class Minutes(FPDF):
        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_x(LEFT)
            self.cell(100, 4, "Health Scrutiny Committee \u2013 12.02.2025",
                      new_x=XPos.RIGHT, new_y=YPos.TOP)
            self.set_x(self.w - RIGHT - 40)
            self.cell(40, 4, f"Page {self.page_no()}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Minutes(format="A4")
    pdf.set_margins(LEFT, 16, RIGHT)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("DejaVu", "BI", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf"))
    pdf.set_creation_date(FIXED)
    pdf.set_title("Minutes - Health Scrutiny Committee - 12 February 2025")
    pdf.set_author("Democratic Services, Irkfold Metropolitan Borough Council")
    pdf.set_creator("Modern.Gov")
    pdf.add_page()

    full_w = pdf.w - LEFT - RIGHT
    body_w = pdf.w - BODY_X - RIGHT

    # First-page furniture
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_text_color(110, 110, 110)
    pdf.set_xy(pdf.w - RIGHT - 60, 8)
    pdf.cell(60, 5, "Public Document Pack", align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(LEFT, 20)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(full_w, 7, "IRKFOLD METROPOLITAN BOROUGH COUNCIL", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(full_w, 7, "HEALTH SCRUTINY COMMITTEE", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(full_w, 6, "Wednesday, 12 February 2025", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(45, 5, "Meeting commenced:", new_x=XPos.RIGHT, new_y=YPos.TOP)
    pdf.cell(40, 5, "2.00 pm", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(45, 5, "\u201c       ended:", new_x=XPos.RIGHT, new_y=YPos.TOP)
    pdf.cell(40, 5, "4.51 pm", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.cell(full_w, 5, "Venue: Committee Room 2, Irkfold Civic Centre, Tanpit Lane, "
                        "Pendlebrook", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    def para(text: str, x: float, w: float, style: str = "", size: float = 10) -> None:
        pdf.set_font("DejaVu", style, size)
        pdf.set_x(x)
        pdf.multi_cell(w, LINE_H, text, markdown=True, align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2.2)

    for block in HEAD_ATTENDANCE:
        para(block[1], LEFT, full_w)
    pdf.ln(3)

    for block in BODY:
        kind = block[0]
        if kind == "item":
            _, number, title = block
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(3)
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 10)
            pdf.set_xy(LEFT, y)
            pdf.cell(NUM_W, LINE_H, number, new_x=XPos.RIGHT, new_y=YPos.TOP)
            pdf.set_xy(BODY_X, y)
            pdf.multi_cell(body_w, LINE_H, title, align="L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2.5)
        elif kind == "p":
            para(block[1], BODY_X, body_w)
        elif kind == "quote":
            para(block[1], BODY_X + 8, body_w - 16, style="I")
        elif kind == "li":
            _, label, text = block
            pdf.set_font("DejaVu", "", 10)
            if pdf.get_y() > pdf.h - 22 - LINE_H * 2:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(BODY_X, y)
            pdf.cell(9, LINE_H, label, new_x=XPos.RIGHT, new_y=YPos.TOP)
            pdf.set_xy(BODY_X + 9, y)
            pdf.multi_cell(body_w - 9, LINE_H, text, align="L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.6)
        elif kind == "gap":
            pdf.ln(block[1])
        else:
            raise ValueError(kind)

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# The Cabinet report (not minutes)
# ---------------------------------------------------------------------------

def build_report(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Part 1 \u2013 open to the public")
    r.bold = True
    r.font.size = Pt(9)

    p = doc.add_paragraph()
    r = p.add_run("IRKFOLD METROPOLITAN BOROUGH COUNCIL")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("REPORT TO CABINET")
    r.bold = True
    r.font.size = Pt(12)

    meta = doc.add_table(rows=0, cols=2)
    meta.style = "Table Grid"
    for a, b in (
        ("Date of meeting", "Tuesday, 4 March 2025"),
        ("Report of", "Strategic director (people)"),
        ("Lead member", "Councillor Kath Sumner, lead member for adult services, health and "
                        "wellbeing"),
        ("Title", "Re-commissioning of home support services (care at home) 2025\u20132032"),
        ("Key decision", "Yes \u2013 forward plan reference KD/24/118"),
        ("Wards affected", "All wards"),
        ("Contact officer", "Judith Holroyd, assistant director (commissioning and quality)"),
    ):
        row = meta.add_row()
        row.cells[0].text = a
        row.cells[1].text = b
        for run in row.cells[0].paragraphs[0].runs:
            run.bold = True

    def h(text: str) -> None:
        doc.add_heading(text, level=1)

    def h2(text: str) -> None:
        doc.add_heading(text, level=2)

    def para(text: str) -> None:
        doc.add_paragraph(text)

    h("1. Purpose of the report")
    para("1.1 This report seeks Cabinet approval to re-commission home support services "
         "for adults in Irkfold from 1 October 2025, when the current framework agreement "
         "expires, and sets out a new model based on five neighbourhood zones.")
    para("1.2 Home support helps people to live safely and independently in their own "
         "homes. Around 2,450 people receive it in any week, and it is the largest single "
         "area of spend in the adult social care budget.")

    h("2. Recommendations")
    para("Cabinet is recommended to:")
    for n, text in enumerate((
        "approve the re-commissioning of home support services using a zoned model of five "
        "lead providers supported by a framework of approved providers, for an initial term "
        "of five years with an option to extend by up to two years;",
        "approve a minimum hourly rate of \u00a325.60 for 2025/26, to include payment of the "
        "real living wage and of travel time between calls;",
        "delegate authority to the strategic director (people), in consultation with the "
        "lead member for adult services, health and wellbeing, to award the contracts "
        "following the procurement; and",
        "note the comments of the Health Scrutiny Committee set out in section 7.",
    ), 1):
        doc.add_paragraph(f"2.{n}\t{text}")

    h("3. Background")
    para("3.1 The current framework of 14 providers was let in 2019 and has been extended "
         "twice. Providers pick up packages of care in the order in which they are offered, "
         "which has led to several providers travelling across the borough to the same "
         "streets and to long waits for care in the north of the borough.")
    para("3.2 In December 2024, 61 people were waiting for a package of care, 23 of them in "
         "hospital. Around 9% of packages are delivered by agencies to which the framework "
         "provider has passed the work, and the council does not always know about these "
         "arrangements in advance.")

    h("4. The proposed model")
    para("4.1 The borough would be divided into five zones drawn around the existing "
         "neighbourhood teams. One lead provider would be appointed for each zone and would "
         "be expected to accept every package offered to it within 48 hours.")
    zones = doc.add_table(rows=1, cols=4)
    zones.style = "Table Grid"
    for cell, text in zip(zones.rows[0].cells,
                          ("Zone", "Neighbourhoods", "Weekly hours (est.)", "People supported")):
        cell.text = text
    for row in (
        ("1", "Pendlebrook Central, Irkside", "7,400", "590"),
        ("2", "Kestlehurst, Hobcroft", "6,900", "540"),
        ("3", "Ashburn Moss, Tanpit", "5,800", "455"),
        ("4", "Hollin Edge, Gorsey Fold", "5,600", "440"),
        ("5", "Brookhey, Ridding Lane", "5,300", "425"),
        ("Total", "", "31,000", "2,450"),
    ):
        cells = zones.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    para("4.2 Lead providers may subcontract work only with the council's prior written "
         "consent, and must report every subcontracted package in their monthly contract "
         "monitoring return.")

    h("5. Options considered")
    opts = doc.add_table(rows=1, cols=3)
    opts.style = "Table Grid"
    for cell, text in zip(opts.rows[0].cells, ("Option", "Estimated annual cost", "Assessment")):
        cell.text = text
    for row in (
        ("A. Extend the current framework", "\u00a339.6m",
         "Not permitted under procurement rules and would not address waits in the north "
         "of the borough."),
        ("B. Zoned model with lead providers (recommended)", "\u00a341.3m",
         "Shorter waits, fewer providers on each street and closer working with "
         "neighbourhood teams."),
        ("C. In-house service for the whole borough", "\u00a344.4m",
         "Around \u00a33.1m a year more than option B because of pension and other on-costs; "
         "would take at least three years to recruit the staff needed."),
    ):
        cells = opts.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text

    h("6. Consultation and engagement")
    para("6.1 A survey of people who receive home support, their families and carers ran "
         "from September to November 2024 and received 486 responses. Twelve people with "
         "experience of care helped to write the outcomes in the service specification. "
         "The main questions people asked, and our answers, are set out below.")
    ysw = doc.add_table(rows=1, cols=2)
    ysw.style = "Table Grid"
    for cell, text in zip(ysw.rows[0].cells, ("You asked", "We said")):
        cell.text = text
    for a, b in (
        ("Will I keep the same care workers when the new contracts start?",
         "Where your provider is not the lead provider for your zone, we will try to move "
         "your care workers with you, and nobody will be moved without a review."),
        ("Will care workers be paid for the time they spend travelling?",
         "Yes. Payment for travel time will be a condition of every contract."),
        ("Can I still choose my own agency?",
         "Yes. You can ask for a direct payment and arrange your care with any agency."),
        ("Who do I call if my carer does not turn up?",
         "Your provider first. If you cannot get through, call the adult social care "
         "contact centre, which is open every day."),
        ("Why are you changing something that works for me?",
         "Many people told us that it works well, but too many people are waiting for care "
         "to start, particularly in the north of the borough."),
    ):
        cells = ysw.add_row().cells
        cells[0].text = a
        cells[1].text = b

    h("7. Comments of the Health Scrutiny Committee")
    para("7.1 The Health Scrutiny Committee considered these proposals on 12 February 2025. "
         "Its members asked how many packages are now subcontracted and how this would be "
         "controlled, why a zonal model is being proposed when zones were given up in 2019, "
         "and how families had helped to design the service. The committee also considered "
         "whether part of the service should be delivered in-house.")
    para("7.2 The committee recommends that payment for travel time and monthly reporting "
         "of subcontracted packages be written into the contracts. Both are already "
         "included in the draft contract terms. Cabinet may wish to consider whether a "
         "summary of the tender evaluation should be shared with the committee before the "
         "contracts are awarded.")

    h("8. Financial implications")
    fin = doc.add_table(rows=1, cols=4)
    fin.style = "Table Grid"
    for cell, text in zip(fin.rows[0].cells, ("", "2025/26 (half year)", "2026/27", "2027/28")):
        cell.text = text
    for row in (
        ("Estimated cost of home support", "\u00a320.7m", "\u00a342.5m", "\u00a343.8m"),
        ("Current budget", "\u00a320.1m", "\u00a340.2m", "\u00a340.2m"),
        ("Pressure to be met from the market sustainability grant", "\u00a30.6m", "\u00a32.3m",
         "\u00a33.6m"),
    ):
        cells = fin.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    para("8.1 The total value of the contracts over a maximum of seven years is estimated "
         "at \u00a3312 million. The pressure shown above has been included in the medium term "
         "financial plan approved by Council in February 2025.")

    h("9. Legal implications")
    para("9.1 The council has duties under the Care Act 2014 to meet eligible needs for "
         "care and support and to promote a diverse and sustainable market. The procurement "
         "will be carried out under the Procurement Act 2023 using the competitive flexible "
         "procedure.")

    h("10. Risks")
    risks = doc.add_table(rows=1, cols=3)
    risks.style = "Table Grid"
    for cell, text in zip(risks.rows[0].cells, ("Risk", "Likelihood", "Mitigation")):
        cell.text = text
    for row in (
        ("Too few bids for zones 4 and 5", "Medium",
         "Market engagement events held in January; lots can be re-let to framework "
         "providers."),
        ("Care workers leave during the move to new providers", "Medium",
         "TUPE will apply where work transfers; a transition plan for each zone."),
        ("People experience a change of carer", "High",
         "Reviews before any move; people can choose a direct payment."),
    ):
        cells = risks.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text

    h("11. Equality impact")
    para("11.1 An equality impact assessment has been completed and is available as a "
         "background paper. The new model is expected to benefit older and disabled people "
         "in the north of the borough, where waits for care are longest.")

    h("12. Background papers")
    para("Equality impact assessment: home support re-commissioning, January 2025. Home "
         "support survey findings, December 2024. Draft service specification, version 4.")

    cp = doc.core_properties
    cp.author = "Judith Holroyd"
    cp.last_modified_by = "Judith Holroyd"
    cp.title = "Re-commissioning of home support services 2025-2032"
    cp.revision = 6
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info_ in src.infolist():
            zi = zipfile.ZipInfo(info_.filename, date_time=(2025, 2, 20, 10, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info_.filename))
    path.write_bytes(out.getvalue())


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


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health Scrutiny Committee",
    "meeting_date": "2025-02-12",
    "items": [
        {"number": "HSC/24/41", "title": "APOLOGIES FOR ABSENCE"},
        {"number": "HSC/24/42", "title": "DECLARATIONS OF INTEREST"},
        {"number": "HSC/24/43", "title": "MINUTES OF THE MEETING HELD ON 11 DECEMBER 2024"},
        {"number": "HSC/24/44", "title": "PUBLIC QUESTIONS"},
        {"number": "HSC/24/45",
         "title": "RE-COMMISSIONING OF HOME SUPPORT SERVICES (CARE AT HOME)"},
        {"number": "HSC/24/46",
         "title": "ELECTIVE WAITING TIMES AND PATIENT EXPERIENCE \u2013 PENDLEBROOK AND "
                  "IRKFOLD HOSPITALS NHS FOUNDATION TRUST"},
        {"number": "HSC/24/47", "title": "NHS DENTAL SERVICES AND CHILDREN'S ORAL HEALTH"},
        {"number": "HSC/24/48", "title": "YOUTH VAPING \u2013 ENFORCEMENT AND PREVENTION"},
        {"number": "HSC/24/49", "title": "WORK PROGRAMME 2024/25"},
        {"number": "HSC/24/50", "title": "DATE AND TIME OF NEXT MEETING"},
    ],
    "questions": [
        # HSC/24/44 public questions (the second answered under HSC/24/46)
        q("HSC/24/44", "question",
          "What is the council doing to make landlords put this right",
          "Mrs Angela Pickup",
          "had inspected 286 privately rented homes for damp and mould since April 2024",
          "Councillor Qadir", ["housing", "children-and-families"]),
        q("HSC/24/44", "question",
          "asked a supplementary question about whether tenants who complained to the council "
          "were protected",
          "Mrs Pickup",
          "a landlord could not serve a valid section 21 notice for six months",
          "Councillor Qadir", ["housing"]),
        q("HSC/24/44", "question",
          "Why can patients not be given this information",
          "Mr Terence Holt",
          "the trust would introduce a patient portal from May 2025",
          "Dr Haworth", []),
        # HSC/24/45 home support
        q("HSC/24/45", "question",
          "Members sought assurance that the new arrangements would not allow lead providers",
          None,
          "subcontracting would only be permitted with the prior written consent of the council",
          "assistant director", ["subcontracting", "adult-social-care"]),
        q("HSC/24/45", "question",
          "asked how many packages were currently subcontracted",
          "Councillor Rawcliffe",
          "212 packages, around 9% of the total, were currently delivered by subcontracted "
          "agencies",
          "assistant director", ["subcontracting", "adult-social-care"]),
        q("HSC/24/45", "concern",
          "expressed concern that some care workers were still not being paid",
          "Councillor Critchlow",
          "payment for travel time would be a contract condition for the first time",
          "lead member", ["workforce", "adult-social-care"]),
        q("HSC/24/45", "question",
          "queried why a zonal model was being proposed",
          "Councillor Akhtar",
          "the earlier zones had been too large for a single provider to cover",
          "strategic director (people)", ["subcontracting", "adult-social-care"]),
        q("HSC/24/45", "comment",
          "the council should be delivering at least part of the service itself",
          "Councillor Entwistle",
          "it was estimated to cost \u00a33.1m a year more than the proposed model",
          "strategic director (people)", ["privatisation", "adult-social-care"]),
        q("HSC/24/45", "question",
          "asked how people who received care, and their families, had been involved",
          "Mrs Kay",
          "486 people had responded to the survey",
          "Ms Holroyd", ["patient-and-public-input", "adult-social-care"]),
        q("HSC/24/45", "request",
          "requested that the committee be shown a summary of the tender evaluation",
          "Councillor Tonge", None, None, ["subcontracting", "adult-social-care"]),
        # HSC/24/46 elective waiting times (answers in a later paragraph)
        q("HSC/24/46", "question",
          "asked what proportion of the patients who had waited more than a year",
          "Councillor Hanif",
          "patients from the most deprived fifth of the borough made up 27%",
          "Dr Haworth", ["public-health"]),
        q("HSC/24/46", "question",
          "queried whether patients were being offered treatment at independent sector hospitals",
          "Councillor Openshaw",
          "1,900 patients had accepted an offer of treatment at the Hobcroft independent "
          "treatment centre",
          "Dr Haworth", ["subcontracting", "privatisation"]),
        q("HSC/24/46", "concern",
          "raised concern that appointment letters were only sent in English",
          "Councillor Pilling",
          "letters could be provided in 14 languages and in easy read on request",
          "Dr Haworth", []),
        q("HSC/24/46", "question",
          "Members sought assurance that patients on the waiting list were being checked",
          None,
          "every patient waiting more than 40 weeks received a clinical harm review",
          "Dr Haworth", []),
        q("HSC/24/46", "request",
          "requested that the trust report back to the committee on how it had acted",
          "Councillor Rawcliffe", None, None, ["patient-and-public-input"]),
        # HSC/24/47 dentistry: lettered issues, lettered responses
        q("HSC/24/47", "question",
          "whether the council could offer vacant premises that it owned",
          None,
          "a procurement for a new NHS practice to serve Kestlehurst and Hobcroft",
          None, ["primary-care"]),
        q("HSC/24/47", "question",
          "the number of children from the borough who had needed teeth removed",
          None,
          "214 children aged under ten from Irkfold had been admitted to hospital",
          None, ["primary-care", "children-and-families", "public-health"]),
        q("HSC/24/47", "concern",
          "concern that residents were being told by practices that they could only",
          None,
          "practices could not insist that patients pay privately for treatment",
          None, ["primary-care", "privatisation"]),
        q("HSC/24/47", "question",
          "whether dentists who had recently qualified were being encouraged to stay",
          None,
          "the ICB was funding a \u201cgolden hello\u201d of up to \u00a320,000",
          None, ["primary-care", "workforce"]),
        q("HSC/24/47", "comment",
          "many dental nurses were leaving the profession for better paid work in retail",
          "Councillor Pilling", None, None, ["primary-care", "workforce"]),
        # HSC/24/48 youth vaping
        q("HSC/24/48", "question",
          "asked what action had been taken against the shops that had sold vapes",
          "Councillor Tonge",
          "four retailers had been prosecuted, two premises licences had been reviewed",
          "Mr Siddiqui", ["public-health", "children-and-families"]),
        q("HSC/24/48", "concern",
          "expressed concern at the number of vape shops opening close to schools",
          "Councillor Akhtar",
          "the council had no power to refuse a shop on health grounds alone",
          "Dr Marsden", ["public-health", "children-and-families"]),
        q("HSC/24/48", "question",
          "asked whether the stop smoking service would help young people who wanted",
          "Councillor Hanif",
          "accepted self-referrals from young people aged 12 and over",
          "Dr Marsden", ["public-health", "children-and-families"]),
        q("HSC/24/48", "comment",
          "many older smokers had stopped smoking by switching to vapes",
          "Mrs Kay",
          "vaping remained a useful aid to quitting for adult smokers",
          "director", ["public-health"]),
        # HSC/24/49 work programme
        q("HSC/24/49", "request",
          "requested that the proposed closure of the Ashburn Moss walk-in centre be considered",
          "Councillor Openshaw",
          "the consultation would run until 30 April 2025",
          "place-based lead (Irkfold)", ["primary-care", "patient-and-public-input"]),
    ],
    "resolutions": [
        res("HSC/24/43", "the minutes of the meeting held on 11 December 2024 be approved",
            "agreed", []),
        res("HSC/24/45",
            "recommend to Cabinet that an in-house home support service be established",
            "rejected", ["privatisation", "adult-social-care"]),
        res("HSC/24/45",
            "payment for travel time between calls and the monthly reporting of all "
            "subcontracted packages",
            "recommended", ["workforce", "subcontracting", "adult-social-care"]),
        res("HSC/24/45", "a summary of the outcome of the tender evaluation be submitted",
            "agreed", ["subcontracting", "adult-social-care"]),
        res("HSC/24/46",
            "the trust be requested to provide a further update to the committee",
            "agreed", ["patient-and-public-input"]),
        res("HSC/24/47",
            "the chair write on behalf of the committee to the Secretary of State",
            "agreed", ["primary-care"]),
        res("HSC/24/48",
            "The committee noted the report and thanked the officers for their work",
            "noted", ["public-health", "children-and-families"]),
        res("HSC/24/49", "the work programme be agreed, subject to the addition of an item",
            "agreed", ["primary-care"]),
    ],
    "attendees": [
        att("Councillor Bernadette Nuttall", "in the chair", "present"),
        att("Councillor Sajid Akhtar", "deputy chair", "present"),
        att("Councillor Lorna Critchlow", None, "present"),
        att("Councillor Paul Entwistle", None, "present"),
        att("Councillor Shazia Hanif", None, "present"),
        att("Councillor Graham Openshaw", None, "present"),
        att("Councillor Denise Pilling", None, "present"),
        att("Councillor Martin Rawcliffe", None, "present"),
        att("Councillor Yvonne Tonge", None, "present"),
        att("Mrs Doreen Kay", "co-opted member (non-voting), Irkfold Pensioners' Forum",
            "present"),
        att("Councillor Kath Sumner", "lead member for adult services, health and wellbeing",
            "in_attendance"),
        att("Councillor Imran Qadir", "lead member for housing and neighbourhoods",
            "in_attendance"),
        att("Anthony Kershaw", "strategic director (people)", "in_attendance"),
        att("Dr Helen Marsden", "director of public health", "in_attendance"),
        att("Judith Holroyd", "assistant director (commissioning and quality)",
            "in_attendance"),
        att("Farhan Siddiqui", "head of trading standards and licensing", "in_attendance"),
        att("Rachel Ogden", "principal scrutiny officer", "in_attendance"),
        att("Liam Fairhurst", "democratic services advisor", "in_attendance"),
        att("Natalie Birtwistle",
            "place-based lead (Irkfold), NHS Irk Valley Integrated Care Board",
            "in_attendance"),
        att("Dr Simon Haworth",
            "chief operating officer, Pendlebrook and Irkfold Hospitals NHS Foundation Trust",
            "in_attendance"),
        att("Gail Aspinall",
            "head of primary care (dental), NHS Irk Valley Integrated Care Board",
            "in_attendance"),
        att("Kieran Doyle", "chief executive, Healthwatch Irkfold", "in_attendance"),
        att("Councillor Joanne Heywood", None, "apologies"),
        att("Councillor Tariq Mahmood", None, "apologies"),
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
    for gold_path in sorted(GOLD.glob("py-*.json")):
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
        print(f"ok   {doc.name}: {len(phrases)} phrases checked, {len(text.split())} words, "
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
