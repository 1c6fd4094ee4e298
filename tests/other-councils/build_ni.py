#!/usr/bin/env python3
"""Build the "ni-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ni.py           build documents/ni-* and gold/ni-*.json
        build_ni.py --check   verify every gold phrase occurs once in its document
"""
import json
import re
import sys
import textwrap
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "ni-west-nenwold-police-fire-crime-panel-2025-02-06.txt"
REPORT_NAME = "ni-west-nenwold-report-right-care-right-person.pdf"

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = datetime(2025, 1, 28, 9, 30, 0, tzinfo=timezone.utc)

# ---------------------------------------------------------------------------------------
# The minutes, as text copied out of the printed PDF.
#   ("r", text)  a line printed as it is
#   ("p", text)  a paragraph, wrapped as the PDF wraps it
#   ("b", text)  a bulleted paragraph
#   ("", None)   a blank line
# ---------------------------------------------------------------------------------------
WIDTH = 93
LINES_PER_PAGE = 50
FOOTER = "Nenwoldshire Police, Fire and Crime Panel - 6 February 2025"

M = []


def r(t):
    M.append(("r", t))


def p(t):
    M.append(("p", " ".join(t.split())))


def b(t):
    M.append(("b", " ".join(t.split())))


def blank():
    M.append(("", None))


r("West Nenwold Council")
r("Minutes of the Nenwoldshire Police, Fire and Crime Panel")
p("Held at The Oak Room, One Angel Square, Corbeck on Thursday 6 February 2025 at 1.00 pm.")
blank()
r("Present Councillor Malcolm Treadwell (Chair)")
r("Councillor Janet Ormerod (Vice-Chair)")
r("Councillor Dermot Fallon")
r("Councillor Harriet Beckwith")
r("Councillor Sunil Mistry")
r("Councillor Gareth Pryce-Evans")
r("Councillor Lorraine Whitlock")
r("Councillor Tobias Renshaw")
r("Mr Femi Adeyinka (Co-opted Member)")
r("Mrs Carol Hetherington (Co-opted Member)")
blank()
r("Also Present Rachel Fenwick, Police, Fire and Crime Commissioner")
r("Colin Barraclough, Chief Executive, OPFCC")
r("Nadia Whitfield, Chief Finance Officer, OPFCC")
r("Deborah Anstey, Director for Delivery, OPFCC")
r("Andrew Pellow, Chief Constable, Nenwoldshire Police")
r("Samantha Greaves, Chief Fire Officer, Nenwoldshire Fire and Rescue Service")
r("Dr Helen Marchant, Associate Director for Mental Health, Nenwoldshire ICB")
r("Liam Cotterell, Combating Drugs Partnership Lead, West Nenwold Council")
blank()
r("Apologies for Councillor Brian Stoddart")
r("Absence: Councillor Anne-Marie Kelso")
blank()
r("Officers Paul Hendry, Democratic Services Manager")
r("Amy Lockwood, Democratic Services Officer")
r("Rhiannon Dace, Senior Lawyer")
blank()
r("38. Apologies for Absence")
blank()
p("""Apologies for absence were received from Councillor Brian Stoddart and Councillor
Anne-Marie Kelso. Councillor Mistry had advised that he would need to leave the meeting at
3.30 pm.""")
blank()
r("39. Notification of requests from members of the public to address the meeting")
blank()
p("""The Chair advised that one request had been received from a member of the public to
address the Panel on item 6, Proposed Police Precept 2025/26.""")
blank()
r("40. Declarations of Interest")
blank()
p("""Councillor Whitlock declared a personal interest in item 7, Proposed Fire and Rescue
Precept 2025/26, as a close family member was employed as an on-call firefighter by
Nenwoldshire Fire and Rescue Service.""")
blank()
p("""Mrs Hetherington declared a personal interest in item 9, Tackling Drugs and County Lines,
as a trustee of Corbeck Youth Matters, which had received a grant from the Commissioner’s
Community Safety Fund.""")
blank()
r("41. Chair's Announcements")
blank()
p("""The Chair reminded members that the Panel was required to review the Commissioner’s
proposed police and fire and rescue precepts by 8 February 2025, and that a decision to veto
either precept would require a majority of at least two-thirds of the Panel’s membership at
the time the decision was made. He also informed the Panel that the final police funding
settlement for 2025/26 had been confirmed by the Home Office on 30 January 2025 and that the
figures in the reports published with the agenda remained unchanged.""")
blank()
r("42. Minutes")
blank()
p("""RESOLVED that: the minutes of the Nenwoldshire Police, Fire and Crime Panel meeting held on
5 December 2024 be approved and signed as a correct record.""")
blank()
r("43. Proposed Police Precept 2025/26")
blank()
p("""The Commissioner presented the report, which set out her proposal to increase the policing
element of the council tax by £14.00 a year for a Band D property, to £318.42, an increase of
4.6%. She explained that the final settlement had provided an increase in core grant of
£6.9 million, but that almost all of this was needed to meet the cost of the 2024 pay award
and the increase in employer national insurance contributions, and that the Government’s
settlement assumed that every Commissioner would raise the precept by the maximum permitted.
The proposal would enable the force to maintain officer numbers at 1,398, protect
neighbourhood policing in every district and continue the investment in the Force Control
Room. The Chief Finance Officer outlined the medium term financial plan, which showed a gap of
£3.1 million in 2026/27 rising to £7.4 million by 2028/29, and advised that the budget
included savings of £2.6 million, largely from the review of the police estate and of
non-operational staff posts. The Commissioner added that 640 residents had responded to her
precept survey, of whom 61% had supported an increase of at least £14.00.""")
blank()
p("""At the invitation of the Chair, Mr Tom Varley addressed the Panel. He stated that residents
of the Eastfield estate in Corbeck had seen little return for the increases of recent years
and asked how the Commissioner could justify a further rise when the neighbourhood team for
his area had been without a sergeant for most of the past year. The Commissioner thanked Mr
Varley and responded that the neighbourhood sergeant post for Corbeck East had been filled in
January 2025 and that the proposed precept would protect the number of neighbourhood officers
and PCSOs in the town.""")
blank()
p("The Panel discussed the report and the following main points were raised:")
blank()
b("""Councillor Fallon asked what proportion of the additional precept income would be spent on
neighbourhood policing. The Chief Finance Officer advised that approximately £2.1 million of
the £4.3 million raised would support neighbourhood teams, with the remainder meeting pay
and pension pressures.""")
b("""Councillor Beckwith expressed concern that the precept survey had been completed by only
640 residents, fewer than half the number of the previous year, and questioned whether the
results were representative. The Commissioner acknowledged that the response rate was lower
and advised that her office would review how the survey was promoted, including through
town and parish councils and community groups.""")
b("""The Vice-Chair sought clarification on the level of reserves held and whether these could be
used to reduce the proposed increase. The Chief Finance Officer confirmed that general
reserves stood at £4.8 million, around 2.5% of net revenue expenditure, which she considered
to be the minimum prudent level for an organisation of this size.""")
b("""Councillor Renshaw queried the assumption of a 3% pay award from September 2025, given the
risk that the award would be higher. It was explained that each additional 1% on pay would
cost approximately £1.4 million and that this was recorded on the corporate risk register.""")
b("""Mr Adeyinka commented that the number of officers per head of population in Nenwoldshire
remained among the lowest in the country and that the Panel should continue to keep this
under review.""")
b("""Councillor Pryce-Evans asked whether the force could sustain its officer numbers given the
number of officers leaving in their first two years of service. The Chief Constable advised
that the force had 1,412 officers against a requirement of 1,398 and that the leaver rate
had fallen to 6.1% following changes to the support given to student officers.""")
blank()
p("""Councillor Ormerod proposed and Councillor Mistry seconded that the Panel support the proposed
precept. Upon being put to the vote, with 8 votes in favour, 1 against and 1 abstention, it
was:""")
blank()
p("""RESOLVED that: the Nenwoldshire Police, Fire and Crime Panel supports the Police, Fire and
Crime Commissioner’s proposal to increase the police precept by £14.00 for a Band D property
in 2025/26, giving a Band D precept of £318.42.""")
blank()
r("44. Proposed Fire and Rescue Precept 2025/26")
blank()
p("""The Commissioner presented the report, which proposed using the additional flexibility
allowed by the Government for fire and rescue authorities to increase the fire and rescue
precept by £5.00 a year for a Band D property, to £77.83. She advised that without the
increase the Service would need to find further savings of £1.1 million in 2025/26, which
could only be achieved by reducing the number of fire engines available. The Chief Fire
Officer outlined the Service’s Community Risk Management Plan priorities for 2025/26,
including the replacement of the fire station at Thrapley and the expansion of the Safe and
Well programme.""")
blank()
p("The Panel discussed the report and the following main points were raised:")
blank()
b("""Councillor Whitlock asked how the availability of on-call fire engines would be improved,
noting that some rural appliances had been unavailable for long periods. The Chief Fire
Officer explained that on-call availability had averaged 71% in 2024 and that a new
recruitment campaign and more flexible contracts for on-call firefighters were expected to
raise this to 80% by the end of 2025/26.""")
b("""Councillor Mistry asked whether Safe and Well visits took account of people living with
dementia or poor mental health, who were at greater risk of fire in the home. The Chief Fire
Officer confirmed that referrals were received from adult social care, the mental health
trust and GP practices, and that crews had received training in recognising self-neglect
and hoarding.""")
b("""Mrs Hetherington requested that the Panel receive the findings of the inspection of the
Service by His Majesty’s Inspectorate when these were published in the spring. The Chair
agreed that this would be added to the work programme.""")
b("""Councillor Beckwith asked whether the £0.8 million cost of the new Thrapley fire station
above the original estimate would be met from reserves. The Chief Finance Officer advised
that it would be funded from the capital programme through borrowing, and that the revenue
cost had been included in the medium term financial plan.""")
blank()
p("""The Chair proposed and Councillor Fallon seconded that the Panel support the proposed fire
and rescue precept. Upon being put to the vote, the Panel unanimously:""")
blank()
p("""RESOLVED that: the Nenwoldshire Police, Fire and Crime Panel supports the Police, Fire and
Crime Commissioner’s proposed fire and rescue precept for 2025/26 of £77.83 for a Band D
property.""")
blank()
r("45. Mental Health and Policing - Right Care, Right Person")
blank()
p("""The Panel considered a joint report of the Chief Constable and the Associate Director for
Mental Health, Nenwoldshire ICB, which updated the Panel on the implementation of Right Care,
Right Person (RCRP) in Nenwoldshire since the first phase went live in April 2024. The Chief
Constable advised that RCRP was a national approach intended to ensure that people in mental
health crisis were seen by the right professional, and that police would continue to attend
wherever there was a real and immediate risk to life or of serious harm. Officer hours spent
on calls relating to mental health had reduced by 38% over the first nine months. Dr
Marchant outlined the partnership arrangements with the mental health trust, the ambulance
service and both councils, including the 24 hour mental health crisis line, the
Corbeck crisis café and the new mental health response vehicle which operated on Friday and
Saturday nights.""")
blank()
p("In the course of discussion on the report the following main points were noted:")
blank()
b("""Councillor Ormerod asked what safeguards were in place to make sure that vulnerable people
were not left without help when the police declined to attend a call. The Chief Constable
explained that every call declined under RCRP was reviewed by a supervisor in the Force
Control Room within 24 hours and that a joint audit with the ICB of 300 declined calls had
found no case in which a person had come to harm as a result.""")
b("""Councillor Renshaw expressed concern that demand had simply moved to the ambulance service
and to mental health crisis teams without any additional funding following it. Dr Marchant
acknowledged that crisis teams had seen higher demand and advised that the ICB had invested
an additional £1.2 million in crisis services in 2024/25, funded through the Mental Health
Investment Standard.""")
b("""Members queried the length of time officers spent at hospital with people detained under
section 136 of the Mental Health Act. It was reported that the average wait for a handover
to health staff had reduced from over nine hours to just under four hours, although there
remained occasions when officers waited for more than twelve hours, and these were escalated
through the joint protocol.""")
b("""Mr Adeyinka asked whether people with lived experience of mental ill health had been
involved in evaluating the changes. Dr Marchant advised that the ICB had commissioned
Healthwatch Nenwoldshire to gather the views of people who had contacted the crisis line and
that its report would be published in April 2025.""")
b("""Councillor Whitlock requested that future reports include information on children and young
people in mental health crisis, as she had been told by local schools that officers were
still being called to incidents that needed a health response.""")
b("""Councillor Fallon commented that the crisis café in Corbeck was valued by residents and
asked whether similar provision would be available in the north of the county. Dr Marchant
explained that a second café was planned to open in Ravensby in the summer, subject to the
lease being finalised.""")
blank()
p("""The Panel noted the report and asked that a further update, including data on children and
young people, be brought to its meeting in September 2025.""")
blank()
p("Councillor Mistry left the meeting at 3.30 pm.")
blank()
r("46. Tackling Drugs and County Lines")
blank()
p("""The Director for Delivery, OPFCC, and the Combating Drugs Partnership Lead presented the
report, which set out the work of the Nenwoldshire Combating Drugs Partnership, chaired by the
Commissioner, and of the force’s county lines team. Mr Cotterell advised that the number of
adults in structured treatment for drug and alcohol misuse had risen by 14% in the year to
September 2024, and that the Partnership had agreed a new local plan focused on treatment
and recovery, reducing drug related deaths and early intervention with young people. The
Chief Constable reported that 23 county lines had been closed in 2024 and that 41 children
had been referred for support through the National Referral Mechanism.""")
blank()
p("The Panel discussed the report and the following main points were raised:")
blank()
b("""Councillor Pryce-Evans asked how many of the people who tested positive for drugs on arrest
had gone on to take up treatment. Mr Cotterell advised that of the 1,146 people who tested
positive in 2024, 412 had attended the required assessment and 187 had entered structured
treatment, and that the Partnership was working with custody staff to improve this.""")
b("""Councillor Beckwith raised concerns about the forthcoming recommissioning of the adult drug
and alcohol treatment service and asked whether the new contract would be awarded to a
single lead provider. Mr Cotterell advised that the service would be procured by West
Nenwold Council on behalf of both councils under the Provider Selection Regime, and that
a single lead provider model with local subcontracted recovery services was proposed, with
the new contract starting on 1 April 2026.""")
b("""The Vice-Chair asked what was being done to reduce alcohol related violence in the evening
and night time economy in Corbeck town centre. The Commissioner advised that she had funded
street marshals and a Safe Space in the Market Square on Friday and Saturday nights, and that
violence against the person in the town centre had fallen by 11% since they were introduced.""")
b("""Councillor Fallon asked how schools were being supported to identify children at risk of
exploitation by county lines gangs. The Chief Constable explained that every secondary school
now had a named schools liaison officer and that the force was working with the children’s
trust on a joint exploitation screening tool.""")
b("""Mrs Hetherington commented that small charities working with young people at risk of
exploitation depended heavily on the Community Safety Fund, and that one year grants made it
difficult for them to plan or to keep experienced staff.""")
blank()
p("""RESOLVED that: the Panel notes the update on the work of the Nenwoldshire Combating Drugs
Partnership and the force’s response to county lines.""")
blank()
r("47. Complaints Received by the Panel")
blank()
p("""The Democratic Services Manager reported that one complaint about the conduct of the
Commissioner had been received since the last meeting. The Complaints Sub-Committee had
considered the complaint on 14 January 2025 and had resolved it informally. No complaints had
been referred to the Independent Office for Police Conduct.""")
blank()
p("RESOLVED that: the report be noted.")
blank()
r("48. Work Programme 2024/25")
blank()
p("""The Panel considered its work programme for the remainder of the municipal year. Councillor
Beckwith asked that the Panel receive a report on the Commissioner’s proposals for
recommissioning victims’ services before any new contract was awarded. The Chief Executive,
OPFCC advised that the proposals could be brought to the Panel’s meeting on 10 July 2025. It
was also noted that the findings of the inspection of Nenwoldshire Fire and Rescue Service
would be added, as agreed under item 7.""")
blank()
p("""RESOLVED that: the work programme be agreed, subject to the inclusion of the items identified
at the meeting.""")
blank()
r("The meeting closed at 3.55 pm")
blank()
blank()
r("Chair: ________________________")
blank()
r("Date: ________________________")


def render_minutes():
    body = []
    for kind, text in M:
        if kind == "r":
            body.append(text)
        elif kind == "p":
            body.extend(textwrap.wrap(text, WIDTH))
        elif kind == "b":
            lines = textwrap.wrap(text, WIDTH - 2)
            body.append("• " + lines[0])
            body.extend(lines[1:])
        else:
            body.append("")
    pages = [body[i:i + LINES_PER_PAGE] for i in range(0, len(body), LINES_PER_PAGE)]
    out = []
    for n, page in enumerate(pages, 1):
        while page and page[0] == "":
            page = page[1:]
        while page and page[-1] == "":
            page = page[:-1]
        out.extend(page)
        out.append("")
        out.append(FOOTER)
        out.append(f"Page {n}")
        if n < len(pages):
            out.append("")
    return "\n".join(out) + "\n", len(pages)


# ---------------------------------------------------------------------------------------
# The report (not minutes): a joint report to the panel, made as a PDF.
# ---------------------------------------------------------------------------------------
def build_report(path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    class Report(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title("Right Care, Right Person - implementation update")
    pdf.set_author("West Nenwold Council Democratic Services")
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)

    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def nl(h=5):
        pdf.ln(h)

    def para(t, size=10.5, style="", h=5.4):
        pdf.set_font("DejaVu", style, size)
        pdf.multi_cell(W, h, " ".join(t.split()), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        nl(2.2)

    def heading(t):
        pdf.set_font("DejaVu", "B", 11.5)
        pdf.multi_cell(W, 6.5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        nl(1.5)

    def numbered(num, t):
        pdf.set_font("DejaVu", "", 10.5)
        x = pdf.get_x()
        pdf.cell(12, 5.4, num)
        pdf.multi_cell(W - 12, 5.4, " ".join(t.split()), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_x(x)
        nl(2.2)

    def bullet(t, indent=12):
        pdf.set_font("DejaVu", "", 10.5)
        pdf.set_x(pdf.l_margin + indent - 5)
        pdf.cell(5, 5.4, "•")
        pdf.multi_cell(W - indent, 5.4, " ".join(t.split()), new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)
        nl(1.2)

    # cover block
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(W, 5, "WEST NENWOLD COUNCIL", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    nl(3)
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(W, 8, "Nenwoldshire Police, Fire and Crime Panel",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    nl(3)
    rows = [
        ("Report Title", "Mental Health and Policing - Right Care, Right Person: "
                         "Implementation Update"),
        ("Date of Meeting", "6 February 2025"),
        ("Agenda Item", "8"),
        ("Report Authors", "Andrew Pellow, Chief Constable, Nenwoldshire Police; Dr Helen "
                           "Marchant, Associate Director for Mental Health, Nenwoldshire ICB"),
        ("Contact Officer", "Paul Hendry, Democratic Services Manager, West Nenwold Council"),
        ("Status", "Public"),
    ]
    pdf.set_draw_color(120, 120, 120)
    for label, value in rows:
        pdf.set_font("DejaVu", "B", 10)
        y0 = pdf.get_y()
        lines = pdf.multi_cell(W - 48, 5.6, value, dry_run=True, output="LINES")
        h = 5.6 * len(lines) + 2
        pdf.rect(pdf.l_margin, y0, 48, h)
        pdf.rect(pdf.l_margin + 48, y0, W - 48, h)
        pdf.set_xy(pdf.l_margin + 1.5, y0 + 1)
        pdf.cell(45, 5.6, label)
        pdf.set_font("DejaVu", "", 10)
        pdf.set_xy(pdf.l_margin + 49.5, y0 + 1)
        pdf.multi_cell(W - 51, 5.6, value)
        pdf.set_xy(pdf.l_margin, y0 + h)
    nl(6)

    heading("1. Purpose of the Report")
    numbered("1.1", """To update the Panel on the implementation of Right Care, Right Person
        (RCRP) in Nenwoldshire since the first phase went live in April 2024, and on the
        partnership arrangements that support people in mental health crisis.""")

    heading("2. Recommendations")
    numbered("2.1", """That the Panel notes the progress made in implementing Right Care,
        Right Person in Nenwoldshire.""")
    numbered("2.2", """That the Panel comments on the proposed scope of phase three
        (transport of patients and people absent from health settings), due to go live in
        June 2025.""")

    heading("3. Background")
    numbered("3.1", """Right Care, Right Person is a national approach, set out in the
        National Partnership Agreement signed by the Home Office, the Department of Health
        and Social Care, NHS England, the National Police Chiefs' Council and the Association
        of Police and Crime Commissioners in July 2023. It is intended to make sure that
        people with health and care needs are seen by the right professional with the right
        skills, training and experience.""")
    numbered("3.2", """The police will continue to attend wherever there is a real and
        immediate risk to the life of a person, or of a person being subjected to or at risk
        of serious harm. The threshold is applied to each call by the Force Control Room,
        which may seek advice from the mental health professional based in the control room
        between 12 noon and midnight.""")
    numbered("3.3", """Nenwoldshire adopted a phased approach, agreed by the Nenwoldshire
        Crisis Care Partnership Board: phase one (concern for welfare calls) from April 2024
        and phase two (people who walk out of health settings) from October 2024.""")

    heading("4. Progress to Date")
    numbered("4.1", """The table below summarises the main measures for the first nine
        months (April to December 2024) compared with the same period in 2023.""")
    cols = [82, 30, 30, W - 142]
    head = ["Measure", "Apr-Dec 2023", "Apr-Dec 2024", "Change"]
    data = [
        ["Concern for welfare calls attended", "6,214", "3,870", "-38%"],
        ["Officer hours on mental health calls", "41,300", "25,600", "-38%"],
        ["Section 136 detentions", "512", "468", "-9%"],
        ["Average handover time at hospital (s136)", "9h 12m", "3h 54m", "-58%"],
        ["Declined calls reviewed by a supervisor", "n/a", "100%", "-"],
    ]
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_fill_color(225, 225, 225)
    for c, t in zip(cols, head):
        pdf.cell(c, 7, t, border=1, fill=True)
    pdf.ln(7)
    pdf.set_font("DejaVu", "", 9.5)
    for row in data:
        for c, t in zip(cols, row):
            pdf.cell(c, 7, t, border=1)
        pdf.ln(7)
    nl(4)
    numbered("4.2", """A joint audit by the force and the ICB of 300 calls declined under
        RCRP between April and September 2024 found that the threshold had been applied
        correctly in 289 cases. In the remaining 11 cases the call should have been attended
        or passed to a health partner more quickly; none resulted in harm to the person
        concerned.""")

    heading("5. Partnership Arrangements")
    numbered("5.1", """The ICB has invested an additional £1.2 million in crisis services in
        2024/25 through the Mental Health Investment Standard. This funds the 24 hour mental
        health crisis line, the crisis café in Corbeck and a mental health response vehicle,
        staffed by a paramedic and a mental health nurse, on Friday and Saturday nights.""")
    numbered("5.2", """A second crisis café is planned for Ravensby. Opening is dependent on
        the lease of suitable premises and is expected in summer 2025.""")

    heading("6. What People Have Told Us")
    numbered("6.1", """Healthwatch Nenwoldshire has been commissioned to gather the views of
        people who have used the crisis line. Early feedback from the engagement events held
        in November 2024 included the following questions, which are answered below.""")
    qa = [
        ("Will the police still come if I ring 999 because someone is in danger?",
         "Yes. Where there is a real and immediate risk to life or of serious harm, the "
         "police will attend."),
        ("Who decides that the police will not attend?",
         "A trained call handler in the Force Control Room, supported by a supervisor and, "
         "for part of the day, by a mental health professional."),
        ("What happens if the crisis line is busy?",
         "Calls are answered in the order they are received. The ICB is recruiting four "
         "further call handlers so that waiting times can be reduced."),
    ]
    for q, a in qa:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_x(pdf.l_margin + 12)
        pdf.multi_cell(W - 12, 5.4, "Q: " + q, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "", 10.5)
        pdf.set_x(pdf.l_margin + 12)
        pdf.multi_cell(W - 12, 5.4, "A: " + a, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        nl(2.5)

    heading("7. Issues the Panel May Wish to Consider")
    numbered("7.1", "Members may wish to explore the following questions:")
    for t in [
        "How does the Commissioner hold the Chief Constable to account for the application "
        "of the RCRP threshold, and what assurance has she received?",
        "Has demand moved to the ambulance service and to crisis teams, and is the funding in "
        "place to meet it?",
        "How are children and young people in mental health crisis being supported, and are "
        "schools clear about when to call the police?",
        "What difference will phase three make to the time officers spend waiting at "
        "hospital?",
    ]:
        bullet(t)
    nl(2)

    heading("8. Financial Implications")
    numbered("8.1", """There are no direct financial implications for the Panel. Officer time
        released by RCRP has been redeployed to neighbourhood and response policing and has
        not been treated as a cashable saving.""")

    heading("9. Risks")
    numbered("9.1", """The main risk is that a person at risk of harm does not receive a
        response from any agency. This risk is recorded on the force and ICB risk registers
        and is managed through the supervisory review of declined calls and the joint audit
        programme.""")

    heading("10. Background Papers")
    numbered("10.1", """National Partnership Agreement: Right Care, Right Person (July 2023);
        report to the Panel of 4 July 2024, Mental Health Demand on Policing.""")

    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------
def att(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by, "answer": answer,
            "given_by": given_by, "themes": themes}


def res(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Nenwoldshire Police, Fire and Crime Panel",
    "meeting_date": "2025-02-06",
    "items": [
        {"number": "38", "title": "Apologies for Absence"},
        {"number": "39", "title": "Notification of requests from members of the public to "
                                  "address the meeting"},
        {"number": "40", "title": "Declarations of Interest"},
        {"number": "41", "title": "Chair's Announcements"},
        {"number": "42", "title": "Minutes"},
        {"number": "43", "title": "Proposed Police Precept 2025/26"},
        {"number": "44", "title": "Proposed Fire and Rescue Precept 2025/26"},
        {"number": "45", "title": "Mental Health and Policing - Right Care, Right Person"},
        {"number": "46", "title": "Tackling Drugs and County Lines"},
        {"number": "47", "title": "Complaints Received by the Panel"},
        {"number": "48", "title": "Work Programme 2024/25"},
    ],
    "questions": [
        # 43 police precept: the public speaker, then the listed points
        q("43", "question",
          "asked how the Commissioner could justify a further rise when the neighbourhood team",
          "Mr Tom Varley",
          "the neighbourhood sergeant post for Corbeck East had been filled in January 2025",
          "the Commissioner", ["finance"]),
        q("43", "question",
          "asked what proportion of the additional precept income would be spent on",
          "Councillor Fallon",
          "would support neighbourhood teams, with the remainder meeting pay and pension pressures",
          "Chief Finance Officer", ["finance"]),
        q("43", "concern",
          "expressed concern that the precept survey had been completed by only",
          "Councillor Beckwith",
          "her office would review how the survey was promoted, including through town",
          "the Commissioner", ["patient-and-public-input"]),
        q("43", "question",
          "sought clarification on the level of reserves held and whether these could be used",
          "the Vice-Chair",
          "which she considered to be the minimum prudent level for an organisation",
          "Chief Finance Officer", ["finance"]),
        q("43", "question",
          "queried the assumption of a 3% pay award from September 2025",
          "Councillor Renshaw",
          "this was recorded on the corporate risk register",
          None, ["finance", "workforce", "governance"]),
        q("43", "comment",
          "commented that the number of officers per head of population in Nenwoldshire",
          "Mr Adeyinka", None, None, ["workforce"]),
        q("43", "question",
          "asked whether the force could sustain its officer numbers given the number of officers",
          "Councillor Pryce-Evans",
          "the leaver rate had fallen to 6.1% following changes to the support",
          "Chief Constable", ["workforce"]),
        # 44 fire precept
        q("44", "question",
          "asked how the availability of on-call fire engines would be improved",
          "Councillor Whitlock",
          "a new recruitment campaign and more flexible contracts for on-call firefighters",
          "Chief Fire Officer", ["workforce"]),
        q("44", "question",
          "asked whether Safe and Well visits took account of people living with dementia",
          "Councillor Mistry",
          "referrals were received from adult social care, the mental health trust and GP practices",
          "Chief Fire Officer", ["mental-health", "adult-social-care"]),
        q("44", "request",
          "requested that the Panel receive the findings of the inspection of the Service",
          "Mrs Hetherington",
          "agreed that this would be added to the work programme",
          "The Chair", ["governance"]),
        q("44", "question",
          "asked whether the £0.8 million cost of the new Thrapley fire station",
          "Councillor Beckwith",
          "it would be funded from the capital programme through borrowing",
          "Chief Finance Officer", ["finance"]),
        # 45 RCRP
        q("45", "question",
          "asked what safeguards were in place to make sure that vulnerable people",
          "Councillor Ormerod",
          "every call declined under RCRP was reviewed by a supervisor in the Force Control Room",
          "Chief Constable", ["mental-health", "governance"]),
        q("45", "concern",
          "expressed concern that demand had simply moved to the ambulance service",
          "Councillor Renshaw",
          "the ICB had invested an additional £1.2 million in crisis services in 2024/25",
          "Dr Marchant", ["mental-health", "finance"]),
        q("45", "question",
          "queried the length of time officers spent at hospital with people detained",
          None,
          "the average wait for a handover to health staff had reduced from over nine hours",
          None, ["mental-health"]),
        q("45", "question",
          "asked whether people with lived experience of mental ill health had been involved",
          "Mr Adeyinka",
          "the ICB had commissioned Healthwatch Nenwoldshire to gather the views of people",
          "Dr Marchant", ["mental-health", "patient-and-public-input"]),
        q("45", "request",
          "requested that future reports include information on children and young people in mental",
          "Councillor Whitlock", None, None, ["mental-health", "children-and-families"]),
        q("45", "question",
          "commented that the crisis café in Corbeck was valued by residents",
          "Councillor Fallon",
          "a second café was planned to open in Ravensby in the summer",
          "Dr Marchant", ["mental-health"]),
        # 46 drugs and county lines
        q("46", "question",
          "asked how many of the people who tested positive for drugs on arrest",
          "Councillor Pryce-Evans",
          "412 had attended the required assessment and 187 had entered structured treatment",
          "Mr Cotterell", ["public-health"]),
        q("46", "concern",
          "raised concerns about the forthcoming recommissioning of the adult drug and alcohol",
          "Councillor Beckwith",
          "a single lead provider model with local subcontracted recovery services was proposed",
          "Mr Cotterell", ["subcontracting", "public-health"]),
        q("46", "question",
          "asked what was being done to reduce alcohol related violence in the evening",
          "the Vice-Chair",
          "she had funded street marshals and a Safe Space in the Market Square",
          "the Commissioner", ["public-health"]),
        q("46", "question",
          "asked how schools were being supported to identify children at risk of exploitation",
          "Councillor Fallon",
          "every secondary school now had a named schools liaison officer",
          "Chief Constable", ["children-and-families"]),
        q("46", "comment",
          "commented that small charities working with young people at risk of exploitation",
          "Mrs Hetherington", None, None,
          ["finance", "children-and-families", "workforce"]),
        # 48 work programme
        q("48", "request",
          "asked that the Panel receive a report on the Commissioner’s proposals for recommissioning",
          "Councillor Beckwith",
          "the proposals could be brought to the Panel’s meeting on 10 July 2025",
          "Chief Executive, OPFCC", ["subcontracting"]),
    ],
    "resolutions": [
        res("42", "be approved and signed as a correct record", "agreed", []),
        res("43", "supports the Police, Fire and Crime Commissioner’s proposal to increase the police precept",
            "agreed", ["finance"]),
        res("44", "proposed fire and rescue precept for 2025/26 of £77.83 for a Band D",
            "agreed", ["finance"]),
        res("45", "The Panel noted the report and asked that a further update",
            "agreed", ["mental-health", "children-and-families"]),
        res("46", "notes the update on the work of the Nenwoldshire Combating Drugs Partnership",
            "noted", ["public-health"]),
        res("47", "RESOLVED that: the report be noted.", "noted", []),
        res("48", "the work programme be agreed, subject to the inclusion of the items",
            "agreed", []),
    ],
    "attendees": [
        att("Councillor Malcolm Treadwell", "Chair", "present"),
        att("Councillor Janet Ormerod", "Vice-Chair", "present"),
        att("Councillor Dermot Fallon", None, "present"),
        att("Councillor Harriet Beckwith", None, "present"),
        att("Councillor Sunil Mistry", None, "present"),
        att("Councillor Gareth Pryce-Evans", None, "present"),
        att("Councillor Lorraine Whitlock", None, "present"),
        att("Councillor Tobias Renshaw", None, "present"),
        att("Mr Femi Adeyinka", "Co-opted Member", "present"),
        att("Mrs Carol Hetherington", "Co-opted Member", "present"),
        att("Rachel Fenwick", "Police, Fire and Crime Commissioner", "in_attendance"),
        att("Colin Barraclough", "Chief Executive, OPFCC", "in_attendance"),
        att("Nadia Whitfield", "Chief Finance Officer, OPFCC", "in_attendance"),
        att("Deborah Anstey", "Director for Delivery, OPFCC", "in_attendance"),
        att("Andrew Pellow", "Chief Constable, Nenwoldshire Police", "in_attendance"),
        att("Samantha Greaves", "Chief Fire Officer, Nenwoldshire Fire and Rescue Service",
            "in_attendance"),
        att("Dr Helen Marchant", "Associate Director for Mental Health, Nenwoldshire ICB",
            "in_attendance"),
        att("Liam Cotterell", "Combating Drugs Partnership Lead, West Nenwold Council",
            "in_attendance"),
        att("Councillor Brian Stoddart", None, "apologies"),
        att("Councillor Anne-Marie Kelso", None, "apologies"),
        att("Paul Hendry", "Democratic Services Manager", "in_attendance"),
        att("Amy Lockwood", "Democratic Services Officer", "in_attendance"),
        att("Rhiannon Dace", "Senior Lawyer", "in_attendance"),
    ],
}

REPORT_GOLD = {"document": REPORT_NAME, "doc_type": "report"}


# ---------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------
def norm(s):
    s = s.lower()
    s = "".join(" " if unicodedata.category(c).startswith("P") else c for c in s)
    return " ".join(s.split())


def norm_remove(s):
    s = s.lower()
    s = "".join("" if unicodedata.category(c).startswith("P") else c for c in s)
    return " ".join(s.split())


def doc_text(path):
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    raise ValueError(path)


def check():
    ok = True
    for gold_path in sorted(GOLD.glob("ni-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = DOCS / gold["document"]
        if not doc.exists():
            print(f"MISSING document {doc}")
            ok = False
            continue
        raw = doc_text(doc)
        texts = {"space": norm(raw), "remove": norm_remove(raw)}
        phrases = []
        for row in gold.get("questions", []):
            phrases.append(("question text", row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["answer"]))
        for row in gold.get("resolutions", []):
            phrases.append(("resolution", row["text"]))
        items = {i["number"] for i in gold.get("items", [])}
        for row in gold.get("questions", []) + gold.get("resolutions", []):
            if row["item"] not in items:
                print(f"{gold_path.name}: unknown item {row['item']}")
                ok = False
        for label, ph in phrases:
            n_words = len(norm(ph).split())
            if not 6 <= n_words <= 15:
                print(f"{gold_path.name}: {label} has {n_words} words: {ph!r}")
                ok = False
            for mode, text in texts.items():
                fn = norm if mode == "space" else norm_remove
                count = len(re.findall(r"(?<!\S)" + re.escape(fn(ph)) + r"(?!\S)", text))
                if count != 1:
                    print(f"{gold_path.name}: {label} found {count}x ({mode}): {ph!r}")
                    ok = False
        if gold["doc_type"] == "minutes":
            for a in gold["attendees"]:
                if norm(a["name"]) not in texts["space"]:
                    print(f"{gold_path.name}: attendee not found: {a['name']}")
                    ok = False
            if norm(gold["committee"]) not in texts["space"]:
                print(f"{gold_path.name}: committee not found")
                ok = False
        print(f"{gold_path.name}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    text, n_pages = render_minutes()
    (DOCS / MINUTES_NAME).write_text(text, encoding="utf-8")
    build_report(DOCS / REPORT_NAME)
    for gold in (MINUTES_GOLD, REPORT_GOLD):
        name = Path(gold["document"]).stem + ".json"
        (GOLD / name).write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    print(f"wrote {MINUTES_NAME} ({n_pages} pages), {REPORT_NAME} and their gold files")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    build()
