#!/usr/bin/env python3
"""Build the "fm-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fm.py           build documents/fm-* and gold/fm-*.json
        build_fm.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import json
import os
import re
import sys

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 11, 20, 9, 30, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"
VOWELS = set("aeiouy")


def hyph(text):
    """Insert soft hyphens into long lower-case words (V-CV breaks) so that the
    justified PDF text is hyphenated across line ends."""
    def word(m):
        w = m.group(0)
        if len(w) < 8 or not w.islower():
            return w
        out = []
        last = 0
        for i in range(3, len(w) - 3):
            if (w[i - 1] in VOWELS and w[i] not in VOWELS and w[i + 1] in VOWELS
                    and i - last >= 3):
                out.append(w[last:i])
                last = i
        out.append(w[last:])
        return SHY.join(out)
    return re.sub(r"[A-Za-z]+", word, text)


class Doc(FPDF):
    header_text = ""
    footer_left = ""

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("S", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 5, self.header_text, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 8)
        if self.footer_left:
            self.cell(90, 5, self.footer_left, align="L")
            self.cell(0, 5, str(self.page_no()), align="R")
        else:
            self.cell(0, 5, "Page " + str(self.page_no()), align="C")


def new_pdf(title):
    pdf = Doc(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(title)
    pdf.set_author("Democratic Services")
    pdf.set_creator("Committee Management System")
    pdf.set_producer("Committee Management System")
    pdf.add_font("S", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("S", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("S", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 22)
    return pdf


# ---------------------------------------------------------------------------
# Document 1: county Cabinet Committee minutes
# ---------------------------------------------------------------------------
D1 = "fm-wendmoor-asc-ph-cabinet-committee-2025-11-13.pdf"
D1_DATE = "13 November 2025"

D1_PRESENT = (
    "PRESENT: Mr D R Ashcombe (Chairman), Mrs L M Pennick (Vice-Chairman), "
    "Mr P Barrowcliffe, Mr N Fothergill (Substitute for Mrs A Crisp), Ms R Lambourne, "
    "Dr K Oduya, Ms J Quarrie, Mr S Tillotson and Mrs H Verrall")
D1_ALSO = ("ALSO PRESENT: Mrs C Whitlow (Cabinet Member for Adult Social Care and Public "
           "Health) and Mr G Harrop (Deputy Cabinet Member)")
D1_IN_ATT = (
    "IN ATTENDANCE: Mr M Okafor (Corporate Director Adult Social Care and Health), "
    "Dr E Stanbridge (Director of Public Health), Mrs T Yeoman (Director of Adult Social "
    "Care Commissioning and Partnerships), Mr B Kettle (Head of Finance, Adults and "
    "Public Health) and Ms F Adeyemi (Senior Democratic Services Officer)")

# (number, title, agenda item, [paragraphs]); paragraphs starting "RESOLVED" are set
# with a hanging bold label.
D1_ITEMS = [
    ("28", "Apologies and Substitutes", "Item 2", [
        "Apologies for absence were received from Mrs A Crisp and Mr J Ferrars. "
        "Mr N Fothergill was present as a substitute for Mrs Crisp.",
    ]),
    ("29", "Declarations of Interests by Members in items on the agenda", "Item 3", [
        "Dr K Oduya declared that she was a salaried general practitioner at a practice in "
        "the east of the county which held a contract to provide stop smoking support, in "
        "relation to Item 8. She took part in the discussion of that item but made clear "
        "that she spoke as a Member and not on behalf of her employer.",
    ]),
    ("30", "Minutes of the meeting held on 18 September 2025", "Item 4", [
        "RESOLVED that the minutes of the meeting held on 18 September 2025 are correctly "
        "recorded and that they be signed by the Chairman. There were no matters arising.",
    ]),
    ("31", "Verbal updates by the Cabinet Member and Corporate Director", "Item 5", [
        "1. The Cabinet Member for Adult Social Care and Public Health, Mrs Whitlow, gave "
        "a verbal update on the following: the launch of the Carers' Week roadshow in "
        "Maidfield and Brockhurst, which had been attended by more than 400 unpaid carers; "
        "the opening of the new extra care scheme at Tanners Yard, Ellingham; and her "
        "attendance at the regional meeting of adult social care portfolio holders, where "
        "the pressures arising from the increase in employers' national insurance "
        "contributions had again been raised with Ministers.",
        "2. Mr Okafor then gave a verbal update on the Care Quality Commission's assessment "
        "of the Council's adult social care functions, the site visit for which had taken "
        "place over three days in October, and on the winter plan agreed with the "
        "Integrated Care Board. Mr Barrowcliffe asked when the outcome of the CQC "
        "assessment would be published; Mr Okafor said that the draft report was expected "
        "before Christmas and would be shared with Members of the Committee as soon as it "
        "had been checked for factual accuracy.",
        "3. RESOLVED that the verbal updates be noted, with thanks.",
    ]),
    ("32", "Adult Social Care and Public Health Budget Monitoring 2025/26 – Quarter 2",
     "Item 6", [
        "1. Mr Kettle introduced the report, which set out the forecast revenue outturn for "
        "the directorate as at the end of September. The directorate was forecasting an "
        "overspend of £9.6m against a net budget of £512.3m, the largest element of which "
        "related to older people's home care and residential placements. Of the £14.2m of "
        "savings built into the budget, £8.9m had been delivered or was on track, £3.1m "
        "was at risk and £2.2m had been written off and replaced by one-off measures. He "
        "drew attention to the public health grant, which was forecast to break even after "
        "a planned contribution to the public health reserve.",
        "2. Mrs Verrall asked why the forecast overspend on home care had risen by £2.1m "
        "since the first quarter; Mr Kettle said that the increase reflected a higher "
        "number of hospital discharges requiring care at home and larger average package "
        "sizes than had been assumed when the budget was set. Asked by Ms Quarrie whether "
        "the savings target for the reablement programme remained achievable this year, "
        "Mrs Yeoman said that the target had been reprofiled and about two thirds of it "
        "would be delivered in-year, with the balance falling into 2026/27. A view was "
        "expressed that the Council could not keep absorbing cost pressures arising from "
        "the NHS without a fairer contribution from the Integrated Care Board towards "
        "discharge packages. Mr Tillotson commented that the use of reserves to balance "
        "the position at year end was not sustainable. In reply, the Cabinet Member "
        "explained that the Council had made representations to Government about the "
        "finance settlement and that reserves would only be drawn on as a last resort.",
        "3. RESOLVED that the budget monitoring position be noted and that a further report "
        "on the home care overspend and the recovery plan be brought to the January meeting.",
    ]),
    ("33", "25/00091 – Community Equipment Service: future commissioning arrangements",
     "Item 7", [
        "1. Mrs Yeoman introduced the report, which sought the Committee's views on a "
        "proposed decision to re-procure the Community Equipment Service. The current "
        "contract, held by a private provider and jointly funded with the Integrated Care "
        "Board, would expire on 31 March 2027 and could not be extended further. An options "
        "appraisal had considered a like-for-like re-procurement, a joint contract led by "
        "the Integrated Care Board, a partnership with a neighbouring county and an in-house "
        "service. The recommended option was a single joint contract, let by the Council on "
        "behalf of both organisations, for five years with an option to extend for two more.",
        "2. Mr Fothergill was keen to understand why bringing the service in-house had been "
        "discounted, and Mrs Yeoman said that an in-house service would require significant "
        "capital investment in vehicles, a warehouse and decontamination facilities which "
        "could not be met within the timescale. The point was made that delivery times for "
        "urgent equipment had too often exceeded the contractual standard of 24 hours over "
        "the last year; Mrs Yeoman accepted this and said that the new specification would "
        "include financial penalties for late deliveries and monthly performance reporting "
        "to the Committee's members. Mrs Pennick sought an assurance that the views of "
        "service users and carers would shape the new specification, which was given, the "
        "Director adding that a survey of equipment users would run in the spring.",
        "3. RESOLVED that the Cabinet Committee recommend to the Cabinet Member for Adult "
        "Social Care and Public Health that the Community Equipment Service be re-procured as "
        "a single joint contract with the Integrated Care Board for five years from 1 April "
        "2027, as set out in the report.",
    ]),
    ("34", "Stop Smoking and Vaping Prevention Services", "Item 8", [
        "1. Dr Stanbridge introduced the report. Smoking prevalence among adults in the "
        "county had fallen to 11.4 per cent, but remained above 20 per cent among people in "
        "routine and manual occupations and was more than twice the county average among "
        "people with a serious mental illness. The Council had received an additional "
        "£1.37m through the Local Stop Smoking Services and Support Grant, and the report "
        "set out proposals to use it to expand the community service, to fund stop smoking "
        "advisers in the two acute hospital trusts and to commission targeted vaping "
        "prevention work in secondary schools.",
        "2. Dr Oduya asked how many of the additional quitters would be reached through GP "
        "practices and community pharmacies, and Dr Stanbridge said that primary care was "
        "expected to deliver about a third of the additional quit attempts under the "
        "revised payment scheme. In answer to a further question about the duration of the "
        "funding, Dr Stanbridge confirmed that the additional grant was ring-fenced until "
        "March 2028 but that there was no commitment beyond that date. Ms Lambourne "
        "expressed concern about the sale of illicit vapes to children near schools and "
        "asked what joint work was taking place with Trading Standards; Dr Stanbridge said "
        "that test purchasing had led to 23 seizures this year and that further funding for "
        "enforcement had been included in the proposals.",
        "3. RESOLVED that: (a) the progress made in reducing smoking prevalence be noted; "
        "(b) the proposed allocation of the Local Stop Smoking Services and Support Grant, as "
        "set out in paragraph 4.3 of the report, be endorsed; and (c) a report on the "
        "outcomes of the targeted vaping prevention work in schools be brought to a future "
        "meeting of the Cabinet Committee.",
    ]),
    ("35", "Adult Social Care Workforce: recruitment and retention", "Item 9", [
        "1. Mr Okafor introduced the report, which described the workforce position in the "
        "directorate and in the wider care sector. The vacancy rate for qualified social "
        "workers stood at 14 per cent, down from 19 per cent a year earlier, following the "
        "introduction of a market supplement and a new career pathway for social work "
        "assistants. Recruitment to the independent care sector had been supported by "
        "international recruitment, although changes to the immigration rules would now "
        "limit this route. He added that the Council's own turnover rate had stabilised.",
        "2. Mrs Verrall asked what proportion of the social worker posts were covered by "
        "agency staff, and Mr Okafor said that 38 of the 61 vacant posts were currently "
        "filled by agency workers, at an additional annual cost of about £1.1m. Mr "
        "Barrowcliffe questioned whether care workers recruited from overseas were being "
        "adequately protected from exploitation by their sponsoring employers; the "
        "Corporate Director said that the Council had a dedicated team supporting workers "
        "whose sponsors had lost their licence and had helped 146 people into new roles. "
        "Mr Tillotson requested that the Committee receive the results of the annual staff "
        "survey when available, and Mr Okafor agreed to circulate the results to Members "
        "once they had been analysed.",
        "3. RESOLVED that the report be noted, with thanks.",
    ]),
]


def set_para(pdf, text, bold_lead=None):
    pdf.set_font("S", "", 10)
    if bold_lead and text.startswith(bold_lead):
        pass
    pdf.multi_cell(0, 5.2, hyph(text), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2)


def build_d1():
    pdf = new_pdf("Adult Social Care and Public Health Cabinet Committee - " + D1_DATE)
    pdf.header_text = "Adult Social Care and Public Health Cabinet Committee – " + D1_DATE
    pdf.add_page()
    pdf.set_font("S", "B", 14)
    pdf.cell(0, 8, "WENDMOOR COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "I", 8)
    pdf.cell(0, 5, "[Crest]  Serving Wendmoor", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("S", "B", 12)
    pdf.cell(0, 7, "ADULT SOCIAL CARE AND PUBLIC HEALTH CABINET COMMITTEE",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("S", "", 10)
    pdf.multi_cell(0, 5.2, "MINUTES of a meeting of the Adult Social Care and Public Health "
                   "Cabinet Committee held in the Council Chamber, County Hall, Maidfield on "
                   "Thursday, 13 November 2025.", align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for block in (D1_PRESENT, D1_ALSO, D1_IN_ATT):
        pdf.multi_cell(0, 5.2, block, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_font("S", "B", 10)
    pdf.cell(0, 6, "UNRESTRICTED ITEMS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for num, title, agenda, paras in D1_ITEMS:
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.set_font("S", "B", 10)
        y = pdf.get_y()
        pdf.set_x(22)
        pdf.cell(10, 6, num + ".")
        pdf.multi_cell(130, 6, title, align="L", new_x="LMARGIN", new_y="NEXT")
        y2 = pdf.get_y()
        pdf.set_xy(162, y)
        pdf.set_font("S", "", 10)
        pdf.cell(26, 6, "(" + agenda + ")", align="R")
        pdf.set_xy(22, y2 + 1.5)
        for p in paras:
            set_para(pdf, p)
        pdf.ln(1)
    pdf.output(os.path.join(DOCS, D1))
    src = "\n".join([D1_PRESENT, D1_ALSO, D1_IN_ATT] +
                    [p for _, _, _, ps in D1_ITEMS for p in ps])
    return src


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, att):
    return {"name": name, "role": role, "attendance": att}


GOLD1 = {
    "document": D1,
    "doc_type": "minutes",
    "committee": "Adult Social Care and Public Health Cabinet Committee",
    "meeting_date": "2025-11-13",
    "items": [{"number": n, "title": t} for n, t, _, _ in D1_ITEMS],
    "questions": [
        q("31", "question", "asked when the outcome of the CQC assessment would be published",
          "Mr Barrowcliffe", "the draft report was expected before Christmas", "Mr Okafor",
          ["governance", "adult-social-care"]),
        q("32", "question", "asked why the forecast overspend on home care had risen",
          "Mrs Verrall",
          "the increase reflected a higher number of hospital discharges requiring care at home",
          "Mr Kettle", ["finance", "adult-social-care"]),
        q("32", "question",
          "whether the savings target for the reablement programme remained achievable",
          "Ms Quarrie",
          "the target had been reprofiled and about two thirds of it would be delivered",
          "Mrs Yeoman", ["finance", "adult-social-care"]),
        q("32", "comment",
          "could not keep absorbing cost pressures arising from the NHS", None, None, None,
          ["finance", "integration"]),
        q("32", "concern",
          "commented that the use of reserves to balance the position", "Mr Tillotson",
          "the Council had made representations to Government about the finance settlement",
          "the Cabinet Member", ["finance"]),
        q("33", "question",
          "was keen to understand why bringing the service in-house had been discounted",
          "Mr Fothergill",
          "an in-house service would require significant capital investment in vehicles",
          "Mrs Yeoman", ["privatisation", "subcontracting", "finance"]),
        q("33", "concern",
          "delivery times for urgent equipment had too often exceeded the contractual standard",
          None, "the new specification would include financial penalties for late deliveries",
          "Mrs Yeoman", ["subcontracting"]),
        q("33", "request",
          "sought an assurance that the views of service users and carers", "Mrs Pennick",
          "a survey of equipment users would run in the spring", "the Director",
          ["patient-and-public-input", "subcontracting"]),
        q("34", "question",
          "how many of the additional quitters would be reached through GP practices",
          "Dr Oduya",
          "primary care was expected to deliver about a third of the additional quit attempts",
          "Dr Stanbridge", ["public-health", "primary-care"]),
        q("34", "question", "a further question about the duration of the funding", None,
          "the additional grant was ring-fenced until March 2028", "Dr Stanbridge",
          ["public-health", "finance"]),
        q("34", "concern", "concern about the sale of illicit vapes to children near schools",
          "Ms Lambourne",
          "test purchasing had led to 23 seizures this year", "Dr Stanbridge",
          ["public-health", "children-and-families"]),
        q("35", "question",
          "asked what proportion of the social worker posts were covered by agency staff",
          "Mrs Verrall", "38 of the 61 vacant posts were currently filled by agency workers",
          "Mr Okafor", ["workforce", "finance"]),
        q("35", "concern",
          "questioned whether care workers recruited from overseas were being adequately protected",
          "Mr Barrowcliffe",
          "the Council had a dedicated team supporting workers whose sponsors had lost",
          "the Corporate Director", ["workforce", "adult-social-care"]),
        q("35", "request",
          "requested that the Committee receive the results of the annual staff survey",
          "Mr Tillotson",
          "agreed to circulate the results to Members once they had been analysed",
          "Mr Okafor", ["workforce"]),
    ],
    "resolutions": [
        r("30", "the minutes of the meeting held on 18 September 2025 are correctly recorded",
          "agreed", []),
        r("31", "the verbal updates be noted, with thanks", "noted", []),
        r("32", "the budget monitoring position be noted and that a further report",
          "agreed", ["finance", "adult-social-care"]),
        r("33", "the Community Equipment Service be re-procured as a single joint contract",
          "recommended", ["subcontracting", "integration"]),
        r("34", "the proposed allocation of the Local Stop Smoking Services and Support Grant",
          "agreed", ["public-health", "finance", "children-and-families"]),
        r("35", "the report be noted, with thanks", "noted",
          ["workforce", "adult-social-care"]),
    ],
    "attendees": [
        a("Mr D R Ashcombe", "Chairman", "present"),
        a("Mrs L M Pennick", "Vice-Chairman", "present"),
        a("Mr P Barrowcliffe", None, "present"),
        a("Mr N Fothergill", "Substitute for Mrs A Crisp", "present"),
        a("Ms R Lambourne", None, "present"),
        a("Dr K Oduya", None, "present"),
        a("Ms J Quarrie", None, "present"),
        a("Mr S Tillotson", None, "present"),
        a("Mrs H Verrall", None, "present"),
        a("Mrs C Whitlow", "Cabinet Member for Adult Social Care and Public Health",
          "in_attendance"),
        a("Mr G Harrop", "Deputy Cabinet Member", "in_attendance"),
        a("Mr M Okafor", "Corporate Director Adult Social Care and Health", "in_attendance"),
        a("Dr E Stanbridge", "Director of Public Health", "in_attendance"),
        a("Mrs T Yeoman",
          "Director of Adult Social Care Commissioning and Partnerships", "in_attendance"),
        a("Mr B Kettle", "Head of Finance, Adults and Public Health", "in_attendance"),
        a("Ms F Adeyemi", "Senior Democratic Services Officer", "in_attendance"),
        a("Mrs A Crisp", None, "apologies"),
        a("Mr J Ferrars", None, "apologies"),
    ],
}

# ---------------------------------------------------------------------------
# Document 2: budget consultation summary of responses (a report, not minutes)
# ---------------------------------------------------------------------------
D2 = "fm-wendmoor-budget-consultation-2026-27-summary-of-responses.pdf"

D2_SECTIONS = [
    ("1. Introduction", [
        "Between 15 September and 26 October 2025 we asked residents, businesses, voluntary "
        "organisations and our staff for their views on our draft budget proposals for "
        "2026/27. The Council must set a balanced budget each year. We expect to spend "
        "about £1.34 billion on services next year, but we face a gap of £61.8m between "
        "what those services will cost and the money we expect to receive.",
        "The consultation was promoted through our website, social media, libraries, the "
        "residents' e-newsletter and local radio. Paper and Easy Read versions were available "
        "on request. This report summarises what people told us. It will be considered by "
        "the Cabinet on 22 January 2026 alongside the final budget proposals.",
    ]),
    ("2. Who responded", [
        "We received 3,214 responses: 2,961 online surveys, 187 paper questionnaires and 66 "
        "emails or letters. Of those who answered the question, 91% responded as residents, "
        "4% on behalf of an organisation and 5% as Council employees. People aged 65 and over "
        "made up 29% of respondents, compared with 23% of the county's adult population; "
        "people aged under 35 were under-represented (11% compared with 26%).",
    ]),
    ("3. Council tax", [
        "We proposed a 4.99% increase in council tax, including 2% ring-fenced for adult "
        "social care. 46% of respondents agreed or strongly agreed with the proposal, 44% "
        "disagreed or strongly disagreed and 10% neither agreed nor disagreed. Support was "
        "higher among respondents aged 65 and over (53%).",
        "“I would rather pay a little more than see the library and the day centre close.” "
        "– resident, Ellingham",
        "“Wages haven't gone up by 5%. Families are already struggling and this is another "
        "bill on top.” – resident, Brockhurst",
    ]),
    ("4. Spending priorities", [
        "We asked people to choose up to three services they would most want to protect. "
        "The most frequently chosen were: care and support for older and disabled people "
        "(58%); services for vulnerable children and children in care (51%); roads and "
        "pavements (47%); and public health services such as drug and alcohol treatment and "
        "stop smoking support (19%).",
        "63% agreed with our proposal to invest in reablement and equipment so that people "
        "can stay independent for longer, and 57% agreed that we should do more to help "
        "care leavers into housing and work. Only 21% agreed with the proposal to increase "
        "charges for non-residential care, and many comments said this would fall on people "
        "least able to pay.",
        "“My mother's care charge has already gone up twice. Please think about the people "
        "behind the numbers.” – carer, Maidfield",
        "“Stop paying private agencies for social workers and train your own.” – Council employee",
    ]),
    ("5. Themes from comments", [
        "1,482 respondents left a written comment. The most common themes were: the cost of "
        "living (24% of comments); concern about the condition of roads (19%); the use of "
        "agency staff and consultants (12%); calls for the Government to provide fairer "
        "funding for the county (11%); and concern about waiting times for care assessments "
        "(8%). A number of voluntary organisations asked for longer contracts so that they "
        "could plan and keep their staff.",
    ]),
    ("6. Questions people asked us", []),
]

D2_QA = [
    ("Why can't you use your reserves to avoid the increase?",
     "Reserves can only be spent once. Using them to pay for day-to-day services would "
     "leave the same gap next year and less money for emergencies."),
    ("Does the adult social care precept actually go to social care?",
     "Yes. The 2% precept raises about £19m and is spent only on adult social care, as "
     "required by the Government's conditions."),
    ("Will the consultation change anything?",
     "Yes. Last year the proposal to close two household waste sites was withdrawn after "
     "consultation. The Cabinet will see this report in full before it decides."),
    ("Why are you outsourcing more services?",
     "We are not proposing to outsource any further services in 2026/27. Where contracts "
     "come to an end we compare the options, including providing the service ourselves."),
]

D2_END = ("7. Next steps",
          ["The Cabinet will consider this report and the final budget proposals on 22 "
           "January 2026, and the County Council will set the budget and council tax on "
           "12 February 2026. Thank you to everyone who took part."])


def build_d2():
    pdf = new_pdf("Budget consultation 2026/27: summary of responses")
    pdf.header_text = "Budget consultation 2026/27: summary of responses"
    pdf.footer_left = "Wendmoor County Council"
    pdf.add_page()
    pdf.set_fill_color(0, 70, 110)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("S", "B", 18)
    pdf.cell(0, 14, "  Budget consultation 2026/27", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 12)
    pdf.cell(0, 9, "  Summary of responses", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", 9)
    pdf.ln(2)
    pdf.cell(0, 5, "Wendmoor County Council  |  Strategy, Policy and Insight  |  November 2025",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    src = []

    def body(paras):
        for p in paras:
            if p.startswith("“"):
                pdf.set_font("S", "I", 10)
                pdf.set_x(32)
                pdf.multi_cell(146, 5.2, p, align="L", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("S", "", 10)
                pdf.multi_cell(0, 5.2, hyph(p), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            src.append(p)

    for head, paras in D2_SECTIONS:
        pdf.set_font("S", "B", 12)
        pdf.set_text_color(0, 70, 110)
        pdf.cell(0, 8, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        body(paras)
    for qq, aa in D2_QA:
        pdf.set_font("S", "B", 10)
        pdf.multi_cell(0, 5.2, qq, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("S", "", 10)
        pdf.multi_cell(0, 5.2, aa, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        src += [qq, aa]
    pdf.set_font("S", "B", 12)
    pdf.set_text_color(0, 70, 110)
    pdf.cell(0, 8, D2_END[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    body(D2_END[1])
    pdf.output(os.path.join(DOCS, D2))
    return "\n".join(src)


GOLD2 = {
    "document": D2,
    "doc_type": "report",
    "themes": ["finance", "patient-and-public-input", "adult-social-care",
               "children-and-families", "public-health", "workforce"],
}


def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check(src, gold):
    n = norm(src)
    bad = 0
    phrases = []
    for row in gold.get("questions", []):
        phrases.append(row["text"])
        if row["answer"]:
            phrases.append(row["answer"])
    for row in gold.get("resolutions", []):
        phrases.append(row["text"])
    for p in phrases:
        w = len(p.split())
        c = len(re.findall(r"(?<!\w)" + re.escape(norm(p)) + r"(?!\w)", n))
        if c != 1 or not 6 <= w <= 15:
            print(f"  FAIL {gold['document']}: count={c} words={w}: {p}")
            bad += 1
    print(f"{gold['document']}: {len(phrases)} phrases, {bad} problems")
    return bad


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    src1 = build_d1()
    src2 = build_d2()
    if "--check" in sys.argv:
        bad = check(src1, GOLD1) + check(src2, GOLD2)
        sys.exit(1 if bad else 0)
    for g in (GOLD1, GOLD2):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
