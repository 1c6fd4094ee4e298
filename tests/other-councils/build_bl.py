#!/usr/bin/env python3
"""Build the "bl-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_bl.py          build documents and gold
        build_bl.py --check  verify every gold phrase occurs once in its document
"""
import json, os, re, sys, textwrap, zipfile, io, datetime
from copy import deepcopy

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

TXT_NAME = "bl-wexcombe-adult-social-care-scrutiny-2025-06-12.txt"
DOCX_NAME = "bl-halbridge-health-wellbeing-scrutiny-panel-2025-03-04.docx"

# ---------------------------------------------------------------- document 1 (txt)
W = 78
HEADER = "WEXCOMBE COUNTY COUNCIL   Adult Social Care Scrutiny Committee   12/06/2025"

ATT = [
    ("Cllr Margaret Ellison", "Chairman", "Present"),
    ("Cllr David Okafor", "Vice-Chairman", "Present"),
    ("Cllr Peter Hanley", "Member", "Present"),
    ("Cllr Susan Broadbent", "Member", "Apologies"),
    ("Cllr Raj Malhotra", "Member", "Substitute (for Cllr Broadbent)"),
    ("Cllr Helen Tranter", "Member", "Virtual"),
    ("Cllr Gareth Pryce", "Member", "Present"),
    ("Cllr Anne Whitlock", "Member", "Absent"),
    ("Mrs Julia Fenn", "Co-opted Member (Healthwatch)", "Present"),
    ("Cllr Brian Haldane", "Cabinet Member - Adults", "In attendance"),
    ("Karen Ashdown", "Executive Director, Adults and Health", "In attendance"),
    ("Neil Sorensen", "Head of Commissioning (Adults)", "In attendance"),
    ("Priya Desai", "Head of Workforce Development", "In attendance"),
    ("Tom Ridley", "Deputy Director Urgent Care, ICB", "Virtual"),
    ("Lorraine Cutts", "Assistant Director, Safeguarding", "In attendance"),
    ("Sophie Marchant", "Democratic Services Officer", "In attendance"),
]

ITEMS1 = [
    dict(no="34", subject="Apologies and Substitutions", by="Democratic Services Officer",
         summary=["Apologies for absence were received from Cllr Susan Broadbent. Cllr Raj "
                  "Malhotra attended as her substitute. Cllr Helen Tranter attended remotely "
                  "and did not vote."],
         qa=[], decision=[]),
    dict(no="35", subject="Declarations of Interest", by="Monitoring Officer",
         summary=["Cllr Pryce declared a non-pecuniary interest in Minute 37 as his daughter "
                  "is employed by a home care agency operating in the county. He remained in "
                  "the meeting for the item."],
         qa=[], decision=[]),
    dict(no="36", subject="Minutes of the Previous Meeting", by="Democratic Services Officer",
         summary=["The minutes of the meeting held on 10 April 2025 were submitted."],
         qa=[],
         decision=["That the minutes of the meeting held on 10 April 2025 be confirmed as a "
                   "correct record and signed by the Chairman."]),
    dict(no="37", subject="Home Care Recommissioning - Outcome of Tender",
         by="Head of Commissioning (Adults)",
         summary=["The Head of Commissioning presented the outcome of the competitive tender "
                  "for the new zoned home care framework, which will replace 41 spot "
                  "contracts with 9 lead providers from 1 October 2025. Two lots in the rural "
                  "west of the county had attracted no compliant bids and would be re-run.",
                  "The Cabinet Member noted that the average hourly rate under the new "
                  "framework would be 24.10 pounds, an increase of 8 per cent."],
         qa=[
             ("Cllr Hanley", "asked why no compliant bids had been received for the two "
              "rural lots and what interim cover would be in place for those residents.",
              "Head of Commissioning", "said providers had cited travel time and fuel costs "
              "in rural areas; existing providers would continue under a six month "
              "contract extension while the lots were re-tendered with a rurality uplift."),
             ("Mrs Fenn", "asked whether people who use the service had been involved in "
              "scoring the bids and how their views had shaped the specification.",
              "Head of Commissioning", "confirmed that four experts by experience had sat "
              "on the evaluation panel and had scored the quality questions on "
              "continuity of carers."),
             ("Cllr Okafor", "expressed concern that several of the successful bidders "
              "were owned by private equity groups with high levels of debt.",
              "Executive Director", "acknowledged the concern and said financial "
              "resilience checks had been carried out on every bidder and would be "
              "repeated annually as part of contract management."),
             ("Cllr Malhotra", "asked how many care workers would transfer under TUPE and "
              "whether their terms and conditions would be protected.",
              "Head of Commissioning", "advised that around 310 staff were expected to "
              "transfer and that the framework required payment of at least the real "
              "Living Wage."),
         ],
         decision=["That the outcome of the home care tender be noted.",
                   "That the Committee RECOMMENDS to Cabinet that the rural lots be "
                   "re-tendered with a rurality uplift and that the interim contract "
                   "extension be approved.",
                   "That a progress report on mobilisation be brought to the December "
                   "meeting."]),
    dict(no="38", subject="Adult Social Care Workforce Strategy 2025-2028",
         by="Head of Workforce Development",
         summary=["The Head of Workforce Development introduced the draft strategy, which "
                  "set out actions to reduce the vacancy rate across council-run and "
                  "commissioned services from 11.2 per cent to 7 per cent by 2028."],
         qa=[
             ("Cllr Pryce", "questioned the reliance on international recruitment and "
              "asked what would happen if visa rules were tightened further.",
              "Head of Workforce Development", "replied that international recruits were "
              "now 14 per cent of new starters and the strategy aimed to grow local "
              "apprenticeships so the service was less exposed."),
             ("Cllr Tranter", "requested that the strategy include a target for reducing "
              "spend on agency social workers in the locality teams.",
              "Executive Director", "agreed to add a target and reported that agency "
              "spend had fallen by 0.9 million pounds over the last year."),
             ("Cllr Ellison", "asked whether exit interview data showed why experienced "
              "staff were leaving the reablement service.", None, None),
         ],
         decision=["That the draft Adult Social Care Workforce Strategy be endorsed, "
                   "subject to the inclusion of an agency spend reduction target.",
                   "That the Head of Workforce Development circulate an analysis of exit "
                   "interview data to Members."]),
    dict(no="39", subject="Hospital Discharge and Reablement Performance",
         by="Deputy Director Urgent Care, Wexcombe Integrated Care Board",
         summary=["The Deputy Director presented a joint report with the Council on "
                  "discharge performance at Wexcombe General Hospital over the winter. The "
                  "number of patients with no criteria to reside had averaged 96 a day "
                  "against a target of 60."],
         qa=[
             ("Cllr Okafor", "asked what was causing the delays for patients waiting for "
              "a package of care at home.",
              "Deputy Director Urgent Care", "explained that half of the delays were for "
              "double-handed care calls in the evening, where provider capacity remained "
              "very tight."),
             ("Cllr Hanley", "sought clarification on how the Better Care Fund was being "
              "used to support the discharge to assess model.",
              "Executive Director", "stated that 3.4 million pounds of the pooled budget "
              "funded the transfer of care hub and short term reablement beds."),
             ("Mrs Fenn", "reported that Healthwatch had heard from families who were "
              "told of a discharge on the same morning with no plan in place.",
              "Deputy Director Urgent Care", "undertook to share the Healthwatch findings "
              "with the ward managers and to report back on a discharge checklist."),
         ],
         decision=["That the joint report on hospital discharge performance be noted.",
                   "That the Integrated Care Board be requested to provide a further update "
                   "on no criteria to reside numbers in the autumn."]),
    dict(no="40", subject="Wexcombe Safeguarding Adults Board Annual Report 2024/25",
         by="Independent Chair, Safeguarding Adults Board",
         summary=["The Assistant Director, Safeguarding, presented the annual report on "
                  "behalf of the Independent Chair. Safeguarding concerns had risen by 17 "
                  "per cent, with self-neglect and financial abuse the most common types."],
         qa=[
             ("Cllr Malhotra", "asked whether the rise in concerns reflected more abuse or "
              "better awareness among care home staff and the public.",
              "Assistant Director, Safeguarding", "said the evidence pointed mainly to "
              "better reporting following training in care homes, although financial "
              "scams targeting older people had increased."),
             ("Cllr Pryce", "commented that the report should set out how learning from "
              "safeguarding adults reviews had changed frontline practice.", None, None),
         ],
         decision=["That the Safeguarding Adults Board Annual Report 2024/25 be noted."]),
    dict(no="41", subject="Work Programme", by="Democratic Services Officer",
         summary=["The Committee considered its work programme for the remainder of "
                  "2025/26."],
         qa=[
             ("Cllr Ellison", "requested that an item on the charging policy for "
              "non-residential care be added for the October meeting.",
              "Democratic Services Officer", "confirmed this would be scheduled for "
              "October with a report from the Head of Financial Assessments."),
         ],
         decision=["That the work programme be agreed, subject to the addition of an item "
                   "on the non-residential charging policy in October."]),
]


def wrap(text, first, rest):
    return textwrap.wrap(text, width=W, initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False)


def build_txt():
    L = []
    L.append("MEETING RECORD - EXPORTED FROM CMIS")
    L.append("COMMITTEE: Adult Social Care Scrutiny Committee")
    L.append("DATE: Thursday, 12 June 2025   TIME: 10:00   VENUE: Council Chamber, County Hall, Wexcombe")
    L.append("STATUS: Draft - subject to approval")
    L.append("")
    L.append("ATTENDANCE")
    L.append("%-25s%-39s%s" % ("NAME", "ROLE", "ATTENDANCE"))
    L.append("%-25s%-39s%s" % ("-" * 23, "-" * 37, "-" * 14))
    for n, r, a in ATT:
        L.append("%-25s%-39s%s" % (n, r, a))
    L.append("")
    for it in ITEMS1:
        L.append("=" * W)
        L.append("MINUTE NO: %s" % it["no"])
        L.append("SUBJECT:   %s" % it["subject"])
        L.append("REPORT BY: %s" % it["by"])
        L.append("")
        L.append("SUMMARY:")
        for p in it["summary"]:
            L += wrap(p, "    ", "    ")
            L.append("")
        if it["qa"]:
            L.append("MEMBERS' QUESTIONS AND ANSWERS:")
            for i, (who, q, by, a) in enumerate(it["qa"], 1):
                lab = "    Q%d %s: " % (i, who)
                L += wrap(q[0].upper() + q[1:], lab, " " * 11)
                if a:
                    lab = "    A%d %s: " % (i, by)
                    L += wrap(a[0].upper() + a[1:], lab, " " * 11)
                else:
                    L += wrap("No answer was recorded at the meeting.", "    A%d " % i, " " * 11)
                L.append("")
        if it["decision"]:
            L.append("DECISION:")
            for j, d in enumerate(it["decision"]):
                L += wrap(d, "    (%s) " % "abcdefgh"[j], " " * 8)
            L.append("")
    L.append("=" * W)
    L.append("The meeting closed at 12:47.")
    # paginate
    per = 54
    pages = [L[i:i + per] for i in range(0, len(L), per)]
    out = []
    for pn, pg in enumerate(pages, 1):
        head = "%s   Page %d of %d" % (HEADER, pn, len(pages))
        pg = pg + [""] * (per - len(pg))
        out.append("\n".join([head, "-" * W] + pg + ["-" * W, "Chairman's initials ........" + " " * 36 + "Page %d" % pn]))
    return "\n\f".join(out) + "\n"


def gold_txt():
    items = [{"number": it["no"], "title": it["subject"]} for it in ITEMS1]
    Q = [
        ("37", "question", "no compliant bids had been received for the two rural lots",
         "Cllr Hanley", "providers had cited travel time and fuel costs in rural areas",
         "Head of Commissioning", ["subcontracting", "adult-social-care", "finance"]),
        ("37", "question", "whether people who use the service had been involved in scoring the bids",
         "Mrs Fenn", "four experts by experience had sat on the evaluation panel",
         "Head of Commissioning", ["patient-and-public-input", "subcontracting"]),
        ("37", "concern", "successful bidders were owned by private equity groups with high levels of debt",
         "Cllr Okafor", "financial resilience checks had been carried out on every bidder",
         "Executive Director", ["privatisation", "subcontracting", "finance"]),
        ("37", "question", "how many care workers would transfer under TUPE",
         "Cllr Malhotra", "around 310 staff were expected to transfer",
         "Head of Commissioning", ["workforce", "subcontracting"]),
        ("38", "question", "questioned the reliance on international recruitment",
         "Cllr Pryce", "international recruits were now 14 per cent of new starters",
         "Head of Workforce Development", ["workforce"]),
        ("38", "request", "include a target for reducing spend on agency social workers",
         "Cllr Tranter", "agency spend had fallen by 0.9 million pounds over the last year",
         "Executive Director", ["workforce", "finance"]),
        ("38", "question", "exit interview data showed why experienced staff were leaving the reablement service",
         "Cllr Ellison", None, None, ["workforce", "adult-social-care"]),
        ("39", "question", "what was causing the delays for patients waiting for a package of care",
         "Cllr Okafor", "half of the delays were for double-handed care calls in the evening",
         "Deputy Director Urgent Care", ["adult-social-care"]),
        ("39", "question", "how the Better Care Fund was being used to support the discharge to assess model",
         "Cllr Hanley", "3.4 million pounds of the pooled budget funded the transfer of care hub",
         "Executive Director", ["integration", "finance", "adult-social-care"]),
        ("39", "concern", "told of a discharge on the same morning with no plan in place",
         "Mrs Fenn", "undertook to share the Healthwatch findings with the ward managers",
         "Deputy Director Urgent Care", ["patient-and-public-input", "adult-social-care"]),
        ("40", "question", "whether the rise in concerns reflected more abuse or better awareness",
         "Cllr Malhotra", "the evidence pointed mainly to better reporting following training in care homes",
         "Assistant Director, Safeguarding", ["adult-social-care"]),
        ("40", "comment", "how learning from safeguarding adults reviews had changed frontline practice",
         "Cllr Pryce", None, None, ["adult-social-care"]),
        ("41", "request", "an item on the charging policy for non-residential care be added",
         "Cllr Ellison", "would be scheduled for October with a report from the Head of Financial Assessments",
         "Democratic Services Officer", ["finance", "governance", "adult-social-care"]),
    ]
    R = [
        ("36", "minutes of the meeting held on 10 April 2025 be confirmed as a correct record", "agreed", []),
        ("37", "RECOMMENDS to Cabinet that the rural lots be re-tendered with a rurality uplift", "recommended",
         ["subcontracting", "adult-social-care"]),
        ("38", "the draft Adult Social Care Workforce Strategy be endorsed", "agreed", ["workforce", "adult-social-care"]),
        ("39", "the joint report on hospital discharge performance be noted", "noted", ["adult-social-care"]),
        ("40", "the Safeguarding Adults Board Annual Report 2024/25 be noted", "noted", ["adult-social-care"]),
        ("41", "the work programme be agreed, subject to the addition of an item", "agreed", ["governance"]),
    ]
    attmap = {"Present": "present", "Apologies": "apologies", "Virtual": "present",
              "Absent": "absent", "In attendance": "in_attendance"}
    atts = []
    for n, r, a in ATT:
        if a.startswith("Substitute"):
            att = "present"
        elif a == "Virtual" and not n.startswith(("Cllr", "Mrs")):
            att = "in_attendance"
        else:
            att = attmap[a]
        atts.append({"name": n, "role": r, "attendance": att})
    return dict(document=TXT_NAME, doc_type="minutes",
                committee="Adult Social Care Scrutiny Committee", meeting_date="2025-06-12",
                items=items,
                questions=[dict(item=i, kind=k, text=t, asked_by=ab, answer=a, given_by=g, themes=th)
                           for i, k, t, ab, a, g, th in Q],
                resolutions=[dict(item=i, text=t, outcome=o, themes=th) for i, t, o, th in R],
                attendees=atts)


# ---------------------------------------------------------------- document 2 (docx)
ITEMS2 = [
    ("Apologies for Absence and Substitutions",
     [("p", "Apologies for absence were received from Councillor Shafiq (Lab). Councillor Doyle "
            "(Con) substituted for Councillor Barraclough (Con).")], None),
    ("Declarations of Interest",
     [("p", "Councillor Nwosu declared a personal interest in item 6 as a member of the "
            "board of a local young carers charity. There were no other declarations.")], None),
    ("Minutes of the Previous Meeting held on 14 January 2025",
     [("p", "The minutes were considered. There were no matters arising.")],
     ["That the minutes of the meeting held on 14 January 2025 be approved as a correct record."]),
    ("Halbridge Hospitals NHS Foundation Trust - Community Diagnostic Centre",
     [("p", "The Chief Operating Officer of Halbridge Hospitals NHS Foundation Trust gave a "
            "presentation on the opening of the Community Diagnostic Centre at the Eastgate "
            "retail park, which would offer MRI, CT and phlebotomy seven days a week from "
            "June 2025."),
      ("p", "Members queried why the centre was being sited on a retail park on the edge of "
            "town rather than in the town centre. Officers advised that the site was the only "
            "one available within the capital timescale and that a new bus route would serve it."),
      ("p", "Members queried whether any of the scanning would be carried out by an "
            "independent sector provider. Officers advised that the MRI service would be run "
            "under contract by a private company for the first three years, with Trust "
            "radiographers supervising."),
      ("p", "In discussion the following points were made:"),
      ("b", "Patients without a car in the north of the borough would struggle to reach the "
            "site for early morning appointments – Officers advised that a patient transport "
            "review would report in the summer."),
      ("b", "Whether the centre would reduce the 19 week wait for non-urgent MRI scans "
            "– Officers advised that waits were expected to fall below six weeks by March 2026."),
      ("b", "A request that patient feedback from the first three months be shared with the "
            "Panel – Officers advised that the Trust would bring the results of its patient "
            "survey to the September meeting."),
      ],
     ["That the presentation be noted.",
      "That the Trust be asked to report on patient transport access to the centre in September 2025."]),
    ("Public Health Grant 2025/26 and Stop Smoking Service",
     [("p", "The Director of Public Health introduced the report setting out the allocation of "
            "the Public Health Grant of 31.6 million pounds for 2025/26, a real terms increase of "
            "1.2 per cent, and proposals to bring the stop smoking service back in-house."),
      ("p", "Members queried what savings would be made by ending the contract with the current "
            "provider. Officers advised that bringing the service in-house would save around "
            "140,000 pounds a year in management fees and overheads."),
      ("p", "In discussion the following points were made:"),
      ("b", "Concern that smoking rates among routine and manual workers remained twice the "
            "borough average – Officers advised that outreach would be targeted at large "
            "employers and the markets."),
      ("b", "Whether the youth vaping campaign had been evaluated with schools – Officers "
            "advised that a survey of 2,400 pupils would be completed before the summer term ended."),
      ("b", "Members noted that the sexual health budget was again being held flat in cash terms."),
      ],
     ["That the proposed allocation of the Public Health Grant for 2025/26 be endorsed.",
      "That the Panel supports the return of the stop smoking service to in-house delivery "
      "from 1 July 2025."]),
    ("Children and Young People's Emotional Wellbeing and Mental Health",
     [("p", "The Associate Director of Mental Health Commissioning, NHS West Pennine Integrated "
            "Care Board, presented an update on waiting times for CAMHS and the new schools "
            "mental health support teams."),
      ("p", "Members queried the length of waits for neurodevelopmental assessments, which "
            "the report put at up to 104 weeks. Officers advised that additional assessment "
            "capacity had been commissioned from two independent providers to clear the backlog."),
      ("p", "Members queried how the views of young people had shaped the new single point of "
            "access. Officers advised that the Youth Council had co-produced the referral form "
            "and the website."),
      ("p", "In discussion the following points were made:"),
      ("b", "Concern about young people being placed on adult wards when no specialist bed "
            "was available – Officers advised that there had been three such admissions in "
            "the last year, each reviewed by the safeguarding lead."),
      ("b", "Support for young carers who were struggling at school because of their "
            "responsibilities at home was requested."),
      ],
     ["That the update be noted.",
      "That the Panel recommends to the Health and Wellbeing Board that neurodevelopmental "
      "waiting times be added to its performance dashboard."]),
    ("Extra Care Housing Scheme, Moorside - Procurement Update",
     [("p", "The Head of Strategic Commissioning (Adults, Housing and Prevention) reported on "
            "the procurement of a care and support provider for the new 80-apartment extra care "
            "scheme at Moorside, due to open in January 2026."),
      ("p", "Members queried whether tenants would have a choice of care provider or be tied "
            "to the on-site provider. Officers advised that the core night cover would be "
            "provided on site but tenants could choose another provider for personal care."),
      ("p", "Members queried the risk that the preferred bidder would walk away if rent levels "
            "were set too low for the scheme to be viable. Officers advised that the housing "
            "association had modelled rents at Local Housing Allowance levels."),
      ],
     ["That the procurement update be noted."]),
    ("Work Programme 2025/26",
     [("p", "The Scrutiny Officer presented the draft work programme."),
      ("p", "Members queried whether the Panel could hold a joint session with the Children's "
            "Scrutiny Panel on SEND transport. Officers advised that a joint session would be "
            "arranged for the autumn."),
      ],
     ["That the draft work programme for 2025/26 be approved."]),
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def build_docx(path):
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn
    from docx.oxml import parse_xml
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Democratic Services"
    cp.title = "Health and Wellbeing Scrutiny Panel minutes 4 March 2025"
    cp.created = datetime.datetime(2025, 3, 6, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 6, 9, 0, 0)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 1

    numbering = doc.part.numbering_part.element

    def abstract(aid, fmt, bullet=False, indent=567):
        xml = ('<w:abstractNum xmlns:w="%s" w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
               '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
               '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="567"/></w:pPr>%s</w:lvl>'
               '</w:abstractNum>') % (W_NS, aid, "bullet" if bullet else "decimal", fmt, indent,
                                      '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>' if bullet else "")
        el = parse_xml(xml)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)

    def num(nid, aid, restart=False):
        xml = '<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>' % (
            W_NS, nid, aid,
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else "")
        numbering.append(parse_xml(xml))

    abstract(90, "%1.")               # item titles
    abstract(91, "%1.", indent=1134)  # decisions
    abstract(92, "\uf0b7", bullet=True, indent=1134)  # bullets
    num(901, 90)
    num(903, 92)

    def set_num(p, nid):
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml('<w:numPr xmlns:w="%s"><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                             % (W_NS, nid)))

    def para(text, bold=False, align=None, size=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
        return p

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Health and Wellbeing Scrutiny Panel - 4 March 2025"
    fp = sec.footer.paragraphs[0]
    fp.text = "Halbridge Metropolitan Borough Council"

    para("HALBRIDGE METROPOLITAN BOROUGH COUNCIL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para("HEALTH AND WELLBEING SCRUTINY PANEL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("Minutes of the meeting held on Tuesday 4 March 2025 at 6.00 pm in Committee Room 2, "
         "Halbridge Town Hall", align=WD_ALIGN_PARAGRAPH.CENTER)
    para("Councillors present:", bold=True)
    para("Councillor Joan Whitfield (Lab) (Chair), Councillor Imran Bashir (Lab) (Vice-Chair), "
         "Councillor Chloe Nwosu (Lab), Councillor Kevin Doyle (Con), Councillor Ruth Pemberton (LD), "
         "Councillor Alan Greaves (Lab), Councillor Derek Mossop (Con)")
    para("Apologies:", bold=True)
    para("Councillor Nadia Shafiq (Lab), Councillor Frank Barraclough (Con)")
    para("Also present:", bold=True)
    para("Councillor Lesley Kerr (Lab) (Cabinet Member for Health and Adult Care); "
         "Dr Martin Oyelaran, Chief Operating Officer, Halbridge Hospitals NHS Foundation Trust; "
         "Emma Castleton, Associate Director of Mental Health Commissioning, NHS West Pennine "
         "Integrated Care Board")
    para("Officers:", bold=True)
    para("Dr Ayesha Kaur, Director of Public Health; Graham Holt, Head of Strategic Commissioning "
         "(Adults, Housing and Prevention); Lucy Farrar, Scrutiny Officer")

    for k, (title, body, agreed) in enumerate(ITEMS2):
        p = doc.add_paragraph()
        r = p.add_run(title)
        r.bold = True
        r.underline = True
        set_num(p, 901)
        p.paragraph_format.space_before = Pt(12)
        for kind, text in body:
            q = doc.add_paragraph(text)
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if kind == "b":
                set_num(q, 903)
        if agreed:
            para("AGREED:", bold=True)
            nid = 910 + k
            num(nid, 91, restart=True)
            for a in agreed:
                q = doc.add_paragraph(a)
                set_num(q, nid)
    para("The meeting closed at 8.12 pm.")
    para("CHAIR", bold=True)

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite zip with fixed timestamps for determinism
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def gold_docx():
    items = [{"number": str(i + 1), "title": t} for i, (t, _, _) in enumerate(ITEMS2)]
    Q = [
        ("4", "question", "why the centre was being sited on a retail park on the edge of town",
         "the site was the only one available within the capital timescale", ["finance"]),
        ("4", "question", "whether any of the scanning would be carried out by an independent sector provider",
         "the MRI service would be run under contract by a private company",
         ["subcontracting", "privatisation", "workforce"]),
        ("4", "concern", "Patients without a car in the north of the borough would struggle",
         "a patient transport review would report in the summer", []),
        ("4", "question", "reduce the 19 week wait for non-urgent MRI scans",
         "waits were expected to fall below six weeks by March 2026", []),
        ("4", "request", "patient feedback from the first three months be shared with the Panel",
         "bring the results of its patient survey to the September meeting",
         ["patient-and-public-input"]),
        ("5", "question", "what savings would be made by ending the contract with the current provider",
         "would save around 140,000 pounds a year in management fees",
         ["finance", "subcontracting", "privatisation", "public-health"]),
        ("5", "concern", "smoking rates among routine and manual workers remained twice the borough average",
         "outreach would be targeted at large employers and the markets", ["public-health"]),
        ("5", "question", "Whether the youth vaping campaign had been evaluated with schools",
         "a survey of 2,400 pupils would be completed before the summer term",
         ["public-health", "children-and-families", "patient-and-public-input"]),
        ("5", "comment", "the sexual health budget was again being held flat in cash terms",
         None, ["public-health", "finance"]),
        ("6", "question", "the length of waits for neurodevelopmental assessments",
         "additional assessment capacity had been commissioned from two independent providers",
         ["mental-health", "children-and-families", "subcontracting"]),
        ("6", "question", "how the views of young people had shaped the new single point of access",
         "the Youth Council had co-produced the referral form and the website",
         ["patient-and-public-input", "children-and-families", "mental-health"]),
        ("6", "concern", "young people being placed on adult wards when no specialist bed was available",
         "there had been three such admissions in the last year",
         ["mental-health", "children-and-families"]),
        ("6", "request", "Support for young carers who were struggling at school",
         None, ["children-and-families", "mental-health"]),
        ("7", "question", "whether tenants would have a choice of care provider",
         "the core night cover would be provided on site", ["housing", "adult-social-care", "subcontracting"]),
        ("7", "concern", "the preferred bidder would walk away if rent levels were set too low",
         "the housing association had modelled rents at Local Housing Allowance levels",
         ["housing", "subcontracting", "finance", "governance"]),
        ("8", "request", "hold a joint session with the Children's Scrutiny Panel on SEND transport",
         "a joint session would be arranged for the autumn", ["children-and-families", "governance"]),
    ]
    R = [
        ("3", "the minutes of the meeting held on 14 January 2025 be approved", "agreed", []),
        ("4", "the Trust be asked to report on patient transport access", "agreed", []),
        ("5", "the proposed allocation of the Public Health Grant for 2025/26 be endorsed", "agreed",
         ["public-health", "finance", "privatisation"]),
        ("6", "recommends to the Health and Wellbeing Board that neurodevelopmental waiting times", "recommended",
         ["mental-health", "children-and-families"]),
        ("7", "That the procurement update be noted", "noted", ["subcontracting", "housing"]),
        ("8", "the draft work programme for 2025/26 be approved", "agreed", ["governance"]),
    ]
    A = [
        ("Councillor Joan Whitfield", "Chair", "present"),
        ("Councillor Imran Bashir", "Vice-Chair", "present"),
        ("Councillor Chloe Nwosu", None, "present"),
        ("Councillor Kevin Doyle", None, "present"),
        ("Councillor Ruth Pemberton", None, "present"),
        ("Councillor Alan Greaves", None, "present"),
        ("Councillor Derek Mossop", None, "present"),
        ("Councillor Nadia Shafiq", None, "apologies"),
        ("Councillor Frank Barraclough", None, "apologies"),
        ("Councillor Lesley Kerr", "Cabinet Member for Health and Adult Care", "in_attendance"),
        ("Dr Martin Oyelaran", "Chief Operating Officer, Halbridge Hospitals NHS Foundation Trust", "in_attendance"),
        ("Emma Castleton", "Associate Director of Mental Health Commissioning, NHS West Pennine Integrated Care Board", "in_attendance"),
        ("Dr Ayesha Kaur", "Director of Public Health", "in_attendance"),
        ("Graham Holt", "Head of Strategic Commissioning (Adults, Housing and Prevention)", "in_attendance"),
        ("Lucy Farrar", "Scrutiny Officer", "in_attendance"),
    ]
    return dict(document=DOCX_NAME, doc_type="minutes",
                committee="Health and Wellbeing Scrutiny Panel", meeting_date="2025-03-04",
                items=items,
                questions=[dict(item=i, kind=k, text=t, asked_by=None, answer=a,
                                given_by=("Officers" if a else None), themes=th)
                           for i, k, t, a, th in Q],
                resolutions=[dict(item=i, text=t, outcome=o, themes=th) for i, t, o, th in R],
                attendees=[dict(name=n, role=r, attendance=a) for n, r, a in A])


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("\u2013", " ").replace("\u2014", " ")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def source_text(path):
    if path.endswith(".txt"):
        return open(path, encoding="utf-8").read()
    from docx import Document
    d = Document(path)
    return "\n".join(p.text for p in d.paragraphs)


def check():
    ok = True
    for f in sorted(os.listdir(GOLD)):
        if not f.startswith("bl-"):
            continue
        g = json.load(open(os.path.join(GOLD, f)))
        src = " " + norm(source_text(os.path.join(DOCS, g["document"]))) + " "
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("q.text", q["text"]))
            if q["answer"]:
                phrases.append(("q.answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("res", r["text"]))
        for kind, p in phrases:
            n = len(p.split())
            c = src.count(" " + norm(p) + " ")
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print("FAIL %s %s (%d words, %d hits): %s" % (f, kind, n, c, p))
        print("%s: %d items, %d questions, %d resolutions, %d attendees, %d phrases checked" % (
            f, len(g["items"]), len(g["questions"]), len(g["resolutions"]), len(g["attendees"]), len(phrases)))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(DOCS, TXT_NAME), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(build_txt())
    build_docx(os.path.join(DOCS, DOCX_NAME))
    for name, g in ((TXT_NAME, gold_txt()), (DOCX_NAME, gold_docx())):
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    check()


if __name__ == "__main__":
    main()
