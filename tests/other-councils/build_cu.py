#!/usr/bin/env python3
"""Build the "cu-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_cu.py           build documents/cu-* and gold/cu-*.json
        build_cu.py --check   verify every gold phrase occurs once in its document
"""
import datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/"

SHY = "\u00ad"
HYPH = {
    "recommissioning": "recom" + SHY + "mis" + SHY + "sion" + SHY + "ing",
    "reablement": "reable" + SHY + "ment",
    "arrangements": "arrange" + SHY + "ments",
    "particularly": "particu" + SHY + "larly",
    "organisations": "organi" + SHY + "sations",
    "independent": "inde" + SHY + "pendent",
    "accommodation": "accommo" + SHY + "dation",
    "responsibility": "responsi" + SHY + "bility",
    "considerably": "consider" + SHY + "ably",
    "implementation": "implemen" + SHY + "tation",
}


def shy(t):
    """Insert soft hyphens at syllable-like points in long words, as a DTP package would."""
    for k, v in HYPH.items():
        t = re.sub(r"\b%s\b" % k, v, t)

    def one(m):
        w = m.group(0)
        if SHY in w or len(w) < 10:
            return w
        cuts = [i for i in range(3, len(w) - 2) if best_cut(w, i) == i]
        for i in reversed(cuts):
            w = w[:i] + SHY + w[i:]
        return w
    return re.sub(r"[A-Za-z\u00ad]+", one, t)


# ---------------------------------------------------------------- document 1
D1 = "cu-thornbury-vale-adults-health-scrutiny-panel-2025-09-16.pdf"
COUNCIL1 = "Thornbury Vale Metropolitan Borough Council"

ATT1 = [  # (name, role, present?)
    ("Councillor D. Fairhurst", "Chair", True),
    ("Councillor M. Doherty", "Vice-Chair", True),
    ("Councillor A. Shah", None, True),
    ("Councillor P. Kaur", None, True),
    ("Councillor L. Brennan", None, True),
    ("Councillor S. Okafor", None, True),
    ("Councillor J. Whitworth", None, False),
    ("Councillor T. Hargreaves", None, False),
    ("Councillor K. Lowe", "Substitute for Councillor J. Whitworth", True),
    ("Mrs E. Lacey", "Co-opted Member, Healthwatch Thornbury Vale", True),
]
OFFICERS1 = [
    ("Dr Helen Marsh", "Director of Public Health"),
    ("Gareth Pryce", "Head of Adult Social Care"),
    ("Nadia Robson", "Assistant Director, Commissioning and Market Management (Adults and Health)"),
    ("Owen Tierney", "Associate Director of Workforce and Organisational Development, Thornbury Vale Hospitals NHS Foundation Trust"),
    ("Cllr Yvonne Marchant", "Cabinet Member for Adult Social Care and Health"),
    ("Fiona Ashcroft", "Senior Democratic Services Officer"),
]

# items: number, title, paragraphs (before exchanges), exchanges, resolution lines, gold
# exchange: (label, text)
ITEMS1 = [
    dict(no="ASP/25/14", title="Apologies for Absence and Substitutions",
         paras=["Apologies for absence were received from Councillor J. Whitworth and Councillor T. Hargreaves. "
                "Councillor K. Lowe attended as substitute for Councillor Whitworth."],
         ex=[], res=None),
    dict(no="ASP/25/15", title="Declarations of Interest",
         paras=["Councillor P. Kaur declared a non-pecuniary interest in item ASP/25/18 as an employee of "
                "Thornbury Vale Hospitals NHS Foundation Trust, and remained in the meeting for that item. "
                "There were no other declarations."],
         ex=[], res=None),
    dict(no="ASP/25/16", title="Minutes of the Previous Meeting",
         paras=["The minutes of the meeting held on 15 July 2025 were submitted."],
         ex=[],
         res=["RESOLVED \u2013",
              "That the minutes of the meeting of the Panel held on 15 July 2025 be approved as a correct record and signed by the Chair."]),
    dict(no="ASP/25/17", title="Home Care Recommissioning \u2013 Progress Report",
         paras=["Nadia Robson, Assistant Director, Commissioning and Market Management (Adults and Health), presented "
                "a report on progress with the recommissioning of home care across the borough. The current framework of "
                "nineteen providers would end on 31 March 2026 and would be replaced by six zonal lead providers, each "
                "working with a small number of approved sub-contractors. The tender had closed on 29 August 2025 with "
                "fourteen bids received, and evaluation was under way. Members then put questions, recorded below."],
         ex=[("Q1", "Cllr Shah: Asked what would happen to the smaller local agencies that were not successful in the zonal tender and whether people would have to change carers."),
             ("A1", "Assistant Director, Commissioning: Unsuccessful providers could still be engaged as sub-contractors by a lead provider, and the service specification required continuity of care workers wherever a person wished to keep them. Transfers would be phased between April and June 2026."),
             ("Q2", "Cllr Doherty: Questioned whether the new hourly rate of \u00a324.10 would be enough to pay care workers the real living wage, given the increase in employer national insurance contributions."),
             ("A2", "Assistant Director, Commissioning: The rate had been modelled on the real living wage plus travel time, and bidders had to show in their pricing schedules how it was passed through to staff. Contract monitoring would include checks of payslips on a sample basis."),
             ("Q3", "Mrs Lacey: Asked how people who receive home care had been involved in designing the new service model."),
             ("A3", "Head of Adult Social Care: Over two hundred people had responded to the service user survey last winter, and an experts by experience group of eleven residents had helped write the outcomes in the specification and would sit on the evaluation panel for the quality questions."),
             ("Q4", "Cllr Okafor: Expressed concern that handing whole zones to a few large national companies would reduce competition and leave the Council exposed if one of them failed."),
             ("A4", "Cabinet Member for Adult Social Care and Health: The contract contained step-in rights and a provider of last resort arrangement with the in-house reablement team, and no bidder could be awarded more than two zones.")],
         res=["RESOLVED \u2013",
              "(1) That the progress report on the recommissioning of home care be noted.",
              "(2) That the outcome of the tender evaluation, including the number of local providers retained as sub-contractors, be reported to the Panel in January 2026."]),
    dict(no="ASP/25/18", title="Hospital Discharge and Workforce Pressures at Thornbury Vale Hospitals",
         paras=["Owen Tierney, Associate Director of Workforce and Organisational Development, gave a presentation on "
                "discharge performance and staffing at the Trust. On an average day in August, 61 patients who no "
                "longer met the criteria to reside remained in hospital. The Trust's registered nurse vacancy rate had "
                "fallen to 7.2 per cent but spending on agency staff remained considerably above the national cap."],
         ex=[("Q1", "Cllr Kaur: Asked how much the Trust had spent on agency nurses in the first five months of the year and which wards relied on them most."),
             ("A1", "Associate Director of Workforce: Agency spend was \u00a33.4 million to the end of August, mainly on the acute medical unit and the frail elderly wards, and a written breakdown by ward would be circulated after the meeting."),
             ("Q2", "Cllr Brennan: Questioned why so many patients were still waiting for a package of care when the discharge to assess beds had been funded from the Better Care Fund."),
             ("A2", "Head of Adult Social Care: Most of the delays were for people needing two carers at each visit in rural wards, where the market was thinnest. The integrated discharge team now met every morning and had reduced the average wait from nine days to six."),
             ("Q3", "Cllr Lowe: Requested that figures for delayed discharges be broken down by the ward in which the patient lived."),
             ("A3", "Head of Adult Social Care: Agreed that this could be included in the quarterly performance report from December.")],
         res=["RESOLVED \u2013",
              "(1) That the presentation be noted.",
              "(2) That the Trust be asked to provide the breakdown of agency nursing spend by ward to all Members of the Panel.",
              "(3) That discharge delays by electoral ward be added to the quarterly performance report."]),
    dict(no="ASP/25/19", title="Public Health Grant 2025/26 and Stop Smoking Service",
         paras=["Dr Helen Marsh, Director of Public Health, introduced the report, which set out the allocation of the "
                "public health grant of \u00a322.8 million for 2025/26 and proposals to bring the stop smoking service "
                "back in-house when the current contract with a national provider expired."],
         ex=[("Q1", "Cllr Shah: Asked whether bringing the stop smoking service in-house would cost more than the existing contract in the first year."),
             ("A1", "Director of Public Health: There would be one-off set-up costs of about \u00a390,000, met from public health reserves, but the running cost would be lower because no management fee or profit margin was payable."),
             ("Q2", "Cllr Fairhurst: Sought clarification on how the service would reach pregnant smokers and people in the most deprived neighbourhoods, where quit rates were lowest."),
             ("A2", "Director of Public Health: Specialist advisers would be based in the maternity unit and in the three family hubs, and the service would offer vaping starter kits as part of the swap to stop scheme.")],
         res=["RESOLVED \u2013",
              "That Cabinet be recommended to approve the transfer of the stop smoking service to in-house provision from 1 April 2026, subject to a full equality impact assessment."]),
    dict(no="ASP/25/20", title="Extra Care Housing Scheme \u2013 Millbrook Court",
         paras=["The Panel received a report on the proposed 64-apartment extra care scheme at Millbrook Court, to be "
                "developed jointly with Harrowgate Housing Association. The report sought the Panel's views before a "
                "decision by Cabinet in October."],
         ex=[("Q1", "Cllr Doherty: Asked how many of the apartments would be available for social rent to older people on the housing register."),
             ("A1", "Head of Adult Social Care: Forty-eight would be for social rent with nomination rights for the Council, and sixteen for shared ownership."),
             ("Q2", "Cllr Okafor: Expressed concern that the care contract for the scheme had not yet been set out and that the report gave no figure for the on-site care costs."),
             ("A2", "Assistant Director, Commissioning: The care and support model was still being costed and would be the subject of a separate procurement next year."),
             ("Q3", "Cllr Lowe: Requested sight of the viability assessment before the Panel gave its view on the scheme.")],
         res=["RESOLVED \u2013",
              "That consideration of the Millbrook Court extra care scheme be deferred to the next meeting of the Panel, pending receipt of the care costs and the viability assessment."]),
    dict(no="ASP/25/21", title="Work Programme 2025/26",
         paras=["The Senior Democratic Services Officer presented the work programme for the remainder of the municipal year."],
         ex=[("Q1", "Cllr Brennan: Requested that a session on the recruitment and retention of social workers be added before the budget meeting in February.")],
         res=["RESOLVED \u2013",
              "That the work programme be agreed, with the addition of an item on social worker recruitment and retention in January 2026."]),
]

GOLD1 = dict(
    document=D1, doc_type="minutes", committee="Adults Health Scrutiny Panel", meeting_date="2025-09-16",
    items=[{"number": it["no"], "title": it["title"]} for it in ITEMS1],
    questions=[
        dict(item="ASP/25/17", kind="question", text="Asked what would happen to the smaller local agencies",
             asked_by="Cllr Shah", answer="Unsuccessful providers could still be engaged as sub-contractors by a lead provider",
             given_by="Assistant Director, Commissioning", themes=["subcontracting", "adult-social-care"]),
        dict(item="ASP/25/17", kind="question", text="whether the new hourly rate of £24.10 would be enough to pay care workers",
             asked_by="Cllr Doherty", answer="The rate had been modelled on the real living wage plus travel time",
             given_by="Assistant Director, Commissioning", themes=["finance", "workforce", "adult-social-care"]),
        dict(item="ASP/25/17", kind="question", text="how people who receive home care had been involved in designing the new service model",
             asked_by="Mrs Lacey", answer="Over two hundred people had responded to the service user survey last winter",
             given_by="Head of Adult Social Care", themes=["patient-and-public-input", "adult-social-care"]),
        dict(item="ASP/25/17", kind="concern", text="handing whole zones to a few large national companies would reduce competition",
             asked_by="Cllr Okafor", answer="The contract contained step-in rights and a provider of last resort arrangement",
             given_by="Cabinet Member for Adult Social Care and Health", themes=["privatisation", "subcontracting", "adult-social-care"]),
        dict(item="ASP/25/18", kind="question", text="how much the Trust had spent on agency nurses in the first five months",
             asked_by="Cllr Kaur", answer="Agency spend was £3.4 million to the end of August",
             given_by="Associate Director of Workforce", themes=["workforce", "finance"]),
        dict(item="ASP/25/18", kind="question", text="why so many patients were still waiting for a package of care",
             asked_by="Cllr Brennan", answer="Most of the delays were for people needing two carers at each visit",
             given_by="Head of Adult Social Care", themes=["adult-social-care", "integration"]),
        dict(item="ASP/25/18", kind="request", text="figures for delayed discharges be broken down by the ward in which the patient lived",
             asked_by="Cllr Lowe", answer="Agreed that this could be included in the quarterly",
             given_by="Head of Adult Social Care", themes=["adult-social-care"]),
        dict(item="ASP/25/19", kind="question", text="whether bringing the stop smoking service in-house would cost more",
             asked_by="Cllr Shah", answer="There would be one-off set-up costs of about £90,000",
             given_by="Director of Public Health", themes=["privatisation", "finance", "public-health"]),
        dict(item="ASP/25/19", kind="question", text="how the service would reach pregnant smokers and people in the most deprived neighbourhoods",
             asked_by="Cllr Fairhurst", answer="Specialist advisers would be based in the maternity unit and in the three family hubs",
             given_by="Director of Public Health", themes=["public-health"]),
        dict(item="ASP/25/20", kind="question", text="how many of the apartments would be available for social rent to older people",
             asked_by="Cllr Doherty", answer="Forty-eight would be for social rent with nomination rights for the Council",
             given_by="Head of Adult Social Care", themes=["housing", "adult-social-care"]),
        dict(item="ASP/25/20", kind="concern", text="the care contract for the scheme had not yet been set out",
             asked_by="Cllr Okafor", answer="The care and support model was still being costed",
             given_by="Assistant Director, Commissioning", themes=["subcontracting", "finance", "housing", "adult-social-care"]),
        dict(item="ASP/25/20", kind="request", text="Requested sight of the viability assessment before the Panel gave its view",
             asked_by="Cllr Lowe", answer=None, given_by=None, themes=["housing", "adult-social-care"]),
        dict(item="ASP/25/21", kind="request", text="a session on the recruitment and retention of social workers be added",
             asked_by="Cllr Brennan", answer=None, given_by=None, themes=["workforce"]),
    ],
    resolutions=[
        dict(item="ASP/25/16", text="minutes of the meeting of the Panel held on 15 July 2025 be approved", outcome="agreed", themes=[]),
        dict(item="ASP/25/17", text="That the progress report on the recommissioning of home care be noted", outcome="noted",
             themes=["subcontracting", "adult-social-care"]),
        dict(item="ASP/25/18", text="That the Trust be asked to provide the breakdown of agency nursing spend", outcome="agreed",
             themes=["workforce", "finance"]),
        dict(item="ASP/25/19", text="That Cabinet be recommended to approve the transfer of the stop smoking service",
             outcome="recommended", themes=["privatisation", "public-health"]),
        dict(item="ASP/25/20", text="consideration of the Millbrook Court extra care scheme be deferred to the next meeting",
             outcome="deferred", themes=["housing", "adult-social-care"]),
        dict(item="ASP/25/21", text="That the work programme be agreed, with the addition of an item",
             outcome="agreed", themes=["workforce"]),
    ],
    attendees=[{"name": n, "role": r, "attendance": "present" if p else "apologies"} for n, r, p in ATT1]
    + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in OFFICERS1],
)


def build_pdf():
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            self.set_font("D", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, COUNCIL1, new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, "Adults Health Scrutiny Panel \u2013 16 September 2025", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_text_color(0, 0, 0)
            self.ln(5)

        def footer(self):
            self.set_y(-14)
            self.set_font("D", "", 8)
            self.cell(60, 5, "Page %d" % self.page_no())
            self.cell(0, 5, "Chair's initials ..............", align="R")

    pdf = P(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 9, 24, 10, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Minutes - Adults Health Scrutiny Panel - 16 September 2025")
    pdf.set_author("Democratic Services")
    pdf.add_font("D", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("D", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_font("D", "I", FONT + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = pdf.w - 40
    pdf.set_font("D", "B", 13)
    pdf.multi_cell(W, 6, "ADULTS HEALTH SCRUTINY PANEL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("D", "", 10)
    pdf.multi_cell(W, 5, "Minutes of the meeting held on Tuesday, 16 September 2025 at 6.00 pm\nin Committee Room 2, Thornbury Vale Civic Centre",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("D", "B", 10)
    pdf.cell(0, 5, "Attendance", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("D", "", 9)
    with pdf.table(col_widths=(100, 35, 35), text_align=("LEFT", "CENTER", "CENTER"), line_height=5,
                   first_row_as_headings=True) as t:
        r = t.row()
        for h in ("Member", "Present", "Apologies"):
            r.cell(h)
        for n, role, p in ATT1:
            r = t.row()
            r.cell(n + (" (%s)" % role if role else ""))
            r.cell("\u2713" if p else "")
            r.cell("" if p else "\u2713")
    pdf.ln(3)
    pdf.set_font("D", "B", 9)
    pdf.cell(0, 5, "Also present:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("D", "", 9)
    for n, r in OFFICERS1:
        pdf.multi_cell(W, 4.5, "%s \u2013 %s" % (n, r), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    LW = 14
    for it in ITEMS1:
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        pdf.set_font("D", "B", 10.5)
        pdf.multi_cell(W, 5.5, "%s   %s" % (it["no"], it["title"]), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        pdf.set_font("D", "", 9.5)
        for p in it["paras"]:
            pdf.multi_cell(W, 4.8, shy(p), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        for lab, txt in it["ex"]:
            if pdf.get_y() > pdf.h - 35:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("D", "B", 9.5)
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(LW, 4.8, lab)
            pdf.set_font("D", "", 9.5)
            pdf.set_xy(pdf.l_margin + LW + 2, y)
            pdf.multi_cell(W - LW - 2, 4.8, shy(txt), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        if it["res"]:
            pdf.ln(1)
            body = it["res"][0] + "\n" + "\n".join(it["res"][1:])
            lines = pdf.multi_cell(W, 4.8, body, dry_run=True, output="LINES", padding=2)
            if pdf.get_y() + 4.8 * len(lines) + 6 > pdf.h - 22:
                pdf.add_page()
            pdf.set_font("D", "B", 9.5)
            pdf.multi_cell(W, 4.8, body, border=1, padding=2, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("D", "", 9.5)
        pdf.ln(4)
    pdf.ln(2)
    pdf.set_font("D", "I", 9)
    pdf.multi_cell(W, 4.8, "The meeting closed at 8.14 pm.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(DOCS, D1))


# ---------------------------------------------------------------- document 2
D2 = "cu-cresswold-health-housing-scrutiny-committee-2025-10-08.txt"
COUNCIL2 = "CRESSWOLD BOROUGH COUNCIL"
HEAD2 = ["Cresswold Borough Council", "Health and Housing Scrutiny Committee \u2013 8 October 2025"]

BODY2 = """HEALTH AND HOUSING SCRUTINY COMMITTEE

Minutes of a meeting held at the Town Hall, Cresswold, on Wednesday 8 October 2025 at 7.00 pm.

PRESENT: Councillor R. Venn (Chairman); Councillor Mrs G. Ibbotson (Vice-Chairman); Councillors H. Achterberg, C. Dlamini, W. Pocklington, Mrs F. Quayle and B. Sutcliffe.

Co-opted member: Mr A. Grantham (Cresswold Tenants' Federation).

Officers in attendance: Ms J. Melling (Strategic Director, Communities and Wellbeing), Mr D. Oduya (Head of Housing Needs and Homelessness Prevention), Ms K. Rowbotham (Senior Commissioning Manager, Supported Living) and Mr S. Fenwick (Democratic Services Officer).

Also in attendance: Dr M. Cheung (Associate Director of Primary Care, West Cresswold and Dales Integrated Care Board).

9. APOLOGIES AND SUBSTITUTES

Apologies for absence were received from Councillors T. Harland and N. Okonjo. There were no substitutes.

10. DECLARATIONS OF INTEREST

Councillor Dlamini declared a personal interest in Minute 14 as a trustee of Cresswold Mind. No other interests were declared.

11. MINUTES

RESOLVED that the minutes of the meeting of the Committee held on 10 September 2025 be confirmed as a correct record and signed by the Chairman.

12. TEMPORARY ACCOMMODATION AND HOMELESSNESS PRESSURES

The Head of Housing Needs and Homelessness Prevention presented a report on the rising use of temporary accommodation. At the end of September 212 households were in temporary accommodation, of whom 58 were in bed and breakfast hotels outside the borough, compared with 131 households a year earlier. The net cost to the General Fund was forecast to reach \u00a32.9 million against a budget of \u00a31.7 million.

Members asked how many of the households in bed and breakfast were families with children and how long they had stayed there. Officers replied that 23 families with children were in bed and breakfast and that nine of them had been there longer than the six-week legal limit, which had been reported to the Portfolio Holder.

Councillor Pocklington asked whether the Council had considered buying its own properties rather than paying nightly rates to private hotels. The Head of Housing Needs replied that a business case to purchase forty homes using borrowing and Local Authority Housing Fund grant would go to Cabinet in November, and that each purchase was expected to repay its cost within eight years.

Mr Grantham expressed concern that tenants in the private rented sector were being evicted by landlords selling up and were not being given advice early enough. Officers replied that a tenancy sustainment officer had been appointed in August and would contact every household served with a section 21 notice within two working days.

RESOLVED that (a) the report be noted; and (b) the Committee's concern at the projected overspend on temporary accommodation be conveyed to the Portfolio Holder for Housing.

13. NHS DENTAL ACCESS \u2013 INTEGRATED CARE BOARD UPDATE

Dr Cheung gave an update on access to NHS dentistry. Only 38 per cent of adults in the borough had seen an NHS dentist in the last two years, and two practices in Cresswold had handed back their contracts in 2025.

Members asked why the dental practices which had handed back their contracts had not been replaced. Dr Cheung replied that the ICB had run a procurement in the spring but had received no compliant bids for the Cresswold lot, and a second round would open in January with a higher unit of dental activity rate.

Councillor Mrs Quayle asked what urgent help was available for residents in pain who could not register with a dentist. Dr Cheung replied that the urgent dental care hub at Dales Road offered 120 appointments a week through NHS 111 and that this would rise to 160 from November.

RESOLVED that the update be noted and that the ICB be invited to report again in March 2026 on the outcome of the second procurement round.

14. MENTAL HEALTH SUPPORTED HOUSING \u2013 PROPOSED OUTSOURCING

The Senior Commissioning Manager, Supported Living, presented a report proposing that the Council's two in-house mental health supported housing schemes, at Larkspur House and Orchard Lane, be transferred to an external provider by competitive tender from April 2026, with an estimated saving of \u00a3310,000 a year.

Councillor Sutcliffe asked whether the saving depended on the new provider paying its staff less than the Council did. Officers replied that the saving came mainly from a lower management overhead and from a rent model that allowed housing benefit to meet more of the costs, and that existing staff would transfer under TUPE with their terms protected.

Members asked whether residents and their families had been consulted on the proposal. Officers replied that a consultation would run for eight weeks from 20 October, with meetings at both schemes and an easy read version of the documents.

Councillor Achterberg expressed concern that a private provider might put profit before the needs of residents with serious mental illness and asked what safeguards would be built into the contract. The Strategic Director replied that the specification would set out staffing ratios, CQC registration requirements and a quarterly review with the community mental health team.

RESOLVED that the Cabinet be recommended not to award a contract until the results of the consultation with residents and families have been reported to this Committee.

15. CARE LEAVERS' ACCOMMODATION

The Strategic Director presented a report on housing options for care leavers aged 18 to 25. Thirty-one care leavers were awaiting a move to independent accommodation.

Councillor Dlamini asked whether care leavers were still being placed in bed and breakfast in an emergency. Officers replied that two young people had been placed in bed and breakfast for a single night in July and that a crash pad at the foyer scheme was now available for emergencies.

Councillor Mrs Ibbotson requested that the Council consider exempting care leavers from council tax up to the age of 25, as some neighbouring authorities had done.

RESOLVED that the report be noted and that a costed proposal for a council tax exemption for care leavers be brought to the Committee in January 2026.

16. WORK PROGRAMME

RESOLVED that the work programme for 2025/26 be approved, with the addition of an item on damp and mould in social housing.

The meeting closed at 9.02 pm.

CHAIRMAN"""

GOLD2 = dict(
    document=D2, doc_type="minutes", committee="Health and Housing Scrutiny Committee", meeting_date="2025-10-08",
    items=[{"number": "9", "title": "APOLOGIES AND SUBSTITUTES"},
           {"number": "10", "title": "DECLARATIONS OF INTEREST"},
           {"number": "11", "title": "MINUTES"},
           {"number": "12", "title": "TEMPORARY ACCOMMODATION AND HOMELESSNESS PRESSURES"},
           {"number": "13", "title": "NHS DENTAL ACCESS \u2013 INTEGRATED CARE BOARD UPDATE"},
           {"number": "14", "title": "MENTAL HEALTH SUPPORTED HOUSING \u2013 PROPOSED OUTSOURCING"},
           {"number": "15", "title": "CARE LEAVERS' ACCOMMODATION"},
           {"number": "16", "title": "WORK PROGRAMME"}],
    questions=[
        dict(item="12", kind="question", text="how many of the households in bed and breakfast were families with children",
             asked_by=None, answer="23 families with children were in bed and breakfast", given_by="Officers",
             themes=["housing", "children-and-families"]),
        dict(item="12", kind="question", text="whether the Council had considered buying its own properties rather than paying nightly rates",
             asked_by="Councillor Pocklington", answer="a business case to purchase forty homes using borrowing",
             given_by="The Head of Housing Needs", themes=["housing", "finance"]),
        dict(item="12", kind="concern", text="tenants in the private rented sector were being evicted by landlords selling up",
             asked_by="Mr Grantham", answer="a tenancy sustainment officer had been appointed in August",
             given_by="Officers", themes=["housing"]),
        dict(item="13", kind="question", text="why the dental practices which had handed back their contracts had not been replaced",
             asked_by=None, answer="had received no compliant bids for the Cresswold lot",
             given_by="Dr Cheung", themes=["primary-care", "subcontracting"]),
        dict(item="13", kind="question", text="what urgent help was available for residents in pain who could not register",
             asked_by="Councillor Mrs Quayle", answer="offered 120 appointments a week through NHS 111",
             given_by="Dr Cheung", themes=["primary-care"]),
        dict(item="14", kind="question", text="whether the saving depended on the new provider paying its staff less",
             asked_by="Councillor Sutcliffe", answer="the saving came mainly from a lower management overhead",
             given_by="Officers", themes=["finance", "workforce", "subcontracting", "mental-health"]),
        dict(item="14", kind="question", text="whether residents and their families had been consulted on the proposal",
             asked_by=None, answer="a consultation would run for eight weeks from 20 October",
             given_by="Officers", themes=["patient-and-public-input", "mental-health"]),
        dict(item="14", kind="concern", text="a private provider might put profit before the needs of residents",
             asked_by="Councillor Achterberg", answer="the specification would set out staffing ratios, CQC registration requirements",
             given_by="The Strategic Director", themes=["privatisation", "subcontracting", "mental-health", "governance"]),
        dict(item="15", kind="question", text="whether care leavers were still being placed in bed and breakfast in an emergency",
             asked_by="Councillor Dlamini", answer="two young people had been placed in bed and breakfast for a single night",
             given_by="Officers", themes=["children-and-families", "housing"]),
        dict(item="15", kind="request", text="exempting care leavers from council tax up to the age of 25",
             asked_by="Councillor Mrs Ibbotson", answer=None, given_by=None,
             themes=["children-and-families", "finance"]),
    ],
    resolutions=[
        dict(item="11", text="minutes of the meeting of the Committee held on 10 September 2025 be confirmed",
             outcome="agreed", themes=[]),
        dict(item="12", text="concern at the projected overspend on temporary accommodation be",
             outcome="noted", themes=["housing", "finance"]),
        dict(item="13", text="the update be noted and that the ICB be invited to report again",
             outcome="noted", themes=["primary-care"]),
        dict(item="14", text="the Cabinet be recommended not to award a contract until the results",
             outcome="recommended", themes=["subcontracting", "patient-and-public-input", "mental-health", "housing"]),
        dict(item="15", text="a costed proposal for a council tax exemption for care leavers be brought",
             outcome="agreed", themes=["children-and-families", "finance"]),
        dict(item="16", text="the work programme for 2025/26 be approved, with the addition of an item",
             outcome="agreed", themes=["housing"]),
    ],
    attendees=[
        {"name": "Councillor R. Venn", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Mrs G. Ibbotson", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor H. Achterberg", "role": None, "attendance": "present"},
        {"name": "Councillor C. Dlamini", "role": None, "attendance": "present"},
        {"name": "Councillor W. Pocklington", "role": None, "attendance": "present"},
        {"name": "Councillor Mrs F. Quayle", "role": None, "attendance": "present"},
        {"name": "Councillor B. Sutcliffe", "role": None, "attendance": "present"},
        {"name": "Mr A. Grantham", "role": "Co-opted member, Cresswold Tenants' Federation", "attendance": "present"},
        {"name": "Ms J. Melling", "role": "Strategic Director, Communities and Wellbeing", "attendance": "in_attendance"},
        {"name": "Mr D. Oduya", "role": "Head of Housing Needs and Homelessness Prevention", "attendance": "in_attendance"},
        {"name": "Ms K. Rowbotham", "role": "Senior Commissioning Manager, Supported Living", "attendance": "in_attendance"},
        {"name": "Mr S. Fenwick", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Dr M. Cheung", "role": "Associate Director of Primary Care, West Cresswold and Dales Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Councillor T. Harland", "role": None, "attendance": "apologies"},
        {"name": "Councillor N. Okonjo", "role": None, "attendance": "apologies"},
    ],
)

COLW = 44          # characters per column line
COL_LINES = 58     # lines per column


VOW = set("aeiouy")
DIGRAPH = {"th", "ch", "sh", "ph", "ck", "gh", "wh", "qu"}


def best_cut(w, room):
    """Largest cut between two consonants (VC|CV) leaving 3+ letters each side."""
    lw = w.lower()
    best = None
    for i in range(3, len(w) - 2):
        if i > room:
            break
        a, b = lw[i - 1], lw[i]
        if a not in VOW and b not in VOW and lw[i - 1:i + 1] not in DIGRAPH \
                and lw[i - 2] in VOW and lw[i + 1] in VOW:
            best = i
    return best


def wrap_hyph(par, width):
    """Wrap like a justified two-column typesetter: hyphenate long words at line ends."""
    words = par.split()
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if len(cand) <= width:
            cur = cand
            continue
        room = width - len(cur) - (1 if cur else 0) - 1  # space for the part plus '-'
        cut = best_cut(w, room) if w.isalpha() else None
        if cut:
            lines.append((cur + " " if cur else "") + w[:cut] + "-")
            cur = w[cut:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def build_txt():
    lines = []
    for par in BODY2.split("\n\n"):
        lines.extend(wrap_hyph(par, COLW))
        lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    pages = []
    per_page = COL_LINES * 2
    for i in range(0, len(lines), per_page):
        chunk = lines[i:i + per_page]
        pages.append((chunk[:COL_LINES], chunk[COL_LINES:]))
    out = []
    for n, (left, right) in enumerate(pages, 1):
        pg = list(HEAD2) + [""]
        pg += left
        if right:
            pg += [""] + right
        pg += ["", "Chairman's initials ........", "", "Page %d of %d" % (n, len(pages))]
        # pdftotext drops the blank line at a column top
        txt = "\n".join(pg)
        txt = re.sub(r"\n{3,}", "\n\n", txt)
        out.append(txt + "\n")
    with open(os.path.join(DOCS, D2), "w", encoding="utf-8", newline="\n") as f:
        f.write("\f".join(out) + "\f")


# ---------------------------------------------------------------- check

def norm(s):
    s = s.lower().replace("\u00ad", "")
    s = re.sub(r"[^\w£]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def source_text(fn):
    p = os.path.join(DOCS, fn)
    if fn.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(p) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    return open(p, encoding="utf-8").read()


def check():
    ok = True
    for g in (GOLD1, GOLD2):
        t = norm(source_text(g["document"]))
        phrases = [("q", q["text"]) for q in g["questions"]] + \
                  [("a", q["answer"]) for q in g["questions"] if q["answer"]] + \
                  [("r", r["text"]) for r in g["resolutions"]]
        for kind, ph in phrases:
            nw = len(ph.split())
            c = t.count(norm(ph))
            if c != 1 or not 6 <= nw <= 15:
                ok = False
                print("FAIL", g["document"], kind, c, nw, ph)
        print(g["document"], "items", len(g["items"]), "questions", len(g["questions"]),
              "resolutions", len(g["resolutions"]), "attendees", len(g["attendees"]))
    print("CHECK", "PASSED" if ok else "FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    build_pdf()
    build_txt()
    for g in (GOLD1, GOLD2):
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    check()


if __name__ == "__main__":
    main()
