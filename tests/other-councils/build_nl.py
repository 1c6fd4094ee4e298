#!/usr/bin/env python3
"""Build the "nl-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_nl.py           build documents/nl-* and gold/nl-*.json
        build_nl.py --check   verify every gold phrase occurs once in its document
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

MINUTES_NAME = "nl-hopedale-improvement-scrutiny-health-2025-01-20.pdf"
NEWS_NAME = "nl-hopedale-news-bolsley-beds-consultation.html"

# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------

PREAMBLE = [
    ("heading_para",
     "MINUTES of a meeting of the **IMPROVEMENT AND SCRUTINY COMMITTEE - HEALTH** held at "
     "County Hall, Wirksby on Monday, 20 January 2025."),
    ("label", "PRESENT"),
    ("centre", "Councillor R Ashworth (in the Chair)"),
    ("para", "Councillors P Bramley, J Cotterill, S Dalby, G Fearn, L Makin and M Pickering."),
    ("para", "Councillor T Hollins attended as a substitute member for Councillor C Wragg."),
    ("para",
     "Also in attendance were Councillor V Thornhill (Cabinet Member - Health and "
     "Communities), Councillor K Ollerenshaw (Cabinet Member - Adult Care), J Ecclestone "
     "(Director of Public Health), D Lomas (Assistant Director - Adult Care Commissioning), "
     "M Sheldon (Improvement and Scrutiny Officer) and A Fenwick (Democratic Services "
     "Officer)."),
    ("para", "Apologies for absence were submitted for Councillors A Brindley and C Wragg."),
]

BODY = [
    # ------------------------------------------------------------------ 1/25
    ("minute", "1/25", "DECLARATIONS OF INTEREST"),
    ("para",
     "Councillor J Cotterill declared a personal interest in Minute No. 4/25 as an "
     "appointed governor of Chesterby Royal Hospital NHS Foundation Trust."),
    ("para",
     "Councillor L Makin declared a personal interest in Minute No. 6/25 as a close "
     "family member was employed at a dental practice in the county."),
    # ------------------------------------------------------------------ 2/25
    ("minute", "2/25", "MINUTES"),
    ("para",
     "**RESOLVED** that the minutes of the meeting of the Improvement and Scrutiny "
     "Committee - Health held on 18 November 2024 be confirmed as a correct record and "
     "signed by the Chairman."),
    # ------------------------------------------------------------------ 3/25
    ("minute", "3/25", "PUBLIC QUESTIONS"),
    ("para",
     "One question had been received from a member of the public under the Council's "
     "procedure for questions at meetings of Improvement and Scrutiny Committees."),
    ("subhead", "Question from Mr G Beresford, Bolsley"),
    ("quote",
     "\u201cThe Minor Injuries Unit at Bolsley Hospital has been closed overnight since "
     "July 2024, which the ICB described at the time as a temporary measure. What "
     "assessment has been made of the extra journeys to Chesterby Royal Hospital, "
     "particularly for older residents without a car, and will the Committee ask for that "
     "assessment to be made public?\u201d"),
    ("subhead", "Response"),
    ("para",
     "The Chairman read out the following response, which had been prepared with the "
     "assistance of NHS Hopedale Integrated Care Board:"),
    ("quote",
     "\u201cThe overnight closure of the Minor Injuries Unit was introduced because the "
     "unit could not be staffed safely between 10.00pm and 8.00am. The ICB has completed "
     "a travel impact assessment, which showed that on average nine patients a night had "
     "previously used the unit. The ICB has confirmed that the assessment will be "
     "published on its website by the end of February 2025 and the Committee will "
     "receive a summary as part of its next update on urgent and emergency care.\u201d"),
    ("para",
     "Mr Beresford asked a supplementary question as to whether the overnight closure "
     "would be reviewed before next winter. The Chairman undertook to put the question to "
     "the ICB and to ask that a written reply be sent to Mr Beresford."),
    # ------------------------------------------------------------------ 4/25
    ("minute", "4/25", "URGENT AND EMERGENCY CARE - WINTER 2024/25"),
    ("para",
     "Dr A Mistry, Chief Medical Officer, NHS Hopedale Integrated Care Board (ICB), and "
     "Ms H Rowbotham, Director of Operations, Chesterby Royal Hospital NHS Foundation "
     "Trust, attended the meeting and gave a presentation on the performance of the urgent "
     "and emergency care system in Hopedale over the winter period to date. The "
     "presentation had been circulated to Members in advance of the meeting and covered:"),
    ("bullets", [
        "attendances at the Emergency Departments at Chesterby Royal Hospital and Hopedale "
        "Royal Infirmary, which had been 9% higher in December 2024 than in December 2023;",
        "ambulance handover times, with an average handover at Chesterby of 58 minutes "
        "against the national standard of 15 minutes;",
        "four-hour performance at the two Trusts, which had been 66.2% and 71.8% "
        "respectively in December;",
        "the number of patients in acute beds who no longer met the criteria to reside, "
        "which had averaged 164 across the county in December;",
        "the expansion of the virtual ward programme to 120 beds; and",
        "the flu, COVID-19 and RSV vaccination campaigns, including uptake among health "
        "and care staff.",
    ]),
    ("para",
     "Councillor S Dalby asked why ambulance handover times at Chesterby Royal Hospital "
     "were consistently longer than at Hopedale Royal Infirmary. Ms Rowbotham explained "
     "that the Emergency Department at Chesterby had been built for around 55,000 "
     "attendances a year and now saw almost 90,000, and that the new same day emergency "
     "care unit, which was due to open in April 2025, would release eight cubicles in the "
     "main department. She added that the Trust had agreed a \u201crelease to respond\u201d "
     "protocol with Midshires Ambulance Service NHS Trust under which no crew should wait "
     "longer than 45 minutes to hand over a patient, and that this had reduced the longest "
     "waits considerably since its introduction in November."),
    ("para",
     "Concern was expressed by several Members that patients in the north of the county "
     "who were unable to obtain an appointment with their GP practice were being directed "
     "to NHS 111, only to be advised by NHS 111 to contact their practice again. Dr Mistry "
     "acknowledged that this had been raised through Healthwatch Hopedale and explained that "
     "the ICB was piloting direct booking from NHS 111 into practice appointments in the "
     "High Moors Primary Care Network from February 2025, with a view to extending it "
     "across the county if it proved successful."),
    ("para",
     "In response to a question from Councillor Fearn about the number of people waiting "
     "in hospital for a package of care, the Cabinet Member for Adult Care stated that the "
     "figure had fallen from 61 to 38 between October and December, largely as a result of "
     "the Council\u2019s short-term home care \u201cbridging\u201d service, but that the position "
     "in the Chesterby area remained difficult because of a shortage of care workers."),
    ("para",
     "Councillor M Pickering asked whether the virtual ward beds were being used to full "
     "capacity, as he had been told that many of them were empty. Dr Mistry confirmed that "
     "occupancy had averaged 71% in December, which was above the regional average, and "
     "that the aim was to reach 80% by the end of March by accepting more referrals "
     "directly from ambulance crews and care homes."),
    ("para",
     "Councillor P Bramley commented that uptake of the flu vaccination among frontline "
     "health and care staff was disappointing, at under 40% in both acute trusts, and "
     "considered that the NHS should be doing more to encourage its staff to be vaccinated."),
    ("para",
     "Councillor L Makin requested that future reports should give figures for each "
     "hospital site rather than for Hopedale as a whole, as county-wide averages masked the "
     "pressures at Chesterby. Dr Mistry agreed that this would be provided."),
    ("para",
     "The Chairman thanked Dr Mistry and Ms Rowbotham for their attendance and asked that "
     "the Committee\u2019s thanks be passed on to NHS and Council staff for their work over "
     "what had been an extremely difficult period."),
    ("resolved", "**RESOLVED** to", [
        "note the update on urgent and emergency care over winter 2024/25; and",
        "request that a further report, with performance figures for each acute hospital "
        "site, be presented to the Committee in July 2025.",
    ]),
    # ------------------------------------------------------------------ 5/25
    ("minute", "5/25",
     "PROPOSED CONSOLIDATION OF COMMUNITY INPATIENT BEDS - BOLSLEY HOSPITAL AND GLOSSFORD "
     "COMMUNITY HOSPITAL"),
    ("para",
     "Mr N Bagshaw, Director of Operations, Hopedale Community Health Services NHS "
     "Foundation Trust (HCHS), introduced a report which set out proposals to close the "
     "16-bed inpatient ward at Bolsley Hospital and to transfer its beds to a new 24-bed "
     "ward at Glossford Community Hospital, which had been refurbished with national "
     "capital funding. The Trust had carried out pre-consultation engagement between "
     "September and November 2024, including four drop-in sessions and an online survey "
     "which had received 412 responses. The Committee was asked to consider whether the "
     "proposals amounted to a substantial variation in the provision of health services, "
     "in which case the Trust would be required to consult the Committee formally under "
     "the health scrutiny regulations."),
    ("para", "Members raised the following points:"),
    ("bullets", [
        "the distance between Bolsley and Glossford, which was 14 miles, and the absence of "
        "a direct bus service between the two towns, which would make visiting very "
        "difficult for elderly spouses and relatives. Mr Bagshaw advised that the Trust was "
        "in discussion with the Council\u2019s Public Transport Unit and a community transport "
        "provider about a subsidised minibus service for visitors;",
        "whether the 412 survey responses could be regarded as representative, given that "
        "Bolsley had a population of over 20,000. Mr Bagshaw accepted that the response had "
        "been modest and said that the formal consultation would include targeted "
        "engagement with older people and with patients discharged from the ward in the "
        "previous year;",
        "the staffing position at Bolsley, where it was understood that a large proportion "
        "of the nursing shifts were being filled by agency staff. It was confirmed that 41% "
        "of registered nurse shifts on the ward had been filled by bank or agency staff in "
        "the last quarter, and that consolidation would allow the Trust to staff the new "
        "ward with permanent teams;",
        "the future use of the Bolsley Hospital site, and whether the Minor Injuries Unit "
        "would remain there in the longer term; and",
        "the importance of the Committee being able to see the consultation materials "
        "before they were finalised, so that Members could satisfy themselves that the "
        "options were presented fairly.",
    ]),
    ("para",
     "The Improvement and Scrutiny Officer advised that, if the Committee determined that "
     "the proposals amounted to a substantial variation, the Trust would be required to "
     "consult the Committee alongside the public consultation, and that the Committee "
     "would have the power to refer the proposals to the Secretary of State if it "
     "considered that the consultation had been inadequate or that the proposals would not "
     "be in the interests of the health service in Hopedale."),
    ("para",
     "Councillor T Hollins moved, and Councillor S Dalby seconded, an amendment that the "
     "Committee oppose the closure of the inpatient ward at Bolsley Hospital outright. On "
     "being put to the vote the amendment was lost."),
    ("resolved", "**RESOLVED** that the Committee", [
        "determines that the proposed consolidation of community inpatient beds at "
        "Glossford Community Hospital constitutes a substantial variation in the provision "
        "of health services in Hopedale;",
        "requests that HCHS and the ICB undertake a full public consultation on the "
        "proposals lasting not less than twelve weeks; and",
        "asks that the draft consultation document be shared with Members of the Committee "
        "before it is published.",
    ]),
    # ------------------------------------------------------------------ 6/25
    ("minute", "6/25", "ACCESS TO NHS DENTAL SERVICES"),
    ("para",
     "Ms P Allsop, Head of Primary Care Commissioning, NHS Hopedale ICB, presented a report "
     "on access to NHS dental services in the county. The ICB had been responsible for "
     "commissioning dental services since April 2023. There were 94 practices in Hopedale "
     "holding NHS contracts, compared with 103 in 2019, and seven contracts had been handed "
     "back in the last 18 months. The report described the measures taken under the "
     "national dental recovery plan, the ICB\u2019s urgent dental care sessions, which "
     "provided around 1,100 appointments a month, and the flexible commissioning scheme "
     "under which practices were paid to see patients with the greatest need. Mr D "
     "Froggatt, Chief Executive of Healthwatch Hopedale, then summarised the findings of "
     "Healthwatch\u2019s recent survey, in which 58% of the 1,206 respondents who had tried "
     "to find an NHS dentist in the previous year had been unable to do so."),
    ("para",
     "A Member asked what had happened to the patients of the practices that had handed "
     "back their contracts. Ms Allsop explained that patients were not registered with a "
     "dental practice in the way that they were with a GP practice, and that when a "
     "contract was handed back the ICB sought to re-procure the activity as quickly as "
     "possible; five of the seven contracts had been re-procured, although in two cases "
     "the new provider was in a different town."),
    ("para",
     "Councillor J Cotterill asked whether the ICB had considered commissioning dental "
     "services directly, for example through an expanded salaried service, given that the "
     "national contract was widely regarded as the cause of the problem. Ms Allsop said "
     "that the Hopedale Community Dental Service already provided care for patients with "
     "additional needs and that the ICB was exploring whether its role could be widened, "
     "but that any significant change would require additional funding which was not "
     "currently available."),
    ("para",
     "Concerns were expressed about children\u2019s oral health, and in particular the "
     "number of children admitted to hospital for tooth extractions under general "
     "anaesthetic. The Director of Public Health reported that the rate in Hopedale was "
     "below the England average but that there was a three-fold difference between the "
     "most and least deprived wards, and that the supervised toothbrushing programme was "
     "being extended to a further 60 nursery and reception classes from April 2025."),
    ("para",
     "Councillor T Hollins sought clarification on whether the \u201cnew patient premium\u201d "
     "introduced under the national dental recovery plan had led to more new patients "
     "being seen. Ms Allsop replied that it had been claimed for around 6,900 patients in "
     "Hopedale in the first nine months of the scheme, but that it was not possible to "
     "say how many of those patients would otherwise not have been seen."),
    ("para",
     "Councillor S Dalby asked that Healthwatch Hopedale\u2019s survey findings be shared "
     "with all county councillors and with the county\u2019s MPs. Mr Froggatt confirmed "
     "that the full report would be published on 31 January and that he would ensure that "
     "it was circulated."),
    ("para",
     "The Committee noted the report and thanked Ms Allsop and Mr Froggatt for attending."),
    # ------------------------------------------------------------------ 7/25
    ("minute", "7/25", "HOSPITAL DISCHARGE AND HOME CARE CAPACITY"),
    ("para",
     "Councillor K Ollerenshaw, Cabinet Member for Adult Care, and Mr D Lomas, Assistant "
     "Director - Adult Care Commissioning, presented a report on the arrangements for "
     "supporting people to leave hospital and on the capacity of the home care market. "
     "The report set out the operation of the \u201cdischarge to assess\u201d model, the use "
     "of the Better Care Fund, the home care framework under which 38 independent "
     "providers were contracted by the Council, the hourly rate of \u00a322.84 paid to "
     "framework providers from April 2024, and the work being undertaken with providers on "
     "recruitment and retention, including international recruitment."),
    ("para",
     "Councillor G Fearn asked how many home care hours were currently being commissioned "
     "from private providers compared with the Council\u2019s own in-house service. Mr Lomas "
     "explained that independent providers delivered around 29,000 hours a week and the "
     "in-house reablement service around 3,400 hours, and that the Council intended to "
     "expand the in-house service by 20% over the next two years to provide more "
     "short-term support for people leaving hospital."),
    ("para",
     "Councillor J Cotterill expressed concern that care workers employed by some "
     "providers were still not being paid for the time spent travelling between visits, "
     "and asked whether the Council checked this when monitoring its contracts. The "
     "Cabinet Member for Adult Care confirmed that payment for travel time was a condition "
     "of the home care framework and that the Council\u2019s contract monitoring officers "
     "reviewed a sample of timesheets at every quality visit; two providers had been issued "
     "with improvement notices in the past year."),
    ("para",
     "Councillor T Hollins questioned the reliance on short-term Government grants such as "
     "the Discharge Fund, and asked what would happen to the bridging service if the "
     "funding was not continued beyond March 2025. Mr Lomas said that the 2025/26 "
     "allocation had not yet been confirmed and that the service would be considered as "
     "part of the Council\u2019s budget setting in February."),
    ("para",
     "A Member commented that families were often not told early enough that their "
     "relative would be discharged to a care home outside the county, and that this had "
     "caused considerable distress in a number of cases known to Members. The Assistant "
     "Director acknowledged that communication with families had not always been good "
     "enough and said that a new discharge information leaflet had been co-produced with "
     "carers and would be in use from March."),
    ("para",
     "**RESOLVED** to note the report on hospital discharge and home care capacity."),
    # ------------------------------------------------------------------ 8/25
    ("minute", "8/25", "WORK PROGRAMME 2024/25"),
    ("para",
     "The Improvement and Scrutiny Officer presented the Committee\u2019s work programme for "
     "the remainder of the 2024/25 municipal year and invited Members to suggest further "
     "topics for consideration."),
    ("para",
     "Councillor T Hollins requested that the Committee receive a report on mental health "
     "crisis services for adults, including the Crisis Caf\u00e9 in Chesterby and waiting "
     "times for Mental Health Act assessments. The Improvement and Scrutiny Officer advised "
     "that the ICB had already offered to report on crisis services in the autumn, and that "
     "this would be added to the programme."),
    ("para",
     "Councillor S Dalby suggested that a working group be established to look at access "
     "to GP appointments in rural parts of the county. It was noted that the membership of "
     "the Committee would change following the county council elections in May 2025 and "
     "that the suggestion would be passed to the new Committee."),
    ("resolved", "**RESOLVED** to", [
        "note the work programme; and",
        "include a report on adult mental health crisis services at the Committee\u2019s "
        "meeting in September 2025.",
    ]),
    ("para", "The meeting finished at 12.52pm."),
]


def build_minutes_pdf(path: Path) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Arial2", "", 9)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Minutes(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 1, 27, 9, 30, tzinfo=dt.timezone.utc))
    pdf.set_title("Minutes - Improvement and Scrutiny Committee - Health - 20 January 2025")
    pdf.set_author("Democratic Services")
    pdf.add_font("Arial2", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("Arial2", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    X_NUM, X_TEXT = 20, 40
    W_TEXT = 190 - X_TEXT
    LH = 5.2

    def text(s, x=X_TEXT, w=None, bold=False, align="J", size=10.5):
        pdf.set_font("Arial2", "B" if bold else "", size)
        pdf.set_x(x)
        pdf.multi_cell(w or (190 - x), LH, s, align=align, markdown=True,
                       new_x="LMARGIN", new_y="NEXT")

    # "PUBLIC" protective marking, top right of the first page only
    pdf.set_font("Arial2", "B", 11)
    pdf.set_xy(150, 12)
    pdf.cell(40, 6, "PUBLIC", align="R")
    pdf.set_y(24)

    for kind, *rest in PREAMBLE:
        if kind == "heading_para":
            text(rest[0], x=20, align="L", size=11)
            pdf.ln(4)
        elif kind == "label":
            pdf.set_font("Arial2", "B", 10.5)
            pdf.set_x(20)
            pdf.cell(0, 6, rest[0], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "centre":
            pdf.set_font("Arial2", "", 10.5)
            pdf.cell(0, 6, rest[0], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "para":
            text(rest[0], x=20)
            pdf.ln(3)

    for kind, *rest in BODY:
        if kind == "minute":
            num, title = rest
            pdf.ln(2)
            if pdf.get_y() > 255:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("Arial2", "B", 10.5)
            pdf.set_xy(X_NUM, y)
            pdf.cell(X_TEXT - X_NUM, LH, num)
            pdf.set_xy(X_TEXT, y)
            pdf.multi_cell(W_TEXT, LH, title, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "para":
            text(rest[0])
            pdf.ln(3)
        elif kind == "subhead":
            text(rest[0], bold=True, align="L")
            pdf.ln(1.5)
        elif kind == "quote":
            text(rest[0], x=X_TEXT + 8, w=W_TEXT - 16)
            pdf.ln(3)
        elif kind == "bullets":
            for b in rest[0]:
                y = pdf.get_y()
                if y > 262:
                    pdf.add_page()
                    y = pdf.get_y()
                pdf.set_font("Arial2", "", 10.5)
                pdf.set_xy(X_TEXT + 2, y)
                pdf.cell(6, LH, "\u2022")
                text(b, x=X_TEXT + 8)
                pdf.ln(1.5)
            pdf.ln(1.5)
        elif kind == "resolved":
            lead, clauses = rest
            if pdf.get_y() > 250:
                pdf.add_page()
            text(lead, align="L")
            pdf.ln(2)
            for i, c in enumerate(clauses, 1):
                y = pdf.get_y()
                pdf.set_font("Arial2", "", 10.5)
                pdf.set_xy(X_TEXT, y)
                pdf.cell(10, LH, f"({i})")
                text(c, x=X_TEXT + 10)
                pdf.ln(2)
            pdf.ln(1)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# The document that is not minutes: a news release on the council's website
# ---------------------------------------------------------------------------

NEWS_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Councillors call for full consultation on Bolsley hospital beds - Hopedale County Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/site.min.css">
</head>
<body class="page-news">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/static/img/hopedale-logo.svg" alt="Hopedale County Council"></a>
    <form class="site-search" action="/search" method="get">
      <label for="q" class="visually-hidden">Search</label>
      <input id="q" name="q" type="search" placeholder="Search this site">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/social-health/">Social care and health</a></li>
      <li><a href="/education/">Schools and learning</a></li>
      <li><a href="/transport-roads/">Roads, travel and parking</a></li>
      <li><a href="/council/">Council, government and democracy</a></li>
      <li><a href="/news/">News</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs container">
  <a href="/">Home</a> &gt; <a href="/news/">News</a> &gt; <span>Councillors call for full consultation on Bolsley hospital beds</span>
</div>
<main id="main" class="container">
  <article class="news-article">
    <h1>Councillors call for full consultation on Bolsley hospital beds</h1>
    <p class="meta">Published: 21 January 2025 <span class="tag">Health</span> <span class="tag">Council and democracy</span></p>
    <figure>
      <img src="/media/news/2025/bolsley-hospital.jpg" alt="The entrance to Bolsley Hospital">
      <figcaption>Bolsley Hospital, where the 16-bed inpatient ward is proposed to close</figcaption>
    </figure>
    <p class="lead">Plans to move community hospital beds from Bolsley to Glossford should go out to a full
    public consultation before any decision is made, county councillors have said.</p>
    <p>Members of the county council&rsquo;s Improvement and Scrutiny Committee &ndash; Health met at
    County Hall in Wirksby on Monday (20 January) to hear from Hopedale Community Health Services NHS
    Foundation Trust about its proposal to close the inpatient ward at Bolsley Hospital and open a larger,
    24-bed ward at the newly refurbished Glossford Community Hospital.</p>
    <p>After questioning NHS managers about travel for visitors, staffing on the ward and how many people
    had taken part in early engagement, the committee decided that the proposal was a &ldquo;substantial
    variation&rdquo; to local health services. This means the NHS must now hold a formal consultation of
    at least twelve weeks and consult the committee as part of it.</p>
    <p>Committee Chairman Councillor Rachel Ashworth said:</p>
    <blockquote>
      <p>&ldquo;People in Bolsley care deeply about their hospital and they deserve to have their say.
      We asked some searching questions today &ndash; how would an 80-year-old get to Glossford to visit
      their husband or wife without a car? Why had only 412 people responded so far? &ndash; and we were
      not convinced that these had been fully answered yet. That is exactly what a consultation is for.&rdquo;</p>
    </blockquote>
    <p>The trust told councillors it was talking to the county council&rsquo;s Public Transport Unit
    about a minibus for visitors, and that the new ward would allow it to rely less on agency nurses.</p>
    <p>Councillors also heard how local hospitals and the county council&rsquo;s adult care service
    have been coping this winter, and about the difficulties many residents face in finding an NHS dentist.</p>

    <h2>Your questions answered</h2>
    <div class="accordion">
      <h3>Is Bolsley Hospital closing?</h3>
      <p>No. The proposal is about the inpatient ward only. Outpatient clinics and the Minor Injuries Unit
      (open 8am to 10pm) are not part of the proposal.</p>
      <h3>Has a decision already been made?</h3>
      <p>No decision has been made. The NHS will decide after the consultation has ended and it has
      considered what people have said. The county council does not make the decision but can refer it
      to the Secretary of State if it is not satisfied.</p>
      <h3>When will the consultation start?</h3>
      <p>The NHS expects to start the consultation in the spring. Councillors have asked to see the
      consultation document before it is published.</p>
      <h3>How can I have my say now?</h3>
      <p>You can email the trust at <a href="mailto:engagement@hchs.example.nhs.uk">engagement@hchs.example.nhs.uk</a>
      or contact Healthwatch Hopedale on 0300 555 0147.</p>
    </div>

    <h2>Watch the meeting</h2>
    <p>A recording of the meeting is available on our <a href="/council/webcasts/">webcasting page</a>.
    The agenda and reports are on the <a href="/council/meetings/">committee meetings pages</a>, and the
    minutes will be published once they have been approved.</p>

    <h2>Notes to editors</h2>
    <ul>
      <li>The Improvement and Scrutiny Committee &ndash; Health reviews health services in the county on
      behalf of residents. It has nine county councillors.</li>
      <li>For media enquiries contact the press office on 01629 555 200 or
      <a href="mailto:press@hopedale.example.gov.uk">press@hopedale.example.gov.uk</a>.</li>
    </ul>
  </article>
  <aside class="related">
    <h2>Related news</h2>
    <ul>
      <li><a href="/news/2025/01/winter-vaccines-care-staff/">Care staff urged to get their winter vaccines</a></li>
      <li><a href="/news/2024/12/home-care-bridging-service/">Home care bridging service helps 400 people home from hospital</a></li>
      <li><a href="/news/2024/11/budget-consultation-2025-26/">Budget consultation 2025-26: your views wanted</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <div class="container">
    <ul>
      <li><a href="/accessibility/">Accessibility</a></li>
      <li><a href="/privacy/">Privacy and cookies</a></li>
      <li><a href="/contact/">Contact us</a></li>
    </ul>
    <p>&copy; Hopedale County Council, County Hall, Wirksby</p>
  </div>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


def a(name, role, attendance):
    return {"name": name, "role": role, "attendance": attendance}


MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Improvement and Scrutiny Committee - Health",
    "meeting_date": "2025-01-20",
    "items": [
        {"number": "1/25", "title": "DECLARATIONS OF INTEREST"},
        {"number": "2/25", "title": "MINUTES"},
        {"number": "3/25", "title": "PUBLIC QUESTIONS"},
        {"number": "4/25", "title": "URGENT AND EMERGENCY CARE - WINTER 2024/25"},
        {"number": "5/25", "title": "PROPOSED CONSOLIDATION OF COMMUNITY INPATIENT BEDS - "
                                   "BOLSLEY HOSPITAL AND GLOSSFORD COMMUNITY HOSPITAL"},
        {"number": "6/25", "title": "ACCESS TO NHS DENTAL SERVICES"},
        {"number": "7/25", "title": "HOSPITAL DISCHARGE AND HOME CARE CAPACITY"},
        {"number": "8/25", "title": "WORK PROGRAMME 2024/25"},
    ],
    "questions": [
        # 3/25 public question and supplementary
        q("3/25", "question",
          "What assessment has been made of the extra journeys to Chesterby Royal Hospital",
          "Mr G Beresford",
          "The ICB has completed a travel impact assessment",
          "The Chairman", ["patient-and-public-input"]),
        q("3/25", "question",
          "whether the overnight closure would be reviewed before next winter",
          "Mr Beresford", None, None, ["patient-and-public-input"]),
        # 4/25 urgent and emergency care
        q("4/25", "question",
          "ambulance handover times at Chesterby Royal Hospital were consistently longer",
          "Councillor S Dalby",
          "would release eight cubicles in the main department",
          "Ms Rowbotham", []),
        q("4/25", "concern",
          "patients in the north of the county who were unable to obtain",
          None,
          "the ICB was piloting direct booking from NHS 111 into practice appointments",
          "Dr Mistry", ["primary-care"]),
        q("4/25", "question",
          "the number of people waiting in hospital for a package of care",
          "Councillor Fearn",
          "figure had fallen from 61 to 38 between October and December",
          "the Cabinet Member for Adult Care", ["adult-social-care"]),
        q("4/25", "question",
          "whether the virtual ward beds were being used to full capacity",
          "Councillor M Pickering",
          "occupancy had averaged 71% in December, which was above the regional average",
          "Dr Mistry", []),
        q("4/25", "comment",
          "uptake of the flu vaccination among frontline health and care staff was disappointing",
          "Councillor P Bramley", None, None, ["public-health", "workforce"]),
        q("4/25", "request",
          "future reports should give figures for each hospital site rather than",
          "Councillor L Makin",
          "Dr Mistry agreed that this would be provided",
          "Dr Mistry", []),
        # 5/25 community inpatient beds
        q("5/25", "concern",
          "the absence of a direct bus service between the two towns",
          None,
          "the Trust was in discussion with the Council's Public Transport Unit",
          "Mr Bagshaw", []),
        q("5/25", "question",
          "whether the 412 survey responses could be regarded as representative",
          None,
          "the formal consultation would include targeted engagement with older people",
          "Mr Bagshaw", ["patient-and-public-input"]),
        q("5/25", "concern",
          "a large proportion of the nursing shifts were being filled by agency staff",
          None,
          "41% of registered nurse shifts on the ward had been filled",
          None, ["workforce"]),
        q("5/25", "question",
          "the future use of the Bolsley Hospital site, and whether",
          None, None, None, []),
        q("5/25", "request",
          "being able to see the consultation materials before they were finalised",
          None, None, None, ["patient-and-public-input"]),
        # 6/25 dental services
        q("6/25", "question",
          "asked what had happened to the patients of the practices",
          None,
          "the ICB sought to re-procure the activity as quickly as possible",
          "Ms Allsop", ["primary-care", "subcontracting"]),
        q("6/25", "question",
          "whether the ICB had considered commissioning dental services directly",
          "Councillor J Cotterill",
          "any significant change would require additional funding which was not currently available",
          "Ms Allsop", ["primary-care", "subcontracting"]),
        q("6/25", "concern",
          "number of children admitted to hospital for tooth extractions under general anaesthetic",
          None,
          "the supervised toothbrushing programme was being extended to a further 60 nursery",
          "The Director of Public Health",
          ["primary-care", "children-and-families", "public-health"]),
        q("6/25", "question",
          "introduced under the national dental recovery plan had led to more new patients",
          "Councillor T Hollins",
          "it was not possible to say how many of those patients",
          "Ms Allsop", ["primary-care"]),
        q("6/25", "request",
          "survey findings be shared with all county councillors and with the county's MPs",
          "Councillor S Dalby",
          "the full report would be published on 31 January",
          "Mr Froggatt", ["patient-and-public-input"]),
        # 7/25 hospital discharge and home care
        q("7/25", "question",
          "home care hours were currently being commissioned from private providers",
          "Councillor G Fearn",
          "the Council intended to expand the in-house service by 20%",
          "Mr Lomas",
          ["adult-social-care", "privatisation", "subcontracting"]),
        q("7/25", "concern",
          "still not being paid for the time spent travelling between visits",
          "Councillor J Cotterill",
          "payment for travel time was a condition of the home care framework",
          "The Cabinet Member for Adult Care",
          ["adult-social-care", "workforce", "subcontracting"]),
        q("7/25", "question",
          "what would happen to the bridging service if the funding was not continued",
          "Councillor T Hollins",
          "the 2025/26 allocation had not yet been confirmed",
          "Mr Lomas", ["adult-social-care", "finance", "integration"]),
        q("7/25", "comment",
          "families were often not told early enough that their relative would be discharged",
          None,
          "a new discharge information leaflet had been co-produced with carers",
          "The Assistant Director",
          ["adult-social-care", "patient-and-public-input"]),
        # 8/25 work programme
        q("8/25", "request",
          "receive a report on mental health crisis services for adults",
          "Councillor T Hollins",
          "the ICB had already offered to report on crisis services in the autumn",
          "The Improvement and Scrutiny Officer", ["mental-health"]),
        q("8/25", "request",
          "suggested that a working group be established to look at",
          "Councillor S Dalby",
          "the suggestion would be passed to the new Committee",
          None, ["primary-care"]),
    ],
    "resolutions": [
        r("2/25", "be confirmed as a correct record and signed by the Chairman",
          "agreed", []),
        r("4/25", "note the update on urgent and emergency care over winter 2024/25",
          "agreed", []),
        r("5/25", "On being put to the vote the amendment was lost",
          "rejected", []),
        r("5/25",
          "constitutes a substantial variation in the provision of health services in Hopedale",
          "agreed", ["governance", "patient-and-public-input"]),
        r("6/25", "The Committee noted the report and thanked Ms Allsop and Mr Froggatt",
          "noted", ["primary-care"]),
        r("7/25", "note the report on hospital discharge and home care capacity",
          "noted", ["adult-social-care"]),
        r("8/25", "include a report on adult mental health crisis services at the",
          "agreed", ["mental-health"]),
    ],
    "attendees": [
        a("Councillor R Ashworth", "in the Chair", "present"),
        a("Councillor P Bramley", None, "present"),
        a("Councillor J Cotterill", None, "present"),
        a("Councillor S Dalby", None, "present"),
        a("Councillor G Fearn", None, "present"),
        a("Councillor L Makin", None, "present"),
        a("Councillor M Pickering", None, "present"),
        a("Councillor T Hollins", "substitute member", "present"),
        a("Councillor V Thornhill", "Cabinet Member - Health and Communities", "in_attendance"),
        a("Councillor K Ollerenshaw", "Cabinet Member - Adult Care", "in_attendance"),
        a("J Ecclestone", "Director of Public Health", "in_attendance"),
        a("D Lomas", "Assistant Director - Adult Care Commissioning", "in_attendance"),
        a("M Sheldon", "Improvement and Scrutiny Officer", "in_attendance"),
        a("A Fenwick", "Democratic Services Officer", "in_attendance"),
        a("Councillor A Brindley", None, "apologies"),
        a("Councillor C Wragg", None, "apologies"),
    ],
}

NEWS_GOLD = {"document": NEWS_NAME, "doc_type": "news"}


# ---------------------------------------------------------------------------

def gold_path(doc_name: str) -> Path:
    return GOLD / (Path(doc_name).stem + ".json")


def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    build_minutes_pdf(DOCS / MINUTES_NAME)
    (DOCS / NEWS_NAME).write_text(NEWS_HTML, encoding="utf-8")
    for g in (MINUTES_GOLD, NEWS_GOLD):
        gold_path(g["document"]).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / NEWS_NAME}")


def norm(s: str) -> str:
    s = s.lower()
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P"))
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if path.suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")
    return path.read_text(encoding="utf-8")


def check() -> int:
    failures = 0
    for g in (MINUTES_GOLD, NEWS_GOLD):
        path = DOCS / g["document"]
        if not path.exists():
            print(f"MISSING {path}")
            failures += 1
            continue
        text = norm(doc_text(path))
        items = {i["number"] for i in g.get("items", [])}
        phrases = []
        for row in g.get("questions", []):
            phrases.append(("question", row["item"], row["text"]))
            if row["answer"] is not None:
                phrases.append(("answer", row["item"], row["answer"]))
        for row in g.get("resolutions", []):
            phrases.append(("resolution", row["item"], row["text"]))
        for kind, item, phrase in phrases:
            n = text.count(norm(phrase))
            words = len(norm(phrase).split())
            bad = []
            if n != 1:
                bad.append(f"occurs {n} times")
            if not 6 <= words <= 15:
                bad.append(f"{words} words")
            if item not in items:
                bad.append(f"unknown item {item}")
            if bad:
                failures += 1
                print(f"FAIL {g['document']} {kind} [{item}] {phrase!r}: {', '.join(bad)}")
        print(f"{g['document']}: {len(phrases)} phrases checked")
    print("OK" if not failures else f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
