#!/usr/bin/env python3
"""Build the "nn-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nn.py           build documents/nn-* and gold/nn-*.json
        build_nn.py --check   verify every gold phrase occurs once in its document
"""

import datetime as dt
import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "nn-yarehithe-overview-scrutiny-2025-01-21.txt"
REPORT_NAME = "nn-yarehithe-cabinet-report-homelessness-strategy-2025-02-04.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2025, 1, 28, 9, 30, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Blocks: ("p", text, width)  a paragraph wrapped as the PDF wrapped it
#         ("lines", [..])     lines exactly as pdftotext gives them
#         ("gap",)            nothing (the PDF's spacing gave no blank line)
W_FULL = 92   # the title and preamble run the full width of the page
W_BODY = 84   # minute text sits right of the hanging minute-number column
W_LBL = 66    # text in the right-hand cell of the attendance table

B = []


def p(text, width=W_BODY):
    B.append(("p", " ".join(text.split()), width))


def lines(*ls):
    B.append(("lines", list(ls)))


lines("YAREHITHE DISTRICT COUNCIL")
p("""Minutes of a meeting of the Overview and Scrutiny Committee of Yarehithe District
Council, held on Tuesday 21 January 2025 at 10am at the Council Offices, Thorpe Lodge,
Aldhithe Road, Wroxmere""", W_FULL)

lines("Committee Members", "Present:")
p("""Councillors: P Ashwell (Chairman), R Denholm (Vice-Chairman), S Carrow, J Fidgett,
M Haverley, D Kittering, A Lusher, B Pettigrew, T Seaman-Holt and W Yallop""", W_LBL)
lines("Other Members", "Present:")
p("Councillors: K Fairhurst, L Hebbard and G Twiddy", W_LBL)
lines("Officers in", "Attendance:")
p("""The Director of People and Communities (A Mortimer), the Director of Resources
(G Pennock), the Assistant Director of Finance (N Kemp), the Assistant Director
Individuals and Families (L Cattermole), the Housing and Wellbeing Senior Manager
(F Okonedo), the Help Hub and Communities Manager (S Brindle), the Community Safety and
Resilience Manager (E Thirtle) and the Democratic Services Officer (J Tolley)""", W_LBL)
lines("Also in", "Attendance:")
p("""Inspector M Greenacre (Saxmere Constabulary), Ms R Quinton (Head of Community Safety,
Saxmere County Council) and Dr P Anand (Clinical Director, Wroxmere and Horsbeck Primary
Care Network)""", W_LBL)

# 412 ----------------------------------------------------------------------
lines("412 DECLARATIONS OF INTEREST UNDER PROCEDURAL RULE NO 8")
lines("Member", "Minute No & Heading", "Nature of Interest")
lines("Cllr J Fidgett", "418 – Homelessness and", "Rough Sleeping Strategy",
      "2025-2030", "Other Interest – Trustee of", "Wroxmere Foodbank, declared and",
      "remained in the meeting")
lines("Cllr M Haverley", "417 – Community Safety", "Partnership – Annual",
      "Scrutiny", "Other Interest – Member of", "Saxmere County Council,",
      "declared and remained in the", "meeting")
lines("Cllr A Lusher", "419 – Help Hub and Social", "Prescribing – Annual Review",
      "Other Interest – volunteer", "driver for Horsbeck Good", "Neighbours scheme, declared",
      "and remained in the meeting")

# 413 ----------------------------------------------------------------------
lines("413 APOLOGIES FOR ABSENCE")
p("Apologies for absence were received from Cllrs N Brennan and C Orme.")

# 414 ----------------------------------------------------------------------
lines("414 MINUTES")
p("""The minutes of the meeting held on 10 December 2024 were confirmed as a correct record
and signed by the Chairman.""")

# 415 ----------------------------------------------------------------------
lines("415 MATTERS ARISING")
p("Minute no 404 – Council Tax Reduction Scheme 2025/26")
p("""Cllr Kittering asked whether the figures requested at the last meeting on the number
of working age claimants in each band of the scheme had been provided. The Assistant
Director of Finance confirmed that they had been sent to Members by email on 17 December
2024 and undertook to re-send them after the meeting.""")

# 416 ----------------------------------------------------------------------
lines("416 CABINET CORE AGENDA")
p("""A Member asked why the report on the future of the Disabled Facilities Grant service
had been moved from the February to the March meeting of Cabinet. The Director of People
and Communities explained that further work was needed with Saxmere County Council on the
terms of the funding agreement, and that the report would now come to this Committee for
pre-scrutiny on 11 March 2025.""")
p("The Committee noted the Cabinet Core Agenda.")

# 417 ----------------------------------------------------------------------
lines("417 COMMUNITY SAFETY PARTNERSHIP – ANNUAL SCRUTINY OF CRIME AND",
      "DISORDER")
p("""The Committee, sitting as the Council's crime and disorder committee under section 19
of the Police and Justice Act 2006, received a presentation from Ms Quinton, Head of
Community Safety at Saxmere County Council, and Inspector Greenacre of Saxmere
Constabulary on the work of the Saxmere County Community Safety Partnership (SCCSP) and
on policing in the district over the past year.""")
p("""Members were informed that overall recorded crime in the district had fallen by 4 per
cent in the year to November 2024 and that reports of anti-social behaviour were down by
11 per cent, but that reports of domestic abuse had risen by 9 per cent, which the
Partnership believed reflected in part greater confidence among victims in coming
forward. The Partnership's priorities for 2025-28 would remain domestic abuse, serious
violence and exploitation, and neighbourhood crime and anti-social behaviour, with a new
focus on violence against women and girls in the night-time economy.""")
p("""A Member asked what was being done about speeding and anti-social driving on the B1140
through Cawsey Green, which residents had raised repeatedly at parish council meetings.
Inspector Greenacre advised that the Safer Neighbourhood Team had carried out 14 speed
enforcement operations in the area since July and that Community Speedwatch was being
extended to three more parishes, but accepted that officers could not be present at all
times. Concerns were raised about police visibility in the rural parishes since the
closure of the front counter at Horsbeck police station, and Members felt that many
residents did not know who their local officers were. The Inspector undertook to send
Members the names and contact details of the beat managers for each ward, and reminded
Members that the team's monthly surgeries were advertised on the Constabulary's website.""")
p("""Cllr Seaman-Holt asked about the exploitation of young people through county lines drug
dealing and whether schools in the district were involved in the Partnership's work.
Ms Quinton confirmed that all five secondary schools in the district took part in the
county's exploitation awareness programme, and that the Partnership had funded a
detached youth worker in Wroxmere and Aldhithe for a further two years.""")
p("""A Member sought clarification on how much police time was taken up by calls
involving people in mental health crisis. The Inspector explained that since the Right
Care, Right Person approach had been introduced in Saxmere in April 2024, officers no
longer attended calls where there was no risk to life or of a crime, and that these were
now passed to the mental health trust's crisis line; the number of hours officers spent
waiting with patients at the Queen Elizabeth Hospital had fallen by more than half.""")
p("""Members asked whether there was enough safe accommodation in the district for people
fleeing domestic abuse. The Housing and Wellbeing Senior Manager advised that the Council
had two units of dispersed safe accommodation, funded through the Domestic Abuse Act
grant, and could place households in refuges elsewhere in the county when they needed to
move away from the area; she added that the grant for 2025/26 had not yet been confirmed
by the Government.""")
p("""Cllr Yallop commented that the Partnership's report was dominated by county-wide
figures and requested that future reports to the Committee include data broken down by
ward, so that Members could see the position in their own communities. Ms Quinton agreed
to look at what could be provided, provided that the numbers were not so small as to
identify individual victims.""")
p("""The Chairman thanked Ms Quinton and Inspector Greenacre for attending, and it was""")
lines("RESOLVED")
p("""To note the report, and to request that data at ward level be included in the
Partnership's report to the Committee in 2026.""")

# 418 ----------------------------------------------------------------------
lines("418 HOMELESSNESS AND ROUGH SLEEPING STRATEGY 2025-2030")
p("""The Housing and Wellbeing Senior Manager introduced the report, which sought Members'
views on the draft Homelessness and Rough Sleeping Strategy 2025-2030 prior to its
consideration by Cabinet on 4 February 2025. The Strategy had been developed following a
review of homelessness in the district and a public consultation that ran from 7 October
to 15 November 2024, which had received 212 responses.""")
p("""Members were advised that the number of households in temporary accommodation had
risen from 38 in March 2023 to 71 in December 2024, and that the Council's net spend on
temporary accommodation was forecast to reach £1.2 million in 2024/25, against a budget
of £650,000. The Strategy set out four priorities: preventing homelessness at the earliest
opportunity; ending the use of bed and breakfast accommodation for families with
children, except in an emergency; increasing the supply of affordable and supported
housing; and helping people to keep their homes once they had them.""")
p("""The Portfolio Holder for Housing and Wellbeing, Cllr Fairhurst, added that the rise in
demand was being seen across Saxmere and the country as a whole, and that the Strategy
had been written with the Council's partners rather than for them.""")
p("""A Member asked how the Council intended to reduce its reliance on bed and breakfast
accommodation, given the costs involved. The Housing and Wellbeing Senior Manager
explained that the Council was buying eight properties with the help of the Local
Authority Housing Fund to use as temporary accommodation, the first three of which would
be ready in March, and was negotiating a block booking arrangement for six flats with a
housing association in Wroxmere.""")
p("""Members expressed concern that the most common cause of homelessness in the district
remained the ending of private rented tenancies, and asked what the Council could do to
encourage landlords to stay in the market. Officers advised that the Council's landlord
incentive scheme, which offered a deposit and up to two months' rent in advance, had
helped 46 households in the last year, and that the Renters' Rights Bill, once enacted,
would end section 21 'no fault' evictions.""")
p("""Cllr Carrow sought clarification on the support available to care leavers and other
young people at risk of homelessness. The Assistant Director Individuals and Families
confirmed that the Council had a joint protocol with Saxmere County Council's children's
services, and that one of the housing options officers specialised in work with 16 and 17
year olds and care leavers up to the age of 25.""")
p("""A Member noted that many of those sleeping rough had complex needs, including mental
health problems and substance misuse, and asked whether health partners had been
involved in developing the Strategy. Officers confirmed that the Integrated Care Board,
the mental health trust and the county's drug and alcohol service had all taken part in
the workshops held in September, and that an outreach nurse now joined the Council's
rough sleeper team one morning each week.""")
p("""Cllr Pettigrew felt that the Strategy should be more ambitious about building new
homes for social rent, and noted that the Council had owned no housing of its own since
it transferred its stock to Wherry Homes in 2004.""")
p("""In response to a question about the consultation, the Housing and Wellbeing Senior
Manager advised that 31 of the responses had come from people with lived experience of
homelessness, most of whom had been reached through the Wroxmere day centre and the Help
Hub, and that their views had led to the new priority on helping people to keep their
homes.""")
p("""Cllr Pettigrew proposed, seconded by Cllr Lusher, an additional recommendation that
Cabinet commit to a target of 50 new council-owned homes for social rent by 2030. On
being put to the vote the proposal was lost.""")
p("It was then")
lines("RESOLVED")
p("To recommend to Cabinet to:")
p("""(1) adopt the Homelessness and Rough Sleeping Strategy 2025-2030, as set out at
Appendix 1 to the report; and""")
p("""(2) delegate authority to the Director of People and Communities, in consultation with
the Portfolio Holder for Housing and Wellbeing, to make minor amendments to the Strategy
and its action plan prior to publication.""")

# 419 ----------------------------------------------------------------------
lines("419 HELP HUB AND SOCIAL PRESCRIBING – ANNUAL REVIEW")
p("""The Help Hub and Communities Manager introduced the annual review of the Help Hub,
which brought together the Council's own teams, the police, Saxmere County Council's
social care and early help services and the NHS social prescribers in one place. The
Hub had received 3,410 referrals in 2023/24, an increase of 18 per cent on the previous
year. The social prescribing service was funded jointly by the Council and by the two
primary care networks in the district through the Additional Roles Reimbursement Scheme,
under an agreement that ran until 31 March 2026.""")
p("""Dr Anand, Clinical Director of the Wroxmere and Horsbeck Primary Care Network, told
the Committee that social prescribing had become an essential part of general practice
in the district, and that GPs valued being able to refer patients whose needs were not
medical.""")
p("""A Member asked how long patients referred by their GP had to wait to see a social
prescriber. The Help Hub and Communities Manager advised that the average wait was
currently 12 working days, and that urgent referrals were contacted within two working
days.""")
p("""Concerns were expressed about the turnover of social prescribers, and Members asked
whether the posts were paid at a level that would keep experienced staff. Dr Anand
acknowledged that three of the eleven posts had been vacant for part of the year, and
explained that the primary care networks were limited by the amounts that could be
reclaimed under the national scheme, although they had agreed to meet the cost of the
2024/25 pay award in full.""")
p("""Cllr Denholm asked what would happen to the service if the NHS did not continue its
share of the funding after March 2026. The Director of People and Communities advised
that discussions had begun with the Integrated Care Board and that no decision had yet
been taken; a report would be brought to Members in the autumn.""")
p("""Members sought clarification on how the outcomes of social prescribing were
measured. The Help Hub and Communities Manager explained that clients completed a short
wellbeing questionnaire at the start and end of their support, and that 78 per cent had
shown an improvement, while 41 per cent of those referred for loneliness had gone on to
join a community group.""")
p("""Cllr Lusher commented that the Hub's work with older people living alone in the
rural parishes was highly valued by residents and by parish councils, and asked that the
Committee's thanks be passed on to the team.""")
lines("RESOLVED")
p("To")
p("(1) note the annual review of the Help Hub and social prescribing service; and")
p("""(2) request that a report on the future funding of the social prescribing service be
brought to the Committee before any decision is taken by Cabinet.""")

# 420 ----------------------------------------------------------------------
lines("420 DRAFT BUDGET 2025/26 AND MEDIUM TERM FINANCIAL STRATEGY")
p("""The Assistant Director of Finance presented the report, which set out the draft
revenue budget for 2025/26 and the updated Medium Term Financial Strategy (MTFS) to
2028/29. The draft budget assumed an increase of £5 in the Band D council tax, taking
the Council's element of the charge to £149.47, and took account of the provisional local
government finance settlement announced on 18 December 2024, which had been better than
expected for 2025/26 but gave no certainty beyond that year. The MTFS showed a budget gap
of £1.4 million in 2026/27, rising to £3.1 million by 2028/29.""")
p("""The Portfolio Holder for Finance, Cllr Twiddy, told Members that the Council had set a
balanced budget without cutting front-line services, but that difficult choices lay
ahead once the Government's plans for the reform of local government funding were known.""")
p("""A Member asked whether the £5 increase was the most that the Council could levy. The
Assistant Director of Finance confirmed that district councils could increase their Band
D charge by up to 2.99 per cent or £5, whichever was the higher, without holding a
referendum, and that £5 was therefore the maximum.""")
p("""Cllr Haverley questioned the increase of £180,000 in the management fee paid to the
operator of the Council's two leisure centres, and asked what the Council was getting in
return. The Director of Resources explained that the contract with Active Wherry Leisure
Ltd allowed the fee to be reviewed each year in line with energy costs and the national
living wage, that the Council had challenged the operator's first proposal, and that in
return the operator had agreed to extend the free swimming offer for under-16s in the
school holidays.""")
p("""Concerns were expressed about the Council's continued use of agency staff in the
planning service and the cost to the Council. The Director of Resources advised that the
number of agency planners had fallen from nine to four over the year, and that two
planning apprentices had been recruited in September as part of the Council's plan to
grow its own staff.""")
p("""A Member asked what effect local government reorganisation would have on the Medium
Term Financial Strategy, following the publication of the English Devolution White Paper
in December. The Director of Resources said that it was too early to say, but that the
Council would continue to plan on the basis that it would exist until at least April
2027, and that any costs of reorganisation had not been included in the MTFS.""")
p("""Cllr Pettigrew expressed concern that the Council would be relying on its general
reserves to balance the budget in 2026/27, and said that this could not continue for
more than a year or two.""")
p("""Cllr Fidgett proposed, seconded by the Vice-Chairman, the recommendations in the
report. On being put to the vote, with 8 votes for and 2 against, it was""")
lines("RESOLVED")
p("To recommend to Cabinet that it recommends to Council:")
p("""(1) the draft revenue budget for 2025/26, including an increase of £5 in the Band D
council tax;""")
p("(2) the Medium Term Financial Strategy to 2028/29; and")
p("""(3) that the Section 151 Officer's statement on the robustness of the estimates and the
adequacy of reserves be noted.""")

# 421 ----------------------------------------------------------------------
lines("421 OVERVIEW AND SCRUTINY WORK PROGRAMME")
p("""The Democratic Services Officer presented the Committee's work programme for the rest
of the municipal year.""")
p("""Cllr Yallop requested that an item on damp and mould in housing association
properties be added to the work programme, following a number of cases in her ward where
tenants had waited months for repairs. The Democratic Services Officer advised that the
meeting on 8 April 2025 had room for a further item and that the two largest registered
providers in the district could be invited to attend.""")
p("""A Member asked whether the Committee would have the opportunity to comment on the
Council's response to the Government on local government reorganisation before it was
submitted. The Director of Resources advised that the timetable set by the Government
was very short, but that all Members would be briefed and that he would discuss with the
Chairman how the Committee could be involved.""")
p("""The work programme was agreed, with the addition of an item on damp and mould in
social housing for the meeting on 8 April 2025.""")

lines("The meeting closed at 12.58pm")
lines("_____________", "Chairman")


FOOTER = ["Overview and Scrutiny Committee", "", "21 January 2025"]
PAGE_LINES = 50


def render_minutes():
    # flatten the blocks into printed lines, with a blank line between blocks
    out = []
    for b in B:
        if b[0] == "p":
            out.extend(textwrap.wrap(b[1], b[2], break_on_hyphens=False))
        else:
            out.extend(b[1])
        out.append("")
    while out and out[-1] == "":
        out.pop()
    # the PDF was made from Word, which prints typographic quotes
    out = [ln.replace(" '", " \u2018").replace("'", "\u2019") for ln in out]
    # paginate: pdftotext gives the footer and page number, then a form feed
    pages, cur = [], []
    for ln in out:
        if len(cur) >= PAGE_LINES and ln != "":
            pages.append(cur)
            cur = []
        if not cur and ln == "":
            continue
        cur.append(ln)
    pages.append(cur)
    text = []
    for n, pg in enumerate(pages, 1):
        while pg and pg[-1] == "":
            pg.pop()
        body = "\n".join(pg) + "\n\n" + "\n".join(FOOTER) + "\n\n" + str(n) + "\n"
        text.append(body)
    return "\f".join(text) + "\f", len(pages)


# ---------------------------------------------------------------------------
# The document that is not minutes: a Cabinet report (PDF)
# ---------------------------------------------------------------------------

def build_report(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Homelessness and Rough Sleeping Strategy 2025-2030")
    pdf.set_author("Yarehithe District Council")
    pdf.add_font("dv", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)

    def footer():
        pdf.set_y(-14)
        pdf.set_font("dv", "", 8)
        pdf.cell(0, 5, f"Cabinet – 4 February 2025 – Agenda Item 9 – Page {pdf.page_no()}",
                 align="C")

    pdf.footer = footer

    def para(t, size=10, style="", h=5.2, gap=2.5):
        pdf.set_font("dv", style, size)
        pdf.multi_cell(0, h, " ".join(t.split()))
        pdf.ln(gap)

    def numbered(num, t):
        pdf.set_font("dv", "", 10)
        x = pdf.get_x()
        pdf.cell(12, 5.2, num)
        pdf.set_x(x + 12)
        pdf.multi_cell(0, 5.2, " ".join(t.split()))
        pdf.ln(2)

    pdf.add_page()
    pdf.set_font("dv", "B", 9)
    pdf.cell(0, 5, "Agenda Item: 9", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    para("Cabinet", 16, "B", h=8, gap=1)
    para("4 February 2025", 11, "", gap=4)
    para("Homelessness and Rough Sleeping Strategy 2025-2030", 13, "B", h=7, gap=4)

    rows = [
        ("Report Author(s):", "F Okonedo, Housing and Wellbeing Senior Manager\n"
         "housing.options@yarehithe.gov.uk"),
        ("Portfolio:", "Housing and Wellbeing"),
        ("Ward(s) Affected:", "All"),
        ("Purpose of the Report:", "To seek Cabinet's approval of the Homelessness and "
         "Rough Sleeping Strategy 2025-2030, which the Council is required to publish "
         "under the Homelessness Act 2002, following public consultation and pre-scrutiny "
         "by the Overview and Scrutiny Committee."),
        ("Recommendations:", "That Cabinet:\n1. Adopts the Homelessness and Rough "
         "Sleeping Strategy 2025-2030 (Appendix 1).\n2. Delegates authority to the Director "
         "of People and Communities, in consultation with the Portfolio Holder for Housing "
         "and Wellbeing, to make minor amendments prior to publication.\n3. Considers the "
         "comments of the Overview and Scrutiny Committee set out at section 6."),
    ]
    pdf.set_font("dv", "", 10)
    with pdf.table(col_widths=(45, 125), line_height=5.2, first_row_as_headings=False,
                   text_align="LEFT") as table:
        for a, b in rows:
            r = table.row()
            pdf.set_font("dv", "B", 10)
            r.cell(a)
            pdf.set_font("dv", "", 10)
            r.cell(b)
    pdf.ln(6)

    para("1 Summary", 11, "B")
    numbered("1.1", """The Council has a duty to carry out a review of homelessness in its
    district and to publish a strategy based on that review at least every five years. The
    current strategy expires in March 2025. The draft Strategy has four priorities:
    preventing homelessness early; ending the use of bed and breakfast for families;
    increasing the supply of affordable and supported housing; and helping people to keep
    their homes.""")
    numbered("1.2", """Demand has grown sharply. Households in temporary accommodation rose
    from 38 in March 2023 to 71 in December 2024 and the forecast net cost of temporary
    accommodation in 2024/25 is £1.2 million, against a budget of £650,000.""")

    para("2 Background", 11, "B")
    numbered("2.1", """The review found that the loss of a private rented tenancy remains the
    most common reason for households approaching the Council, followed by family or
    friends no longer being willing to accommodate and domestic abuse.""")
    numbered("2.2", """Rough sleeping in the district is low but persistent: the autumn 2024
    snapshot counted four people sleeping rough, three of whom had a history of mental ill
    health or substance misuse.""")

    para("3 Consultation", 11, "B")
    numbered("3.1", """A public consultation ran from 7 October to 15 November 2024 and
    received 212 responses, 31 of them from people with lived experience of homelessness.
    The main questions raised and the Council's responses are summarised below.""")

    qa = [
        ("Why are families still placed in bed and breakfast outside the district?",
         "We only use bed and breakfast in an emergency. The purchase of eight homes through "
         "the Local Authority Housing Fund will let us place families locally."),
        ("What help is there for tenants who have been served with a section 21 notice?",
         "Contact the Housing Options team as soon as you receive a notice. We can negotiate "
         "with your landlord and may be able to help with a deposit or rent in advance."),
        ("Will the Council build its own homes again?",
         "The Council transferred its housing stock in 2004. The Strategy commits us to work "
         "with registered providers to increase the number of homes for social rent."),
        ("Can support continue once someone has moved into a new home?",
         "Yes. Tenancy sustainment support will be offered for up to six months after a "
         "move, and longer where the person has complex needs."),
    ]
    pdf.set_font("dv", "", 9.5)
    with pdf.table(col_widths=(75, 95), line_height=5, text_align="LEFT") as table:
        h = table.row()
        h.cell("What you asked")
        h.cell("Our response")
        for q, a in qa:
            r = table.row()
            r.cell(q)
            r.cell(a)
    pdf.ln(5)

    para("4 Financial implications", 11, "B")
    numbered("4.1", """The action plan will be delivered within existing budgets, the
    Homelessness Prevention Grant (£612,000 in 2025/26) and the Council's share of the
    Domestic Abuse Act grant, which has not yet been confirmed for 2025/26.""")
    para("5 Risks", 11, "B")
    numbered("5.1", """The main risk is that demand continues to rise faster than the supply
    of suitable accommodation, placing further pressure on the temporary accommodation
    budget. This is recorded on the corporate risk register.""")

    para("6 Overview and Scrutiny Committee", 11, "B")
    numbered("6.1", """The Overview and Scrutiny Committee considered the draft Strategy on
    21 January 2025. Members asked about the reliance on bed and breakfast, support for
    care leavers and the involvement of health partners. The Committee supported the
    recommendations in this report. An additional recommendation that Cabinet commit to a
    target of 50 new council-owned homes for social rent by 2030 was not supported.""")

    para("7 Recommendations", 11, "B")
    numbered("7.1", """That Cabinet adopts the Homelessness and Rough Sleeping Strategy
    2025-2030 and delegates authority to the Director of People and Communities, in
    consultation with the Portfolio Holder for Housing and Wellbeing, to make minor
    amendments prior to publication.""")
    para("Background papers", 10, "B")
    para("Homelessness Review 2024; Consultation report, November 2024.", 10)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def Q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def R(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def A(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Overview and Scrutiny Committee",
    "meeting_date": "2025-01-21",
    "items": [
        {"number": "412", "title": "Declarations of Interest under Procedural Rule No 8"},
        {"number": "413", "title": "Apologies for Absence"},
        {"number": "414", "title": "Minutes"},
        {"number": "415", "title": "Matters Arising"},
        {"number": "416", "title": "Cabinet Core Agenda"},
        {"number": "417", "title": "Community Safety Partnership – Annual Scrutiny of Crime and Disorder"},
        {"number": "418", "title": "Homelessness and Rough Sleeping Strategy 2025-2030"},
        {"number": "419", "title": "Help Hub and Social Prescribing – Annual Review"},
        {"number": "420", "title": "Draft Budget 2025/26 and Medium Term Financial Strategy"},
        {"number": "421", "title": "Overview and Scrutiny Work Programme"},
    ],
    "questions": [
        # 415
        Q("415", "question",
          "asked whether the figures requested at the last meeting on the number",
          "Cllr Kittering",
          "confirmed that they had been sent to Members by email",
          "Assistant Director of Finance", ["finance"]),
        # 416
        Q("416", "question",
          "asked why the report on the future of the Disabled Facilities Grant service",
          None,
          "further work was needed with Saxmere County Council on the terms of the funding agreement",
          "Director of People and Communities", ["housing", "finance"]),
        # 417
        Q("417", "question",
          "what was being done about speeding and anti-social driving on the B1140",
          None,
          "Safer Neighbourhood Team had carried out 14 speed enforcement operations",
          "Inspector Greenacre", []),
        Q("417", "concern",
          "Concerns were raised about police visibility in the rural parishes",
          None,
          "undertook to send Members the names and contact details of the beat managers",
          "the Inspector", []),
        Q("417", "question",
          "asked about the exploitation of young people through county lines drug dealing",
          "Cllr Seaman-Holt",
          "all five secondary schools in the district took part in the county's exploitation awareness programme",
          "Ms Quinton", ["children-and-families"]),
        Q("417", "question",
          "how much police time was taken up by calls involving people in mental health crisis",
          None,
          "officers no longer attended calls where there was no risk to life",
          "the Inspector", ["mental-health"]),
        Q("417", "question",
          "asked whether there was enough safe accommodation in the district for people fleeing domestic abuse",
          None,
          "had two units of dispersed safe accommodation, funded through the Domestic Abuse Act grant",
          "Housing and Wellbeing Senior Manager", ["housing", "finance"]),
        Q("417", "request",
          "requested that future reports to the Committee include data broken down by ward",
          "Cllr Yallop",
          "agreed to look at what could be provided",
          "Ms Quinton", []),
        # 418
        Q("418", "question",
          "how the Council intended to reduce its reliance on bed and breakfast accommodation",
          None,
          "buying eight properties with the help of the Local Authority Housing Fund",
          "Housing and Wellbeing Senior Manager", ["housing", "finance"]),
        Q("418", "concern",
          "most common cause of homelessness in the district remained the ending of private rented tenancies",
          None,
          "landlord incentive scheme, which offered a deposit and up to two months' rent in advance",
          None, ["housing"]),
        Q("418", "question",
          "sought clarification on the support available to care leavers and other young people",
          "Cllr Carrow",
          "had a joint protocol with Saxmere County Council's children's services",
          "Assistant Director Individuals and Families", ["housing", "children-and-families"]),
        Q("418", "question",
          "asked whether health partners had been involved in developing the Strategy",
          None,
          "the mental health trust and the county's drug and alcohol service had all taken part",
          None, ["housing", "mental-health", "public-health"]),
        Q("418", "comment",
          "felt that the Strategy should be more ambitious about building new homes for social rent",
          "Cllr Pettigrew", None, None, ["housing", "privatisation"]),
        Q("418", "question",
          "In response to a question about the consultation",
          None,
          "31 of the responses had come from people with lived experience of homelessness",
          "Housing and Wellbeing Senior Manager", ["patient-and-public-input", "housing"]),
        # 419
        Q("419", "question",
          "how long patients referred by their GP had to wait to see a social prescriber",
          None,
          "that urgent referrals were contacted within two working days",
          "Help Hub and Communities Manager", ["primary-care"]),
        Q("419", "concern",
          "Concerns were expressed about the turnover of social prescribers",
          None,
          "three of the eleven posts had been vacant for part of the year",
          "Dr Anand", ["workforce", "primary-care", "finance"]),
        Q("419", "question",
          "what would happen to the service if the NHS did not continue its share",
          "Cllr Denholm",
          "discussions had begun with the Integrated Care Board and that no decision",
          "Director of People and Communities", ["finance", "integration"]),
        Q("419", "question",
          "sought clarification on how the outcomes of social prescribing were measured",
          None,
          "completed a short wellbeing questionnaire at the start and end of their support",
          "Help Hub and Communities Manager", ["public-health"]),
        Q("419", "comment",
          "work with older people living alone in the rural parishes was highly valued",
          "Cllr Lusher", None, None, ["adult-social-care"]),
        # 420
        Q("420", "question",
          "asked whether the £5 increase was the most that the Council could levy",
          None,
          "could increase their Band D charge by up to 2.99 per cent or £5",
          "Assistant Director of Finance", ["finance"]),
        Q("420", "question",
          "questioned the increase of £180,000 in the management fee paid to the operator",
          "Cllr Haverley",
          "allowed the fee to be reviewed each year in line with energy costs",
          "Director of Resources", ["finance", "subcontracting"]),
        Q("420", "concern",
          "continued use of agency staff in the planning service and the cost to the Council",
          None,
          "the number of agency planners had fallen from nine to four over the year",
          "Director of Resources", ["workforce", "finance"]),
        Q("420", "question",
          "what effect local government reorganisation would have on the Medium Term Financial Strategy",
          None,
          "it was too early to say, but that the Council would continue to plan",
          "Director of Resources", ["governance", "finance"]),
        Q("420", "concern",
          "would be relying on its general reserves to balance the budget in 2026/27",
          "Cllr Pettigrew", None, None, ["finance"]),
        # 421
        Q("421", "request",
          "requested that an item on damp and mould in housing association properties be added",
          "Cllr Yallop",
          "had room for a further item and that the two largest registered providers",
          "Democratic Services Officer", ["housing"]),
        Q("421", "question",
          "whether the Committee would have the opportunity to comment on the Council's response",
          None,
          "the timetable set by the Government was very short, but that all Members",
          "Director of Resources", ["governance"]),
    ],
    "resolutions": [
        R("414", "minutes of the meeting held on 10 December 2024 were confirmed as a correct record",
          "agreed", []),
        R("416", "The Committee noted the Cabinet Core Agenda", "noted", []),
        R("417", "to request that data at ward level be included in the Partnership's report",
          "agreed", []),
        R("418", "commit to a target of 50 new council-owned homes for social rent by 2030",
          "rejected", ["housing"]),
        R("418", "adopt the Homelessness and Rough Sleeping Strategy 2025-2030, as set out at Appendix 1",
          "recommended", ["housing"]),
        R("419", "request that a report on the future funding of the social prescribing service",
          "agreed", ["finance"]),
        R("420", "the draft revenue budget for 2025/26, including an increase of £5 in the Band D",
          "recommended", ["finance"]),
        R("421", "The work programme was agreed, with the addition of an item on damp and mould",
          "agreed", ["housing"]),
    ],
    "attendees": [
        A("P Ashwell", "Chairman", "present"),
        A("R Denholm", "Vice-Chairman", "present"),
        A("S Carrow", None, "present"),
        A("J Fidgett", None, "present"),
        A("M Haverley", None, "present"),
        A("D Kittering", None, "present"),
        A("A Lusher", None, "present"),
        A("B Pettigrew", None, "present"),
        A("T Seaman-Holt", None, "present"),
        A("W Yallop", None, "present"),
        A("K Fairhurst", None, "in_attendance"),
        A("L Hebbard", None, "in_attendance"),
        A("G Twiddy", None, "in_attendance"),
        A("A Mortimer", "Director of People and Communities", "in_attendance"),
        A("G Pennock", "Director of Resources", "in_attendance"),
        A("N Kemp", "Assistant Director of Finance", "in_attendance"),
        A("L Cattermole", "Assistant Director Individuals and Families", "in_attendance"),
        A("F Okonedo", "Housing and Wellbeing Senior Manager", "in_attendance"),
        A("S Brindle", "Help Hub and Communities Manager", "in_attendance"),
        A("E Thirtle", "Community Safety and Resilience Manager", "in_attendance"),
        A("J Tolley", "Democratic Services Officer", "in_attendance"),
        A("Inspector M Greenacre", "Saxmere Constabulary", "in_attendance"),
        A("Ms R Quinton", "Head of Community Safety, Saxmere County Council", "in_attendance"),
        A("Dr P Anand", "Clinical Director, Wroxmere and Horsbeck Primary Care Network",
          "in_attendance"),
        A("N Brennan", None, "apologies"),
        A("C Orme", None, "apologies"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def norm(s):
    s = s.lower()
    s = "".join(ch if (ch.isalnum() or ch.isspace()) else " " for ch in s)
    return " ".join(s.split())


def norm_del(s):
    s = s.lower()
    s = "".join(ch for ch in s if ch.isalnum() or ch.isspace())
    return " ".join(s.split())


def doc_text(path):
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    text, npages = render_minutes()
    (DOCS / MINUTES_NAME).write_bytes(text.encode("utf-8"))
    build_report(DOCS / REPORT_NAME)
    for g in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(g["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {MINUTES_NAME} ({npages} pages), {REPORT_NAME} and their gold files")


def check():
    ok = True
    for g in (MINUTES_GOLD, REPORT_GOLD):
        path = DOCS / g["document"]
        if not path.exists():
            print("missing", path)
            ok = False
            continue
        raw = doc_text(path)
        for normf in (norm, norm_del):
            text = normf(raw)
            phrases = []
            for q in g.get("questions", []):
                phrases.append(("question", q["text"]))
                if q["answer"] is not None:
                    phrases.append(("answer", q["answer"]))
            for r in g.get("resolutions", []):
                phrases.append(("resolution", r["text"]))
            for kind, ph in phrases:
                n_words = len(ph.split())
                if not 6 <= n_words <= 15:
                    print(f"{g['document']}: {kind} phrase has {n_words} words: {ph!r}")
                    ok = False
                c = len(re.findall(r"(?<![a-z0-9])" + re.escape(normf(ph)) + r"(?![a-z0-9])", text))
                if c != 1:
                    print(f"{g['document']}: {kind} phrase found {c} times: {ph!r}")
                    ok = False
        if g["doc_type"] == "minutes":
            items = {i["number"] for i in g["items"]}
            for row in g["questions"] + g["resolutions"]:
                if row["item"] not in items:
                    print("unknown item", row["item"])
                    ok = False
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
