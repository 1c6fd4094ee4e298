#!/usr/bin/env python3
"""Build the "qj-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_qj.py           build documents/qj-* and gold/qj-*.json
        build_qj.py --check   verify every gold phrase occurs once in its document

The council, its places, people, providers and figures are invented.
"""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"

MINUTES_NAME = "qj-brendle-tarnwick-health-social-care-scrutiny-commission-2025-11-19.html"
FAQ_NAME = "qj-brendle-tarnwick-care-at-home-changes-faq.html"

COUNCIL = "Brendle &amp; Tarnwick Council"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


# ---------------------------------------------------------------------------
# Page furniture shared by both pages (a modern council CMS)
# ---------------------------------------------------------------------------

def page(title: str, breadcrumb: list[str], main: str, updated: str) -> str:
    crumbs = "\n".join(
        f'          <li class="breadcrumb__item"><a href="#">{esc(c)}</a></li>'
        for c in breadcrumb)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)} | {COUNCIL}</title>
  <link rel="stylesheet" href="/themes/custom/bandt/css/main.css">
  <link rel="icon" href="/themes/custom/bandt/favicon.ico">
</head>
<body class="path-node page-node-type-localgov-page">
  <a href="#main-content" class="skip-link">Skip to main content</a>
  <div class="cookie-banner" role="region" aria-label="Cookies on this website">
    <p>We use some essential cookies to make this website work. We would also like to set
    analytics cookies to help us improve it.</p>
    <button type="button">Accept analytics cookies</button>
    <button type="button">Reject analytics cookies</button>
    <a href="#">View cookies</a>
  </div>
  <header class="site-header" role="banner">
    <div class="site-header__inner">
      <a href="#" class="site-header__logo"><img src="/themes/custom/bandt/logo.svg"
         alt="{COUNCIL} home page" width="180" height="56"></a>
      <form class="site-search" role="search" action="#">
        <label for="site-search" class="visually-hidden">Search this site</label>
        <input type="search" id="site-search" name="q" placeholder="Search">
        <button type="submit">Search</button>
      </form>
      <a href="#" class="site-header__account">My Account</a>
    </div>
    <nav class="main-menu" aria-label="Main">
      <ul>
        <li><a href="#">Bins, waste and recycling</a></li>
        <li><a href="#">Council Tax</a></li>
        <li><a href="#">Adult social care</a></li>
        <li><a href="#">Children and families</a></li>
        <li><a href="#">Housing</a></li>
        <li><a href="#">Planning and building control</a></li>
        <li><a href="#">Council and democracy</a></li>
      </ul>
    </nav>
  </header>
  <div class="breadcrumb-wrapper">
    <nav aria-label="Breadcrumb">
      <ol class="breadcrumb">
{crumbs}
      </ol>
    </nav>
  </div>
  <main id="main-content" class="main-content">
{main}
    <section class="page-feedback" aria-label="Page feedback">
      <h2 class="page-feedback__title">Was this page helpful?</h2>
      <button type="button">Yes</button> <button type="button">No</button>
      <p class="page-feedback__report"><a href="#">Report a problem with this page</a></p>
    </section>
    <p class="last-updated">Last updated: {esc(updated)}</p>
  </main>
  <footer class="site-footer" role="contentinfo">
    <ul class="site-footer__links">
      <li><a href="#">Contact us</a></li>
      <li><a href="#">Accessibility statement</a></li>
      <li><a href="#">Privacy and cookies</a></li>
      <li><a href="#">Freedom of information</a></li>
      <li><a href="#">Jobs and careers</a></li>
      <li><a href="#">Sign up for email updates</a></li>
    </ul>
    <p class="site-footer__address">{COUNCIL}, Kestrel House, Market Square, Brendle, BK3 9RW</p>
    <p class="site-footer__copyright">&copy; {COUNCIL} 2025</p>
  </footer>
  <script src="/themes/custom/bandt/js/accordion.js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------
# Each item is (number, title, blocks). Blocks:
#   ("p", text)                         a paragraph
#   ("ul", [text, ...])                 a bulleted list
#   ("dec", label, text)                a decision paragraph with a bold label
#   ("decl", label, intro, [clauses])   a decision with lettered clauses
#   ("raw", markup)                     kept as written

ITEMS = [
    ("HSC-30", "Apologies for Absence", [
        ("p", "Apologies for absence were received from Councillors B Ollerenshaw and "
              "C J Penhaligon."),
    ]),
    ("HSC-31", "Declarations of Interest", [
        ("p", "Councillor T Hollings declared an other registerable interest in minute HSC-34, "
              "Care at Home Re-commissioning, as a trustee of Brendle Carers' Centre, which "
              "receives grant funding from the Council. Councillor Hollings remained in the "
              "meeting and took part in the discussion of the item."),
        ("p", "No other declarations were made."),
    ]),
    ("HSC-32", "Minutes of the Previous Meeting", [
        ("dec", "RESOLVED", "– that the minutes of the meeting held on 17 September 2025 be "
                            "confirmed and signed by the Chair."),
        ("p", "Arising from minute HSC-24, the Scrutiny Specialist confirmed that the figures "
              "requested by Members on delayed transfers of care from Tarnwick General "
              "Hospital had been circulated by email on 3 October 2025."),
    ]),
    ("HSC-33", "Public Speaking", [
        ("p", "One question had been received from a member of the public in accordance "
              "with the Council's procedure for public speaking at scrutiny meetings."),
        ("p", "Mrs D Whitcombe, of Stanmere Fold, asked how the Council would make sure that "
              "the care workers who currently visited her mother would not change when the "
              "new care at home contracts started in April, as continuity was very important "
              "to people living with dementia."),
        ("p", "Councillor H V Marchant, Cabinet Member: Adult Social Care & Health "
              "Integration, responded that the Council understood how unsettling a change of "
              "carer could be. Where a person's provider changed, care staff would in most "
              "cases transfer to the new provider under TUPE, so that people could keep the "
              "same carers they knew, and nobody would be moved to a new provider without "
              "a conversation with them and their family first."),
        ("p", "By way of a supplementary question, Mrs Whitcombe asked whether families "
              "would be written to before any change took place. The Cabinet Member "
              "confirmed that every person receiving care at home would be sent a letter "
              "and receive a telephone call from the brokerage team by the end of "
              "January 2026."),
        ("p", "The Chair thanked Mrs Whitcombe for her questions."),
    ]),
    ("HSC-34", "Care at Home Re-commissioning", [
        ("p", "The Service Delivery Manager: Commissioning & Brokerage presented the report, "
              "which set out the proposed approach to re-commissioning care at home "
              "(domiciliary care) from 6 April 2026, when the current framework agreement "
              "with 31 providers would come to an end. Around 1,450 people currently "
              "received care at home arranged by the Council, and approximately 21,800 hours "
              "of care were purchased each week."),
        ("p", "It was proposed to move from the open framework to a zoned model of six "
              "geographical zones, with a lead provider and up to three supporting providers "
              "in each zone. The proposed hourly rates were £24.60 in the four urban zones "
              "and £26.10 in the two rural zones to the west of the borough, where travel "
              "between calls took longer. The tender had been advertised on 1 October 2025 "
              "and had closed on 7 November 2025, and 44 compliant bids had been received. "
              "Evaluation was under way, and the award of contracts would be considered by "
              "Cabinet on 15 January 2026."),
        ("p", "Members were informed that 312 people who used care at home, and 96 carers, "
              "had responded to the engagement carried out over the summer, and that their "
              "priorities (reliable visit times, knowing who was coming and having enough "
              "time to be treated with dignity) had been written into the service "
              "specification."),
        ("p", "The Cabinet Member: Adult Social Care & Health Integration added that the "
              "framework had served the borough well when it was set up in 2019, but that "
              "the number of providers had grown to the point where as many as nine "
              "different agencies could be visiting people on the same estate. This meant "
              "more time spent on the road and less time with the people receiving care, "
              "and made it harder for the Council to manage quality. Mobilisation would take "
              "place between February and April 2026, and a dedicated transition team had "
              "been set up within the brokerage service to oversee the transfer of any "
              "packages and staff."),
        ("p", "A Member asked whether providers currently on the framework who were not "
              "successful in the tender would be able to carry on supporting their existing "
              "clients. The Service Delivery Manager advised that existing packages would not "
              "be moved for the sake of it. Where a provider was not successful, the Council "
              "would offer a transitional arrangement of up to twelve weeks, and packages "
              "would only move where the person and their family agreed, or where there were "
              "concerns about quality."),
        ("p", "Members expressed concern that small local providers, many of which had "
              "served the borough for over twenty years, could be squeezed out by larger "
              "national companies able to bid for a whole zone. The Executive Director: "
              "Adult Social Care & Health Integration explained that the lots had been "
              "designed so that a provider could bid to be a supporting provider in a single "
              "zone only, and that 19 of the 44 bids had come from organisations based in "
              "Brendle & Tarnwick."),
        ("p", "Councillor S Bhogal queried how the Council would check that providers paid "
              "care workers for their travel time between calls, given the distances "
              "involved in the rural zones. Members were informed that the new contract "
              "required providers to pay at least the Real Living Wage for contact time and "
              "for travel time, and that each provider would have to submit evidence through "
              "an annual open-book review."),
        ("p", "A Member queried what the new rates would cost the Council in a full year "
              "and how this would be met. The Cabinet Member advised that the additional "
              "cost was estimated at £2.3m in a full year, which had been built into the "
              "draft budget proposals to be considered by Council in February 2026."),
        ("p", "Councillor J A Cresswick asked whether the Council had considered bringing "
              "some care at home back in-house, rather than relying entirely on the private "
              "sector. The Executive Director replied that an in-house option had been "
              "modelled in the options appraisal at Appendix C to the report, but had been "
              "estimated to cost around 35% more per hour and could not have been mobilised "
              "by April 2026. The Council's own reablement service would, however, be "
              "expanded by eight posts during 2026/27."),
        ("p", "Mrs G Pemberton-Hale, Co-optee, commented that people who used care at home "
              "had told Healthwatch that what mattered most to them was being told when "
              "their carer was running late. Officers noted the comment and advised that "
              "the new specification required providers to contact the person when a visit "
              "would be more than 30 minutes late."),
        ("p", "Councillor R Okoro-Lane requested that the Commission see the anonymised "
              "results of the evaluation, including the quality scores, before the report "
              "was considered by Cabinet. The Service Delivery Manager agreed to circulate "
              "a summary of the evaluation scores to Members in confidence by 19 December "
              "2025."),
        ("p", "Councillor Cresswick proposed an additional recommendation, that Cabinet be "
              "asked to commission a full feasibility study into an in-house care at home "
              "service, to be reported to the Commission by October 2026. This was seconded "
              "by Councillor Velani."),
        ("raw", "          <p class=\"decision\">On being put to the vote, there being 3 votes "
                "for and 6 against, the additional recommendation was <strong>LOST</strong>.</p>"),
        ("decl", "RECOMMENDED TO CABINET", "– that:", [
            "the move to a zoned model for care at home, with a lead provider and supporting "
            "providers in each of six zones, be supported;",
            "Cabinet ensures that contract monitoring includes the payment of travel time to "
            "care workers and the punctuality of visits; and",
            "a report on the mobilisation of the new contracts be brought to the Commission "
            "in June 2026.",
        ]),
        ("p", "The Chair thanked officers for the report."),
    ]),
    ("HSC-35", "NHS Dental Access", [
        ("p", "Ms E Waddington, Head of Primary Care Commissioning (Dental), Brendle, "
              "Tarnwick & Harlowe Integrated Care Board (ICB), presented an update on access "
              "to NHS dentistry in the borough. In the 24 months to September 2025, 41% of "
              "adults in Brendle & Tarnwick had seen an NHS dentist, and 55% of children had "
              "been seen in the previous 12 months, both below the England average. Two "
              "practices had handed back their NHS contracts during 2024/25, affecting around "
              "6,300 patients, and the ICB had re-procured the activity from a provider "
              "which would open a new practice in Tarnwick in spring 2026."),
        ("p", "An urgent dental care centre had opened at Castle Fold Health Centre in July "
              "2025, offering 70 appointments a week, and the oral health improvement "
              "programme run jointly with the Council's public health team had extended "
              "supervised toothbrushing to 46 primary schools and nurseries."),
        ("p", "The ICB's dental recovery plan for 2025/26 focused on three areas: "
              "increasing the number of urgent appointments, supporting practices to see "
              "patients who had not been seen for more than two years, and recruiting "
              "dentists to the more rural parts of the area through a golden hello scheme "
              "for newly qualified dentists. Ms Waddington advised that recruitment remained "
              "the biggest challenge, with 14 dental posts vacant across the ICB area at the "
              "end of October."),
        ("p", "Members raised the following points:"),
        ("ul", [
            "Members asked why residents ringing practices shown as accepting NHS patients "
            "on the NHS website were being told there were no places – the Head of Primary "
            "Care Commissioning (Dental) acknowledged that the website was not always up to "
            "date and advised that the ICB now wrote to every practice each quarter asking "
            "it to update its status.",
            "Councillor M Fenwright raised concerns that residents of care homes could not "
            "get a dentist to visit, and that some had gone over two years without a "
            "check-up – it was acknowledged that domiciliary dental care was a gap, and a "
            "pilot in which two practices would visit care homes in Tarnwick would begin in "
            "January 2026.",
            "A Member asked how many children had been admitted to hospital for tooth "
            "extractions under general anaesthetic in the last year – the Director: Public "
            "Health advised that there had been 212 such admissions of children aged 0 to 17 "
            "in 2024/25, and that tooth decay remained the most common reason for children "
            "aged 6 to 10 to be admitted to hospital.",
            "Councillor A Velani asked whether the ICB had used its flexible commissioning "
            "powers to pay practices more for taking on new patients – Members were informed "
            "that a new patient premium had been offered to all 29 NHS practices in the "
            "borough, 17 had signed up, and 2,140 new patients had been seen since June.",
            "The Vice-Chair commented that the national dental contract was the root of the "
            "problem and that local efforts could only go so far.",
        ]),
        ("dec", "The Commission AGREED", "that the Chair would write, on behalf of the "
                                         "Commission, to the Secretary of State for Health "
                                         "and Social Care and the borough's two Members of "
                                         "Parliament urging early reform of the NHS dental "
                                         "contract."),
        ("dec", "RESOLVED", "– that the update be noted and that Members receive a briefing "
                            "note on the outcome of the domiciliary dental care pilot in "
                            "spring 2026."),
    ]),
    ("HSC-36", "Tackling Youth Vaping", [
        ("p", "The Director: Public Health and the Principal Trading Standards Officer "
              "presented a joint report on the partnership approach to tackling vaping among "
              "children and young people. The Brendle & Tarnwick schools health survey, "
              "completed by 2,900 pupils in Years 8 and 10 in spring 2025, had found that 11% "
              "of Year 10 pupils vaped regularly, compared with 7% in 2023. Trading Standards "
              "had carried out 38 test purchases since April 2025, nine of which had resulted "
              "in a sale to a person under 18, and had seized over 6,000 illegal vapes. The "
              "ban on the sale of single-use vapes had come into force on 1 June 2025 and "
              "officers had visited 140 retailers to give advice before it took effect."),
        ("p", "The report described the three strands of the partnership approach: "
              "education, delivered through the personal, social and health education "
              "curriculum and assemblies in every secondary school; enforcement, led by "
              "Trading Standards with the police and HM Revenue and Customs; and support "
              "for those who were already dependent on nicotine. A short film made with "
              "pupils from two secondary schools had been shown in assemblies across the "
              "borough in October."),
        ("p", "Members were keen to understand what support was available for young people "
              "who wanted to stop vaping. In response, the Director: Public Health explained "
              "that the Quit Well Brendle service had launched a text-based support offer for "
              "12 to 17 year olds in September 2025, and 64 young people had signed up so far. "
              "Schools could also refer pupils to the school nursing service."),
        ("p", "Councillor D W Stirrup asked what happened to retailers found to have sold "
              "vapes to children more than once. The Principal Trading Standards Officer "
              "advised that repeat offenders would be considered for prosecution, that two "
              "cases were currently with the Council's legal team, and that one shop had "
              "been closed for three months under a closure order obtained with the police."),
        ("p", "Concern was expressed that vape shops were opening close to schools and that "
              "the Council appeared to have no powers to stop this. Officers confirmed that "
              "planning powers were limited, as most shops did not need planning permission "
              "for a change of use, but the Council had responded to the national "
              "consultation asking for a licensing scheme for the retail sale of vapes."),
        ("p", "A Member asked whether the schools survey had also asked pupils about the "
              "flavours and packaging that attracted them to vaping."),
        ("p", "Mr R Adeyemi, Co-optee, questioned whether adults who had switched from "
              "smoking to vaping might be put off by messages aimed at young people, as "
              "vaping remained much less harmful than smoking. The Director: Public Health "
              "agreed that the messaging needed care and confirmed that the stop smoking "
              "service would continue to offer vapes as a quit aid to adult smokers."),
        ("p", "Councillor T Hollings requested that ward councillors be told of the results "
              "of test purchases carried out in their wards. The Principal Trading Standards "
              "Officer agreed to provide a quarterly summary by ward, although businesses "
              "under investigation could not be named."),
        ("dec", "Members NOTED", "the report and the partnership approach to tackling youth "
                                 "vaping in Brendle & Tarnwick."),
    ]),
    ("HSC-37", "Healthwatch Brendle & Tarnwick Annual Report 2024/25 and Waiting Well Engagement", [
        ("p", "Ms F Nakamura-Ellis, Chief Officer, Healthwatch Brendle & Tarnwick, presented "
              "the Healthwatch annual report for 2024/25. During the year 2,140 people had "
              "shared their experiences of health and care services with Healthwatch, and "
              "the most common subjects had been access to GP appointments, waiting times for "
              "hospital outpatient appointments and NHS dentistry. Healthwatch volunteers had "
              "carried out Enter and View visits to four care homes and to the discharge "
              "lounge at Tarnwick General Hospital."),
        ("p", "Healthwatch's priorities for 2025/26 were the experiences of unpaid carers, "
              "access to NHS dentistry for people living in care homes, and the experiences "
              "of people waiting for hospital treatment, which it was looking at jointly "
              "with the hospital trust."),
        ("p", "Mr O Birtles, Deputy Chief Operating Officer, Tarnwick & Harlowe Hospitals "
              "NHS Trust, then gave a presentation on outpatient waiting times and on the "
              "trust's Waiting Well engagement programme. Performance against the 18-week "
              "referral to treatment standard stood at 57.2% in September 2025, and 3,100 "
              "patients had been waiting more than 52 weeks, most of them in ophthalmology, "
              "gynaecology and trauma and orthopaedics. Since August 2025 every patient "
              "waiting more than 18 weeks had been sent a Waiting Well letter."),
        ("p", "Councillor R Okoro-Lane asked how the views gathered by Healthwatch had "
              "actually changed anything. The Chief Officer gave the example of the discharge "
              "lounge, where the trust had introduced a named contact for families after "
              "Healthwatch reported their feedback, and said that a table of the responses "
              "received to all of its recommendations was included at the back of the annual "
              "report."),
        ("p", "Members expressed concern at the number of patients waiting more than 52 weeks "
              "for a first outpatient appointment, particularly in ophthalmology and "
              "gynaecology. The Deputy Chief Operating Officer explained that the trust had "
              "validated its waiting lists, removing around 4,000 referrals which were "
              "duplicates or no longer needed, and that additional weekend clinics run with "
              "an independent sector provider were expected to clear the longest waits by "
              "March 2026."),
        ("p", "A Member queried whether patients were told where they were on the waiting "
              "list and what they should do if their condition got worse while they waited. "
              "It was confirmed that the Waiting Well letters gave a named contact and advice "
              "on what to do if symptoms worsened, and that 82% of the patients surveyed had "
              "found the letter helpful."),
        ("p", "Councillor M Fenwright welcomed the Enter and View visits to care homes but "
              "felt that the reports should be sent to the ward councillors for the homes "
              "concerned as a matter of course."),
        ("p", "Councillor J A Cresswick asked whether the reduction in the Council's funding "
              "for Healthwatch had affected its work. The Chief Officer explained that the "
              "contract value had reduced by 8% in 2024/25, which had meant one fewer "
              "engagement officer, but volunteers had helped to keep up the number of "
              "outreach sessions in libraries and community centres."),
        ("p", "The Chair requested that Healthwatch and the trust report back jointly on what "
              "the Waiting Well engagement had found. The Deputy Chief Operating Officer "
              "agreed to bring the findings to the Commission in March 2026."),
        ("decl", "RESOLVED", "– that:", [
            "the Healthwatch Brendle & Tarnwick Annual Report 2024/25 be noted; and",
            "a joint report from Healthwatch and Tarnwick & Harlowe Hospitals NHS Trust on "
            "the findings of the Waiting Well engagement be brought to the meeting in "
            "March 2026.",
        ]),
        ("p", "The Chair thanked Ms Nakamura-Ellis and Mr Birtles for attending."),
    ]),
    ("HSC-38", "Scrutiny Work Programme 2025/26", [
        ("p", "The Scrutiny Specialist presented the Commission's work programme for the "
              "remainder of the 2025/26 municipal year."),
        ("p", "Councillor A Velani asked that an item on access to GP appointments, including "
              "the use of online triage by practices, be added to the work programme. The "
              "Chair agreed that this would be considered at the agenda planning meeting "
              "in December."),
        ("p", "A Member asked whether the task and finish group on hospital discharge would "
              "report before the end of the municipal year. The Scrutiny Specialist "
              "confirmed that the group's final report was scheduled for the April 2026 "
              "meeting."),
        ("dec", "RESOLVED", "– that the work programme be agreed, subject to the addition of "
                            "the items identified during the meeting."),
    ]),
    ("HSC-39", "Date of Next Meeting", [
        ("p", "The next meeting of the Health & Social Care Scrutiny Commission will be held on "
              "Wednesday 21 January 2026 at 6.00 pm in the Council Chamber, Kestrel House."),
    ]),
]

ATTENDANCE = [
    ("Members present", [
        "Councillor K L Ashworth-Mayne (Chair)",
        "Councillor P R Dunleavy (Vice-Chair)",
        "Councillor S Bhogal",
        "Councillor J A Cresswick",
        "Councillor M Fenwright",
        "Councillor T Hollings",
        "Councillor R Okoro-Lane",
        "Councillor D W Stirrup",
        "Councillor A Velani",
    ]),
    ("Co-optees present", [
        "Mrs G Pemberton-Hale – Healthwatch Brendle & Tarnwick",
        "Mr R Adeyemi – Brendle & Tarnwick Disability Forum",
    ]),
    ("Also present", [
        "Councillor H V Marchant – Cabinet Member: Adult Social Care & Health Integration",
    ]),
    ("In attendance", [
        "L Fairbrother – Executive Director: Adult Social Care & Health Integration",
        "Dr N Chaudhry – Director: Public Health",
        "C Boswell – Service Delivery Manager: Commissioning & Brokerage",
        "S Tranter – Principal Trading Standards Officer",
        "J Kettleby – Scrutiny Specialist",
        "Ms E Waddington – Head of Primary Care Commissioning (Dental), Brendle, Tarnwick "
        "& Harlowe Integrated Care Board",
        "Mr O Birtles – Deputy Chief Operating Officer, Tarnwick & Harlowe Hospitals NHS Trust",
        "Ms F Nakamura-Ellis – Chief Officer, Healthwatch Brendle & Tarnwick",
    ]),
    ("Apologies", [
        "Councillor B Ollerenshaw",
        "Councillor C J Penhaligon",
    ]),
]


def render_blocks(blocks) -> str:
    out = []
    for block in blocks:
        kind = block[0]
        if kind == "p":
            out.append(f"          <p>{esc(block[1])}</p>")
        elif kind == "ul":
            lis = "\n".join(f"            <li>{esc(t)}</li>" for t in block[1])
            out.append(f"          <ul>\n{lis}\n          </ul>")
        elif kind == "dec":
            out.append(f'          <p class="decision"><strong>{esc(block[1])}</strong> '
                       f"{esc(block[2])}</p>")
        elif kind == "decl":
            lis = "\n".join(f"              <li>{esc(t)}</li>" for t in block[3])
            out.append(f'          <div class="decision">\n'
                       f"            <p><strong>{esc(block[1])}</strong> {esc(block[2])}</p>\n"
                       f'            <ol type="a">\n{lis}\n            </ol>\n'
                       f"          </div>")
        elif kind == "raw":
            out.append(block[1])
        else:
            raise ValueError(kind)
    return "\n".join(out)


def minutes_html() -> str:
    att = []
    for heading, names in ATTENDANCE:
        lis = "\n".join(f"          <li>{esc(n)}</li>" for n in names)
        att.append(f"        <h3>{esc(heading)}</h3>\n        <ul class=\"attendance-list\">\n"
                   f"{lis}\n        </ul>")
    items = []
    for i, (number, title, blocks) in enumerate(ITEMS, start=1):
        items.append(
            f'      <details class="accordion" id="item-{i}">\n'
            f'        <summary class="accordion__heading"><span class="minute-number">'
            f"{esc(number)}</span> {esc(title)}</summary>\n"
            f'        <div class="accordion__panel">\n'
            f"{render_blocks(blocks)}\n"
            f"        </div>\n"
            f"      </details>")
    main = f"""    <article class="meeting-minutes">
      <h1>Health &amp; Social Care Scrutiny Commission – 19 November 2025</h1>
      <p class="lede">Minutes of a meeting of the Health &amp; Social Care Scrutiny Commission
      held on Wednesday 19 November 2025 at 6.00 pm in the Council Chamber, Third Floor,
      Kestrel House, Market Square, Brendle, BK3 9RW.</p>
      <dl class="meeting-details">
        <dt>Status</dt><dd>Draft – to be confirmed at the next meeting</dd>
        <dt>Published</dt><dd>27 November 2025</dd>
        <dt>Webcast</dt><dd><a href="#">Watch the recording of this meeting</a></dd>
      </dl>
      <ul class="related-documents">
        <li><a href="#">Agenda and reports pack (PDF, 3.2MB)</a></li>
        <li><a href="#">Care at Home Re-commissioning – Appendix C options appraisal (PDF, 640KB)</a></li>
        <li><a href="#">Presentation: outpatient waiting times (PDF, 1.1MB)</a></li>
      </ul>

      <section class="attendance" aria-labelledby="attendance-heading">
        <h2 id="attendance-heading">Attendance</h2>
{chr(10).join(att)}
      </section>

      <h2>Minutes</h2>
      <p class="accordion-controls"><button type="button" class="accordion-toggle-all">Open all
      sections</button></p>
{chr(10).join(items)}

      <p class="meeting-close">The meeting ended at 8.14 pm</p>
      <p class="signature">Chair: ............................................</p>
      <p class="signature">Date: ............................................</p>
    </article>
    <aside class="related-links" aria-label="Related pages">
      <h2>Related pages</h2>
      <ul>
        <li><a href="#">Health &amp; Social Care Scrutiny Commission – members and meeting dates</a></li>
        <li><a href="#">Speak at a scrutiny meeting</a></li>
        <li><a href="#">Care at home: changes to your care provider</a></li>
      </ul>
    </aside>"""
    return page("Health & Social Care Scrutiny Commission – 19 November 2025",
                ["Home", "Council and democracy", "Councillors and committees",
                 "Health & Social Care Scrutiny Commission"],
                main, "27 November 2025")


# ---------------------------------------------------------------------------
# The paper that is not minutes: a frequently asked questions page
# ---------------------------------------------------------------------------

FAQ = [
    ("Why is the Council changing how care at home is arranged?",
     ["The Council's current agreement with care at home providers ends on 5 April 2026. "
      "At the moment more than 30 providers deliver care across the whole borough, which "
      "means several agencies can be driving past each other on the same street. From "
      "6 April 2026 the borough will be split into six zones, and each zone will have a "
      "lead provider and up to three supporting providers.",
      "Working in zones means carers spend less time on the road and more time with you. "
      "It also means we can get to know the providers in each area much better and act "
      "more quickly if something goes wrong."]),
    ("Will my carer change?",
     ["For most people, no. If your current provider is awarded a contract in your zone, "
      "nothing will change. If your provider is not awarded a contract, the staff who "
      "visit you will usually be able to move to the new provider, so you can keep the "
      "carers you know.",
      "We will not move your care to another provider without talking to you, and your "
      "family if you would like them involved, first."]),
    ("When will I hear from you?",
     ["Everyone who receives care at home arranged by the Council will receive a letter "
      "and a telephone call from our brokerage team by the end of January 2026. The "
      "letter will tell you whether your provider is changing and, if it is, what "
      "happens next."]),
    ("Will I have to pay more for my care?",
     ["No. What you pay towards your care depends on your financial assessment, not on "
      "which provider delivers it. The change of contracts does not change the amount you "
      "have been assessed to pay. If your circumstances have changed, you can ask for a "
      "new financial assessment at any time."]),
    ("I pay for my own care. Does this affect me?",
     ["If you arrange and pay for your care yourself, your agreement is with your provider "
      "and this change does not affect it. You can still contact our Adult Social Care "
      "Front Door team for free information and advice."]),
    ("I get direct payments. Does this affect me?",
     ["No. If you use a direct payment to buy your own care, you can carry on using the "
      "provider or personal assistant you have chosen."]),
    ("What if my carer is running late?",
     ["Under the new contracts, providers must let you know if your carer will be more "
      "than 30 minutes late. If this does not happen, please tell your provider first, "
      "and then contact us if it keeps happening."]),
]

YOU_ASKED = [
    ("Will carers be paid for the time they spend travelling between visits?",
     "Yes. The new contracts require providers to pay carers at least the Real Living "
     "Wage for the time they spend with you and for their travel time, and we will check "
     "this every year."),
    ("Why not let the Council provide all care at home itself?",
     "We looked at this carefully. It would cost considerably more and could not be in "
     "place by April 2026. We are expanding our own reablement team, which helps people "
     "regain their independence after a stay in hospital."),
    ("Will small local agencies still have a chance?",
     "Yes. Agencies could bid to be a supporting provider in a single zone, and many of "
     "the bids came from organisations based in the borough."),
]


def faq_html() -> str:
    parts = []
    for question, answers in FAQ:
        paras = "\n".join(f"          <p>{esc(a)}</p>" for a in answers)
        parts.append(f'      <details class="faq">\n        <summary>{esc(question)}</summary>\n'
                     f'        <div class="faq__answer">\n{paras}\n        </div>\n      </details>')
    asked = []
    for q, a in YOU_ASKED:
        asked.append(f"        <dt>You asked: {esc(q)}</dt>\n        <dd>We said: {esc(a)}</dd>")
    main = f"""    <article class="localgov-page">
      <h1>Care at home: changes to your care provider from April 2026</h1>
      <p class="lede">Questions and answers for people who receive care at home arranged by
      the Council, and for their families and carers.</p>
      <nav class="page-contents" aria-label="On this page">
        <h2>On this page</h2>
        <ul>
          <li><a href="#faq">Frequently asked questions</a></li>
          <li><a href="#you-asked">You asked, we said</a></li>
          <li><a href="#councillors">What happens next</a></li>
          <li><a href="#contact">Contact us</a></li>
        </ul>
      </nav>

      <p>Care at home (sometimes called home care or domiciliary care) helps people to
      live safely and independently in their own homes. Carers visit to help with things
      like getting up and dressed, washing, meals and taking medicines. Around 1,450 people
      in Brendle &amp; Tarnwick receive care at home arranged by the Council.</p>
      <p>We are changing the way we buy care at home from April 2026. This page explains
      what is changing and what it means for you. If you cannot find the answer to your
      question here, please <a href="#contact">contact us</a>.</p>

      <h2 id="faq">Frequently asked questions</h2>
{chr(10).join(parts)}

      <h2 id="you-asked">You asked, we said</h2>
      <p>Over the summer of 2025 we held drop-in sessions in Brendle, Tarnwick and
      Stanmere Fold and ran an online survey. 312 people who use care at home and 96 carers
      took part. Here are some of the questions people asked us most often.</p>
      <dl class="you-asked">
{chr(10).join(asked)}
      </dl>
      <p>The things people told us mattered most – reliable visit times, knowing who is
      coming and having enough time to be treated with dignity – have been written into
      what we expect of every provider.</p>

      <h2 id="councillors">What happens next</h2>
      <p>The proposals were discussed by councillors at the Health &amp; Social Care
      Scrutiny Commission on 19 November 2025. Councillors looked at questions such as
      how people will be kept informed, how carers' pay will be checked and what the new
      arrangements will cost. You can <a href="#">read the minutes of the meeting</a> or
      <a href="#">watch the recording</a>.</p>
      <p>Cabinet will decide which providers are awarded contracts on 15 January 2026. The
      new arrangements will start on 6 April 2026, and we will keep this page up to date.</p>
      <div class="callout callout--info">
        <h3>Key dates</h3>
        <ul>
          <li>15 January 2026 – Cabinet decision on contract awards</li>
          <li>By 31 January 2026 – letters and telephone calls to everyone affected</li>
          <li>February and March 2026 – new providers get ready; staff transfers agreed</li>
          <li>6 April 2026 – new zoned arrangements begin</li>
        </ul>
      </div>

      <h2 id="contact">Contact us</h2>
      <p>Adult Social Care Front Door<br>
      Telephone: 01632 960 418 (Monday to Friday, 8.30 am to 5 pm)<br>
      Email: <a href="#">careathome@brendletarnwick.example.gov.uk</a></p>
      <p>If you need this information in another format or language, please let us know.</p>
      <p>If you are worried that someone is being abused or neglected, call 01632 960 400
      at any time. In an emergency, call 999.</p>
    </article>"""
    return page("Care at home: changes to your care provider from April 2026",
                ["Home", "Adult social care", "Care and support at home"],
                main, "2 December 2025")


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


ASC = "adult-social-care"
SUB = "subcontracting"
PH = "public-health"
PC = "primary-care"
CYP = "children-and-families"
PPI = "patient-and-public-input"

MINUTES_GOLD = {
    "document": MINUTES_NAME,
    "doc_type": "minutes",
    "committee": "Health & Social Care Scrutiny Commission",
    "meeting_date": "2025-11-19",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        # HSC-33 public speaking
        q("HSC-33", "question",
          "how the Council would make sure that the care workers who currently visited",
          "Mrs D Whitcombe",
          "care staff would in most cases transfer to the new provider under TUPE",
          "Councillor H V Marchant", [ASC, SUB, "workforce", "mental-health"]),
        q("HSC-33", "question",
          "asked whether families would be written to before any change took place",
          "Mrs Whitcombe",
          "would be sent a letter and receive a telephone call from the brokerage team",
          "Cabinet Member", [ASC]),
        # HSC-34 care at home
        q("HSC-34", "question",
          "providers currently on the framework who were not successful in the tender",
          None,
          "existing packages would not be moved for the sake of it",
          "Service Delivery Manager", [ASC, SUB]),
        q("HSC-34", "concern",
          "Members expressed concern that small local providers, many of which had served",
          None,
          "the lots had been designed so that a provider could bid",
          "Executive Director: Adult Social Care & Health Integration",
          [ASC, SUB, "privatisation"]),
        q("HSC-34", "question",
          "queried how the Council would check that providers paid care workers",
          "Councillor S Bhogal",
          "required providers to pay at least the Real Living Wage for contact time",
          None, [ASC, SUB, "workforce"]),
        q("HSC-34", "question",
          "queried what the new rates would cost the Council in a full year",
          None,
          "the additional cost was estimated at £2.3m in a full year",
          "Cabinet Member", [ASC, "finance"]),
        q("HSC-34", "question",
          "asked whether the Council had considered bringing some care at home back in-house",
          "Councillor J A Cresswick",
          "an in-house option had been modelled in the options appraisal",
          "Executive Director", [ASC, "privatisation"]),
        q("HSC-34", "comment",
          "what mattered most to them was being told when their carer was running late",
          "Mrs G Pemberton-Hale",
          "the new specification required providers to contact the person when a visit",
          "Officers", [ASC, PPI]),
        q("HSC-34", "request",
          "requested that the Commission see the anonymised results of the evaluation",
          "Councillor R Okoro-Lane",
          "agreed to circulate a summary of the evaluation scores to Members in confidence",
          "Service Delivery Manager", [ASC, SUB]),
        # HSC-35 dentistry
        q("HSC-35", "question",
          "Members asked why residents ringing practices shown as accepting NHS patients",
          None,
          "the ICB now wrote to every practice each quarter asking it to update",
          "Head of Primary Care Commissioning (Dental)", [PC]),
        q("HSC-35", "concern",
          "raised concerns that residents of care homes could not get a dentist to visit",
          "Councillor M Fenwright",
          "domiciliary dental care was a gap, and a pilot in which two practices",
          None, [PC, ASC]),
        q("HSC-35", "question",
          "how many children had been admitted to hospital for tooth extractions",
          None,
          "there had been 212 such admissions of children aged 0 to 17",
          "Director: Public Health", [PC, PH, CYP]),
        q("HSC-35", "question",
          "asked whether the ICB had used its flexible commissioning powers",
          "Councillor A Velani",
          "a new patient premium had been offered to all 29 NHS practices",
          None, [PC, "finance"]),
        q("HSC-35", "comment",
          "the national dental contract was the root of the problem",
          "Vice-Chair", None, None, [PC]),
        # HSC-36 youth vaping
        q("HSC-36", "question",
          "Members were keen to understand what support was available for young people",
          None,
          "had launched a text-based support offer for 12 to 17 year olds",
          "Director: Public Health", [PH, CYP]),
        q("HSC-36", "question",
          "asked what happened to retailers found to have sold vapes to children",
          "Councillor D W Stirrup",
          "repeat offenders would be considered for prosecution, that two cases were",
          "Principal Trading Standards Officer", [PH, CYP]),
        q("HSC-36", "concern",
          "Concern was expressed that vape shops were opening close to schools",
          None,
          "planning powers were limited, as most shops did not need planning permission",
          "Officers", [PH, CYP]),
        q("HSC-36", "question",
          "asked whether the schools survey had also asked pupils about the flavours",
          None, None, None, [PH, CYP]),
        q("HSC-36", "question",
          "questioned whether adults who had switched from smoking to vaping",
          "Mr R Adeyemi",
          "the stop smoking service would continue to offer vapes as a quit aid",
          "Director: Public Health", [PH]),
        q("HSC-36", "request",
          "requested that ward councillors be told of the results of test purchases",
          "Councillor T Hollings",
          "agreed to provide a quarterly summary by ward, although businesses under investigation",
          "Principal Trading Standards Officer", [PH, CYP]),
        # HSC-37 Healthwatch and Waiting Well
        q("HSC-37", "question",
          "asked how the views gathered by Healthwatch had actually changed anything",
          "Councillor R Okoro-Lane",
          "the trust had introduced a named contact for families after Healthwatch reported",
          "Chief Officer", [PPI]),
        q("HSC-37", "concern",
          "Members expressed concern at the number of patients waiting more than 52 weeks",
          None,
          "additional weekend clinics run with an independent sector provider were expected",
          "Deputy Chief Operating Officer", [SUB]),
        q("HSC-37", "question",
          "queried whether patients were told where they were on the waiting list",
          None,
          "the Waiting Well letters gave a named contact and advice on what to do",
          None, [PPI]),
        q("HSC-37", "comment",
          "felt that the reports should be sent to the ward councillors",
          "Councillor M Fenwright", None, None, [PPI, ASC]),
        q("HSC-37", "question",
          "asked whether the reduction in the Council's funding for Healthwatch had affected",
          "Councillor J A Cresswick",
          "the contract value had reduced by 8% in 2024/25",
          "Chief Officer", ["finance", PPI, SUB]),
        q("HSC-37", "request",
          "requested that Healthwatch and the trust report back jointly",
          "Chair",
          "agreed to bring the findings to the Commission in March 2026",
          "Deputy Chief Operating Officer", [PPI]),
        # HSC-38 work programme
        q("HSC-38", "request",
          "asked that an item on access to GP appointments, including the use",
          "Councillor A Velani",
          "this would be considered at the agenda planning meeting in December",
          "Chair", [PC]),
        q("HSC-38", "question",
          "whether the task and finish group on hospital discharge would report",
          None,
          "the group's final report was scheduled for the April 2026 meeting",
          "Scrutiny Specialist", [ASC]),
    ],
    "resolutions": [
        res("HSC-32", "the minutes of the meeting held on 17 September 2025 be confirmed",
            "agreed", []),
        res("HSC-34", "there being 3 votes for and 6 against, the additional recommendation",
            "rejected", []),
        res("HSC-34", "the move to a zoned model for care at home, with a lead provider",
            "recommended", [ASC, SUB, "workforce"]),
        res("HSC-35", "the Chair would write, on behalf of the Commission, to the Secretary of State",
            "agreed", [PC]),
        res("HSC-35", "the update be noted and that Members receive a briefing note",
            "agreed", [PC, ASC]),
        res("HSC-36", "the report and the partnership approach to tackling youth vaping",
            "noted", [PH, CYP]),
        res("HSC-37", "the Healthwatch Brendle & Tarnwick Annual Report 2024/25 be noted",
            "agreed", [PPI]),
        res("HSC-38", "the work programme be agreed, subject to the addition of the items",
            "agreed", []),
    ],
    "attendees": [
        att("Councillor K L Ashworth-Mayne", "Chair", "present"),
        att("Councillor P R Dunleavy", "Vice-Chair", "present"),
        att("Councillor S Bhogal", None, "present"),
        att("Councillor J A Cresswick", None, "present"),
        att("Councillor M Fenwright", None, "present"),
        att("Councillor T Hollings", None, "present"),
        att("Councillor R Okoro-Lane", None, "present"),
        att("Councillor D W Stirrup", None, "present"),
        att("Councillor A Velani", None, "present"),
        att("Mrs G Pemberton-Hale", "Healthwatch Brendle & Tarnwick", "present"),
        att("Mr R Adeyemi", "Brendle & Tarnwick Disability Forum", "present"),
        att("Councillor H V Marchant", "Cabinet Member: Adult Social Care & Health Integration",
            "in_attendance"),
        att("L Fairbrother", "Executive Director: Adult Social Care & Health Integration",
            "in_attendance"),
        att("Dr N Chaudhry", "Director: Public Health", "in_attendance"),
        att("C Boswell", "Service Delivery Manager: Commissioning & Brokerage", "in_attendance"),
        att("S Tranter", "Principal Trading Standards Officer", "in_attendance"),
        att("J Kettleby", "Scrutiny Specialist", "in_attendance"),
        att("Ms E Waddington",
            "Head of Primary Care Commissioning (Dental), Brendle, Tarnwick & Harlowe "
            "Integrated Care Board", "in_attendance"),
        att("Mr O Birtles",
            "Deputy Chief Operating Officer, Tarnwick & Harlowe Hospitals NHS Trust",
            "in_attendance"),
        att("Ms F Nakamura-Ellis", "Chief Officer, Healthwatch Brendle & Tarnwick",
            "in_attendance"),
        att("Councillor B Ollerenshaw", None, "apologies"),
        att("Councillor C J Penhaligon", None, "apologies"),
    ],
}

FAQ_GOLD = {"document": FAQ_NAME, "doc_type": "other"}


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def build() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    (DOCS / MINUTES_NAME).write_bytes(minutes_html().encode("utf-8"))
    (DOCS / FAQ_NAME).write_bytes(faq_html().encode("utf-8"))
    for gold in (MINUTES_GOLD, FAQ_GOLD):
        stem = Path(gold["document"]).stem
        (GOLD / f"{stem}.json").write_bytes(
            (json.dumps(gold, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


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
    for gold_path in sorted(GOLD.glob("qj-*.json")):
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
        answered = sum(1 for row in gold["questions"] if row["answer"])
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
    print(f"wrote {DOCS / MINUTES_NAME}\nwrote {DOCS / FAQ_NAME}\ngold in {GOLD}")
