#!/usr/bin/env python3
"""Build the "br-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_br.py          build documents and gold
        build_br.py --check  verify every gold phrase occurs once in its document
"""
import html, json, os, re, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

# ---------------------------------------------------------------- document 1: Word Online HTML
D1 = "br-harrowfield-community-scrutiny-2025-10-14.html"
SC = "SCXW123 BCX0"
CHUNKS = [17, 9, 23, 6, 31, 12, 4, 27, 14]

def runs(text, bold=False):
    out, i, k = [], 0, 0
    while i < len(text):
        n = CHUNKS[k % len(CHUNKS)]; k += 1
        piece = text[i:i + n]; i += n
        esc = html.escape(piece, quote=False)
        if esc.startswith(" "):
            esc = "&nbsp;" + esc[1:]
        cls = f"TextRun {SC}" + (" MacChromeBold" if bold else "")
        sty = ' style="font-weight: bold;"' if bold and k % 2 else ""
        out.append(f'<span class="{cls}" lang="EN-GB" xml:lang="EN-GB" data-contrast="auto"{sty}>'
                   f'<span class="NormalTextRun {SC}">{esc}</span></span>')
    return "".join(out)

EOP = f'<span class="EOP {SC}" data-ccp-props="{{&quot;201341983&quot;:0,&quot;335559739&quot;:160}}">&nbsp;</span>'
_pid = [0x1A2B0000]

def para(segments):
    """segments: list of (text, bold)"""
    _pid[0] += 7
    inner = "".join(runs(t, b) for t, b in segments)
    return (f'<div class="OutlineElement Ltr {SC}"><p class="Paragraph {SC}" paraid="{_pid[0]}" '
            f'paraeid="{{{_pid[0]:x}-0}}{{{_pid[0] % 97}}}" style="text-align: justify;">{inner}{EOP}</p></div>\n')

def bullets(items):
    lis = []
    for n, t in enumerate(items, 1):
        _pid[0] += 7
        lis.append(f'<li data-leveltext="\uf0b7" data-font="Symbol" data-listid="4" aria-setsize="-1" '
                   f'data-aria-posinset="{n}" data-aria-level="1" role="listitem" class="OutlineElement Ltr {SC}">'
                   f'<p class="Paragraph {SC}" paraid="{_pid[0]}">{runs(t)}{EOP}</p></li>')
    return (f'<div class="ListContainerWrapper {SC}"><ul class="BulletListStyle1 {SC}" role="list">'
            + "".join(lis) + "</ul></div>\n")

D1_BODY = [
    ("p", [("HARROWFIELD DISTRICT COUNCIL", True)]),
    ("p", [("Minutes of the meeting of the Community Scrutiny Committee held in the Council Chamber, Harrowfield Civic Offices, on Tuesday 14 October 2025 at 6.30pm", False)]),
    ("p", [("Present: ", True), ("Councillor Jane Morrow (Chair), Councillor Peter Aldous (Vice-Chair), Councillors Fiona Blythe, Tariq Hussain, Owen Pritchard, Sally Venn and Martin Yeo (substitute for Councillor Dawn Keele).", False)]),
    ("p", [("Also present: ", True), ("Dr Helen Saddique (Associate Director of Primary Care, Mid Harrow Integrated Care Board); Mark Ellery (Contract Director, Activa Leisure Trust).", False)]),
    ("p", [("Officers: ", True), ("Rebecca Lane (Assistant Director \u2013 Housing and Community Wellbeing), Gareth Moss (Leisure and Culture Contracts Manager), Anita Cole (Private Sector Housing and Grants Team Leader), Simon Trew (Democratic Services Officer).", False)]),
    ("p", [("Apologies: ", True), ("Councillors Dawn Keele and Robert Finch.", False)]),
    ("p", [("1.  Apologies for Absence and Substitutions", True)]),
    ("p", [("Apologies were received from Councillors Dawn Keele and Robert Finch. Councillor Martin Yeo attended as substitute for Councillor Keele.", False)]),
    ("p", [("2.  Declarations of Interest", True)]),
    ("p", [("Councillor Owen Pritchard declared a non-registrable interest in item 4 as a member of Harrowfield Swimming Club; he remained in the meeting and took part in the discussion.", False)]),
    ("p", [("3.  Minutes of the Previous Meeting", True)]),
    ("p", [("RESOLVED: ", True), ("That the minutes of the meeting held on 9 September 2025 be approved as a correct record and signed by the Chair.", False)]),
    ("p", [("4.  Leisure Centres Management Contract \u2013 Annual Performance Review", True)]),
    ("p", [("The Leisure and Culture Contracts Manager introduced the report, which set out performance in the third year of the ten-year contract with Activa Leisure Trust for the operation of the Brackley Road and Marsham leisure centres. Mark Ellery, Contract Director, attended for the trust. Members discussed the report and the following points were raised:", False)]),
    ("ul", [
        "Cllr Hussain questioned why the management fee paid to the operator had risen by 14 per cent despite falling attendance at Marsham.",
        "Officers responded that the increase reflected the utilities indexation clause agreed at contract award in 2022.",
        "Cllr Venn questioned whether the contract allowed the council to claw back any surplus made by the trust\u2019s trading subsidiary.",
        "Officers responded that a profit share applied above an agreed threshold, but no surplus had been declared to date.",
        "Cllr Blythe raised concern that the closure of the learner pool for five weeks had not been communicated to schools.",
        "Officers responded that the operator had apologised and would give schools at least one term\u2019s notice in future.",
        "Cllr Aldous asked whether bringing the service back in-house at the contract break clause in 2027 had been costed.",
        "Officers responded that an options appraisal would be brought to the Committee before any decision on the break clause.",
    ]),
    ("p", [("RESOLVED: ", True), ("That (1) the annual performance report on the leisure management contract be noted; and (2) the options appraisal on the 2027 break clause be added to the work programme for March 2026.", False)]),
    ("p", [("5.  Housing Register and Temporary Accommodation Update", True)]),
    ("p", [("The Assistant Director \u2013 Housing and Community Wellbeing presented the quarterly update. Demand for temporary accommodation had risen by 22 per cent on the previous year, driven mainly by section 21 notices and family breakdown. Members discussed the report and the following points were raised:", False)]),
    ("ul", [
        "Cllr Pritchard questioned how many households with children had been placed in bed and breakfast beyond the six-week legal limit.",
        "Officers responded that eleven families had exceeded six weeks in the year, all now moved to self-contained units.",
        "Cllr Yeo questioned the cost to the council of nightly-paid temporary accommodation this financial year.",
        "Officers responded that spending had reached \u00a3612,000 by the end of September against a budget of \u00a3480,000.",
        "Cllr Morrow asked that tenants\u2019 views be gathered through a survey of families placed by the council.",
        "Cllr Venn questioned whether the council would consider leasing homes from private landlords to reduce hotel use.",
        "Officers responded that a leasing scheme was being drafted and would go to Cabinet in January.",
    ]),
    ("p", [("RESOLVED: ", True), ("That the Committee recommends to Cabinet that the views of households living in temporary accommodation be sought and reported back by June 2026.", False)]),
    ("p", [("6.  Access to GP Services \u2013 Mid Harrow Integrated Care Board", True)]),
    ("p", [("Dr Helen Saddique, Associate Director of Primary Care, gave a presentation on access to general practice across the district, including the roll-out of online triage and the additional roles funded through the primary care networks. Members discussed the presentation and the following points were raised:", False)]),
    ("ul", [
        "Cllr Blythe questioned why residents in Marsham still waited more than three weeks for a routine GP appointment.",
        "Dr Saddique responded that two practices had lost salaried GPs and were relying on locums while recruitment continued.",
        "Cllr Hussain raised concern that the new online triage system disadvantaged older residents without internet access.",
        "Officers responded that practices must keep a telephone route and the ICB would audit compliance in the spring.",
        "Cllr Aldous questioned whether the pharmacy at Brackley Road would close when its contract ended in December.",
        "Officers responded that the ICB had received no notice of closure and would consult the public if one arose.",
    ]),
    ("p", [("RESOLVED: ", True), ("That the update from the Integrated Care Board on access to general practice be noted.", False)]),
    ("p", [("7.  Disabled Facilities Grants \u2013 Delivery Performance", True)]),
    ("p", [("The Private Sector Housing and Grants Team Leader introduced the report on the delivery of adaptations funded through the Better Care Fund allocation. Members discussed the report and the following points were raised:", False)]),
    ("ul", [
        "Cllr Venn questioned why the average time from referral to completed adaptation had risen to 41 weeks.",
        "Officers responded that there was a shortage of occupational therapists at the county council and only two approved contractors.",
        "Cllr Pritchard asked whether the underspend on the grant could be carried forward into next year.",
        "Officers responded that the underspend of \u00a3210,000 would be carried forward with the agreement of the county council.",
    ]),
    ("p", [("RESOLVED: ", True), ("That (1) the report be noted; and (2) the Assistant Director be asked to explore a framework of additional approved contractors for adaptations.", False)]),
    ("p", [("8.  Work Programme", True)]),
    ("p", [("RESOLVED: ", True), ("That the work programme be agreed, subject to the addition of a report on damp and mould complaints in temporary accommodation.", False)]),
    ("p", [("The meeting closed at 8.52pm.", False)]),
    ("p", [("Chair", False)]),
]

def build_d1():
    parts = []
    for kind, content in D1_BODY:
        parts.append(para(content) if kind == "p" else bullets(content))
    doc = ('<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">'
           '<title>Community Scrutiny Committee minutes 14 October 2025.docx</title>'
           f'<style>.{SC.split()[0]}{{margin:0;padding:0}} .MacChromeBold{{font-weight:bold}} p.Paragraph{{margin:0 0 8pt}}</style>'
           '</head><body>\n<div class="WACViewPanel_EditingElement"><div class="PageContent" id="PageContent">\n'
           + "".join(parts) + "</div></div>\n</body></html>\n")
    return doc

G1 = {
    "document": D1, "doc_type": "minutes", "committee": "Community Scrutiny Committee", "meeting_date": "2025-10-14",
    "items": [{"number": "1", "title": "Apologies for Absence and Substitutions"},
              {"number": "2", "title": "Declarations of Interest"},
              {"number": "3", "title": "Minutes of the Previous Meeting"},
              {"number": "4", "title": "Leisure Centres Management Contract \u2013 Annual Performance Review"},
              {"number": "5", "title": "Housing Register and Temporary Accommodation Update"},
              {"number": "6", "title": "Access to GP Services \u2013 Mid Harrow Integrated Care Board"},
              {"number": "7", "title": "Disabled Facilities Grants \u2013 Delivery Performance"},
              {"number": "8", "title": "Work Programme"}],
    "questions": [
        {"item": "4", "kind": "question", "text": "questioned why the management fee paid to the operator had risen by 14 per cent",
         "asked_by": "Cllr Hussain", "answer": "the increase reflected the utilities indexation clause agreed at contract award",
         "given_by": "Officers", "themes": ["subcontracting", "finance"]},
        {"item": "4", "kind": "question", "text": "questioned whether the contract allowed the council to claw back any surplus",
         "asked_by": "Cllr Venn", "answer": "a profit share applied above an agreed threshold, but no surplus had been declared",
         "given_by": "Officers", "themes": ["subcontracting", "finance"]},
        {"item": "4", "kind": "concern", "text": "closure of the learner pool for five weeks had not been communicated to schools",
         "asked_by": "Cllr Blythe", "answer": "the operator had apologised and would give schools at least one term's notice",
         "given_by": "Officers", "themes": ["subcontracting", "children-and-families"]},
        {"item": "4", "kind": "question", "text": "asked whether bringing the service back in-house at the contract break clause",
         "asked_by": "Cllr Aldous", "answer": "an options appraisal would be brought to the Committee before any decision",
         "given_by": "Officers", "themes": ["privatisation", "subcontracting", "finance"]},
        {"item": "5", "kind": "question", "text": "questioned how many households with children had been placed in bed and breakfast",
         "asked_by": "Cllr Pritchard", "answer": "eleven families had exceeded six weeks in the year, all now moved",
         "given_by": "Officers", "themes": ["housing", "children-and-families"]},
        {"item": "5", "kind": "question", "text": "questioned the cost to the council of nightly-paid temporary accommodation",
         "asked_by": "Cllr Yeo", "answer": "spending had reached \u00a3612,000 by the end of September against a budget",
         "given_by": "Officers", "themes": ["housing", "finance"]},
        {"item": "5", "kind": "request", "text": "asked that tenants' views be gathered through a survey of families",
         "asked_by": "Cllr Morrow", "answer": None, "given_by": None,
         "themes": ["housing", "patient-and-public-input"]},
        {"item": "5", "kind": "question", "text": "whether the council would consider leasing homes from private landlords to reduce hotel use",
         "asked_by": "Cllr Venn", "answer": "a leasing scheme was being drafted and would go to Cabinet in January",
         "given_by": "Officers", "themes": ["housing"]},
        {"item": "6", "kind": "question", "text": "questioned why residents in Marsham still waited more than three weeks",
         "asked_by": "Cllr Blythe", "answer": "two practices had lost salaried GPs and were relying on locums",
         "given_by": "Dr Saddique", "themes": ["primary-care", "workforce"]},
        {"item": "6", "kind": "concern", "text": "the new online triage system disadvantaged older residents without internet access",
         "asked_by": "Cllr Hussain", "answer": "practices must keep a telephone route and the ICB would audit compliance",
         "given_by": "Officers", "themes": ["primary-care", "governance"]},
        {"item": "6", "kind": "question", "text": "whether the pharmacy at Brackley Road would close when its contract ended",
         "asked_by": "Cllr Aldous", "answer": "the ICB had received no notice of closure and would consult the public",
         "given_by": "Officers", "themes": ["primary-care", "patient-and-public-input"]},
        {"item": "7", "kind": "question", "text": "questioned why the average time from referral to completed adaptation had risen",
         "asked_by": "Cllr Venn", "answer": "there was a shortage of occupational therapists at the county council",
         "given_by": "Officers", "themes": ["housing", "workforce", "subcontracting"]},
        {"item": "7", "kind": "question", "text": "asked whether the underspend on the grant could be carried forward",
         "asked_by": "Cllr Pritchard", "answer": "the underspend of \u00a3210,000 would be carried forward with the agreement",
         "given_by": "Officers", "themes": ["housing", "finance"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 9 September 2025 be approved", "outcome": "agreed", "themes": []},
        {"item": "4", "text": "the annual performance report on the leisure management contract be noted", "outcome": "agreed", "themes": ["subcontracting"]},
        {"item": "5", "text": "the Committee recommends to Cabinet that the views of households living in temporary accommodation",
         "outcome": "recommended", "themes": ["housing", "patient-and-public-input"]},
        {"item": "6", "text": "the update from the Integrated Care Board on access to general practice be noted",
         "outcome": "noted", "themes": ["primary-care"]},
        {"item": "7", "text": "asked to explore a framework of additional approved contractors for adaptations",
         "outcome": "agreed", "themes": ["housing", "subcontracting"]},
        {"item": "8", "text": "the work programme be agreed, subject to the addition of a report",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Jane Morrow", "role": "Chair", "attendance": "present"},
        {"name": "Peter Aldous", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Fiona Blythe", "role": None, "attendance": "present"},
        {"name": "Tariq Hussain", "role": None, "attendance": "present"},
        {"name": "Owen Pritchard", "role": None, "attendance": "present"},
        {"name": "Sally Venn", "role": None, "attendance": "present"},
        {"name": "Martin Yeo", "role": "substitute for Councillor Dawn Keele", "attendance": "present"},
        {"name": "Dr Helen Saddique", "role": "Associate Director of Primary Care, Mid Harrow Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Mark Ellery", "role": "Contract Director, Activa Leisure Trust", "attendance": "in_attendance"},
        {"name": "Rebecca Lane", "role": "Assistant Director \u2013 Housing and Community Wellbeing", "attendance": "in_attendance"},
        {"name": "Gareth Moss", "role": "Leisure and Culture Contracts Manager", "attendance": "in_attendance"},
        {"name": "Anita Cole", "role": "Private Sector Housing and Grants Team Leader", "attendance": "in_attendance"},
        {"name": "Simon Trew", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Dawn Keele", "role": None, "attendance": "apologies"},
        {"name": "Robert Finch", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- document 2: OCR'd 1996 typescript
D2 = "br-castleshire-health-committee-1996-03-12.txt"
WIDTH = 66
PAGE_LINES = 44

D2_PARAS = [
    ("c", "CASTLESHIRE COUNTY COUNCIL"),
    ("c", "HEALTH COMMITTEE"),
    ("t", "Minutes of a meeting of the Health Committee held at County Hall, Wellbridge, on Tuesday, 12th March, 1996, at 10.00 a.m."),
    ("t", "PRESENT:  Councillor J.R. Thwaite (Chairman), Councillors Mrs M. Hobday (Vice-Chairman), P. Dunmore, Mrs E. Ince, K. Pearce, A.S. Rudge and T. Waring."),
    ("t", "ALSO PRESENT:  Dr G.H. Felton (County Medical Officer), Mr R. Ambler (Director of Social Services), Mr D.C. Quarmby (County Treasurer), Miss S. Lowther (County Solicitor), Mr N. Birtwhistle (Unit General Manager, Fellside and District Community Unit), Mrs J. Kettle (Chief Executive, Castleshire Community Health NHS Trust) and Mr H. Platt (Committee Clerk)."),
    ("h", "MINUTE 41 - APOLOGIES FOR ABSENCE"),
    ("t", "Apologies for absence were received from Councillors F. Oldroyd and Mrs B. Sutcliffe."),
    ("h", "MINUTE 42 - MINUTES"),
    ("t", "RESOLVED - that the minutes of the meeting of the Committee held on 16th January, 1996, be confirmed and signed by the Chairman as a correct record."),
    ("h", "MINUTE 43 - DECLARATIONS OF INTEREST"),
    ("t", "Councillor Mrs Hobday declared a non-pecuniary interest in Minute 45 as a non-executive director of the Castleshire Community Health NHS Trust and took no part in the consideration of that item."),
    ("h", "MINUTE 44 - HEALTH AUTHORITY REORGANISATION"),
    ("t", "The Committee considered a report of the County Medical Officer on the establishment, from 1st April, 1996, of the Castleshire Health Authority, which would replace the North and South Castleshire District Health Authorities and the Family Health Services Authority under the Health Authorities Act 1995.  The County Medical Officer outlined the membership and functions of the new Authority and the arrangements for the transfer of staff."),
    ("t", "The Chairman enquired whether the new Authority would retain a local office in Ashby Marsh and the County Medical Officer replied that the Authority intended to keep a small office there until at least 1998.  Councillor Dunmore asked how many staff of the former Family Health Services Authority would lose their posts and the County Medical Officer replied that some forty posts would be deleted, mainly through early retirement and vacancies held open.  Members expressed concern that the merged Authority would be less answerable to local people than its predecessors, with no elected representatives among its members."),
    ("t", "RESOLVED - that (a) the report be noted; and (b) the Chief Executive be asked to write to the Secretary of State seeking a place for a representative of the County Council on the new Health Authority."),
    ("h", "MINUTE 45 - FELLSIDE COTTAGE HOSPITAL - PUBLIC CONSULTATION"),
    ("t", "The Unit General Manager, Fellside and District Community Unit, presented the consultation document issued by the Trust on proposals to close the six maternity beds and the minor injuries service at Fellside Cottage Hospital and to transfer them to the Royal Infirmary, Wellbridge."),
    ("t", "Councillor Mrs Ince enquired whether the public meetings on the proposals would be held in the evening, and the Unit General Manager replied that three evening meetings had been arranged in April in Fellside, Crossthwaite and Ulpha.  Councillor Pearce asked whether the closure of the maternity beds had already been decided, and the Chief Executive of the Trust stated that no decision would be taken until the consultation period had closed on 31st May.  Members expressed concern about the distance relatives would have to travel to the Royal Infirmary by public transport, particularly from the outlying villages."),
    ("t", "RESOLVED - that the Committee respond to the consultation opposing the closure of the maternity beds at Fellside Cottage Hospital, and that the County Medical Officer prepare the response in consultation with the Chairman."),
    ("h", "MINUTE 46 - TRANSFER OF RESIDENTIAL HOMES FOR THE ELDERLY"),
    ("t", "The Director of Social Services reported on the proposal, referred to this Committee by the Social Services Committee for comment, to transfer the County Council's eleven residential homes for the elderly to a not-for-profit housing association, Castleshire Care Homes Limited, with the aim of securing capital for the replacement of older buildings."),
    ("t", "Councillor Dunmore enquired whether the staff of the homes would move across on their existing terms and conditions, and the Director of Social Services replied that all staff would transfer under the TUPE regulations with their present pay protected.  Councillor Pearce asked what safeguards would prevent the new owners selling the homes for profit, and the County Solicitor replied that a covenant restricting disposal for twenty-five years would be included in each transfer.  The Chairman enquired whether residents and their families had been consulted, and the Director of Social Services replied that meetings had been held at every home during February."),
    ("t", "RESOLVED - that the Social Services Committee be recommended to proceed with the transfer subject to the staffing and covenant safeguards set out in the report."),
    ("h", "MINUTE 47 - COMMUNITY CARE - CHARGING POLICY"),
    ("t", "The Committee considered a joint rep0rt of the Director of Social Services and the County Treasurer on proposed charges for home care and day care services from 1st July, 1996, to meet a shortfall of \u00a3640,000 in the community care budget."),
    ("t", "Councillor Mrs Hobday asked whether the new charges for home care would be capped for pensioners on low incomes, and the County Treasurer replied that no charge would be made to anyone in receipt of income support.  Members expressed concern that the charges might deter elderly people from accepting help at home, with a consequent increase in admissions to hospital."),
    ("t", "RESOLVED - that consideration of the charging policy be deferred to the next meeting pending a report on the likely effect on take-up of services."),
    ("h", "MINUTE 48 - GENERAL PRACTITIONER FUNDHOLDING"),
    ("t", "The County Medical Officer presented a report on the fourth wave of general practitioner fundholding, under which a further nine practices in the County would hold their own budgets from April.  Councillor Mrs Ince asked whether patients of non-fundholding practices waited longer for hospital treatment, and the County Medical Officer replied that waiting times for routine surgery were on average five weeks longer for patients of non-fundholding practices."),
    ("t", "RESOLVED - that the report on general practitioner fundholding be noted."),
    ("h", "MINUTE 49 - DATE OF NEXT MEETING"),
    ("t", "It was noted that the next meeting of the Committee would be held at County Hall on Tuesday, 14th May, 1996, at 10.00 a.m."),
    ("t", "The meeting ended at 12.40 p.m."),
]

G2 = {
    "document": D2, "doc_type": "minutes", "committee": "Health Committee", "meeting_date": "1996-03-12",
    "items": [{"number": "41", "title": "APOLOGIES FOR ABSENCE"}, {"number": "42", "title": "MINUTES"},
              {"number": "43", "title": "DECLARATIONS OF INTEREST"},
              {"number": "44", "title": "HEALTH AUTHORITY REORGANISATION"},
              {"number": "45", "title": "FELLSIDE COTTAGE HOSPITAL - PUBLIC CONSULTATION"},
              {"number": "46", "title": "TRANSFER OF RESIDENTIAL HOMES FOR THE ELDERLY"},
              {"number": "47", "title": "COMMUNITY CARE - CHARGING POLICY"},
              {"number": "48", "title": "GENERAL PRACTITIONER FUNDHOLDING"},
              {"number": "49", "title": "DATE OF NEXT MEETING"}],
    "questions": [
        {"item": "44", "kind": "question", "text": "enquired whether the new Authority would retain a local office in Ashby Marsh",
         "asked_by": "The Chairman", "answer": "the Authority intended to keep a small office there until at least 1998",
         "given_by": "County Medical Officer", "themes": ["governance"]},
        {"item": "44", "kind": "question", "text": "asked how many staff of the former Family Health Services Authority would lose their posts",
         "asked_by": "Councillor Dunmore", "answer": "some forty posts would be deleted, mainly through early retirement",
         "given_by": "County Medical Officer", "themes": ["workforce", "governance"]},
        {"item": "44", "kind": "concern", "text": "the merged Authority would be less answerable to local people than its predecessors",
         "asked_by": None, "answer": None, "given_by": None, "themes": ["governance"]},
        {"item": "45", "kind": "question", "text": "enquired whether the public meetings on the proposals would be held in the evening",
         "asked_by": "Councillor Mrs Ince", "answer": "three evening meetings had been arranged in April in Fellside",
         "given_by": "Unit General Manager", "themes": ["patient-and-public-input"]},
        {"item": "45", "kind": "question", "text": "asked whether the closure of the maternity beds had already been decided",
         "asked_by": "Councillor Pearce", "answer": "no decision would be taken until the consultation period had closed",
         "given_by": "Chief Executive of the Trust", "themes": ["patient-and-public-input", "governance"]},
        {"item": "45", "kind": "concern", "text": "the distance relatives would have to travel to the Royal Infirmary by public transport",
         "asked_by": None, "answer": None, "given_by": None, "themes": []},
        {"item": "46", "kind": "question", "text": "whether the staff of the homes would move across on their existing terms",
         "asked_by": "Councillor Dunmore", "answer": "all staff would transfer under the TUPE regulations with their present pay protected",
         "given_by": "Director of Social Services", "themes": ["workforce", "privatisation", "adult-social-care"]},
        {"item": "46", "kind": "question", "text": "asked what safeguards would prevent the new owners selling the homes for profit",
         "asked_by": "Councillor Pearce", "answer": "a covenant restricting disposal for twenty-five years would be included",
         "given_by": "County Solicitor", "themes": ["privatisation", "adult-social-care"]},
        {"item": "46", "kind": "question", "text": "enquired whether residents and their families had been consulted",
         "asked_by": "The Chairman", "answer": "meetings had been held at every home during February",
         "given_by": "Director of Social Services", "themes": ["patient-and-public-input", "adult-social-care"]},
        {"item": "47", "kind": "question", "text": "asked whether the new charges for home care would be capped for pensioners",
         "asked_by": "Councillor Mrs Hobday", "answer": "no charge would be made to anyone in receipt of income support",
         "given_by": "County Treasurer", "themes": ["finance", "adult-social-care"]},
        {"item": "47", "kind": "concern", "text": "the charges might deter elderly people from accepting help at home",
         "asked_by": None, "answer": None, "given_by": None, "themes": ["finance", "adult-social-care"]},
        {"item": "48", "kind": "question", "text": "asked whether patients of non-fundholding practices waited longer for hospital treatment",
         "asked_by": "Councillor Mrs Ince", "answer": "waiting times for routine surgery were on average five weeks longer",
         "given_by": "County Medical Officer", "themes": ["primary-care", "finance"]},
    ],
    "resolutions": [
        {"item": "42", "text": "the minutes of the meeting of the Committee held on 16th January", "outcome": "agreed", "themes": []},
        {"item": "44", "text": "write to the Secretary of State seeking a place for a representative", "outcome": "agreed", "themes": ["governance"]},
        {"item": "45", "text": "the Committee respond to the consultation opposing the closure of the maternity beds",
         "outcome": "agreed", "themes": ["patient-and-public-input"]},
        {"item": "46", "text": "the Social Services Committee be recommended to proceed with the transfer",
         "outcome": "recommended", "themes": ["privatisation", "adult-social-care"]},
        {"item": "47", "text": "consideration of the charging policy be deferred to the next meeting",
         "outcome": "deferred", "themes": ["finance", "adult-social-care"]},
        {"item": "48", "text": "the report on general practitioner fundholding be noted", "outcome": "noted", "themes": ["primary-care"]},
    ],
    "attendees": [
        {"name": "J.R. Thwaite", "role": "Chairman", "attendance": "present"},
        {"name": "Mrs M. Hobday", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "P. Dunmore", "role": None, "attendance": "present"},
        {"name": "Mrs E. Ince", "role": None, "attendance": "present"},
        {"name": "K. Pearce", "role": None, "attendance": "present"},
        {"name": "A.S. Rudge", "role": None, "attendance": "present"},
        {"name": "T. Waring", "role": None, "attendance": "present"},
        {"name": "Dr G.H. Felton", "role": "County Medical Officer", "attendance": "in_attendance"},
        {"name": "Mr R. Ambler", "role": "Director of Social Services", "attendance": "in_attendance"},
        {"name": "Mr D.C. Quarmby", "role": "County Treasurer", "attendance": "in_attendance"},
        {"name": "Miss S. Lowther", "role": "County Solicitor", "attendance": "in_attendance"},
        {"name": "Mr N. Birtwhistle", "role": "Unit General Manager, Fellside and District Community Unit", "attendance": "in_attendance"},
        {"name": "Mrs J. Kettle", "role": "Chief Executive, Castleshire Community Health NHS Trust", "attendance": "in_attendance"},
        {"name": "Mr H. Platt", "role": "Committee Clerk", "attendance": "in_attendance"},
        {"name": "F. Oldroyd", "role": None, "attendance": "apologies"},
        {"name": "Mrs B. Sutcliffe", "role": None, "attendance": "apologies"},
    ],
}

def norm(s):
    s = html.unescape(s).lower().replace("\u2019", "'")
    return " " + re.sub(r"[\W_]+", " ", s).strip() + " "

def protected_words(gold):
    words = set()
    for q in gold["questions"]:
        for k in ("text", "answer"):
            if q[k]:
                words.update(norm(q[k]).split())
    for r in gold["resolutions"]:
        words.update(norm(r["text"]).split())
    return words

def wrap_typed(text, protect):
    """Greedy wrap to WIDTH, hyphenating long unprotected words, justified with extra spaces."""
    words = text.split(" ")
    tokens = []  # keep double spaces after full stops as part of the token
    for w in words:
        if w == "" and tokens:
            tokens[-1] += " "
        elif w:
            tokens.append(w)
    lines, cur = [], []
    def length(ws):
        return len(" ".join(ws))
    i = 0
    while i < len(tokens):
        w = tokens[i]
        if length(cur + [w]) <= WIDTH:
            cur.append(w); i += 1; continue
        bare = re.sub(r"[^A-Za-z]", "", w)
        room = WIDTH - length(cur) - 1 - 1
        if (len(bare) >= 7 and bare == w.strip() and bare.lower() not in protect and room >= 4):
            cut = min(room, len(w) - 4)
            while cut > 3 and w[cut - 1] not in "aeiou":
                cut -= 1
            if cut > 3:
                cur.append(w[:cut] + "-"); tokens[i] = w[cut:]
        lines.append(cur); cur = []
    if cur:
        lines.append(cur)
    out = []
    for n, ln in enumerate(lines):
        s = " ".join(ln)
        if n < len(lines) - 1 and len(ln) > 1:
            gaps, k = len(ln) - 1, 0
            ws = list(ln)
            while len(" ".join(ws)) < WIDTH:
                ws[k % gaps] += " "; k += 1
            s = " ".join(ws)
        out.append(s.rstrip())
    return out

def build_d2():
    protect = protected_words(G2)
    body = []
    for kind, t in D2_PARAS:
        if kind == "c":
            body.append(t.center(WIDTH).rstrip())
        elif kind == "h":
            body += ["", t]
            continue
        else:
            body += wrap_typed(t, protect)
        body.append("")
    # modest OCR noise (not in gold phrases)
    body = [l.replace("Wellbridge, on Tuesday", "We1lbridge, on Tuesday").replace("ended at 12.40", "ended at l2.40 ,") for l in body]
    pages, page, pno = [], [], 1
    def header(p):
        return [f"CASTLESHIRE COUNTY COUNCIL{'Health Committee - 12.3.96'.rjust(WIDTH - 26)}", f"Page {p}".center(WIDTH).rstrip(), ""]
    def footer():
        return ["", "Chairman's initials ..........".rjust(WIDTH), "\f"]
    for line in body:
        if not page:
            page = header(pno) if pno > 1 else []
        page.append(line)
        if len(page) >= PAGE_LINES:
            pages.append(page + footer()); page = []; pno += 1
    if page:
        pages.append(page + ["", "Chairman's initials ..........".rjust(WIDTH)])
    return "\n".join("\n".join(p) for p in pages).replace("\n\f\n", "\n\f") + "\n"

def source_text(name, data):
    if name.endswith(".html"):
        return re.sub(r"<[^>]+>", "", data)
    return data

def check(name, data, gold):
    src = norm(source_text(name, data))
    errs = []
    phrases = []
    for q in gold["questions"]:
        phrases.append(("question", q["text"])); 
        if q["answer"]: phrases.append(("answer", q["answer"]))
    for r in gold["resolutions"]:
        phrases.append(("resolution", r["text"]))
    for kind, p in phrases:
        n = len(p.split())
        if not 6 <= n <= 15:
            errs.append(f"{name}: {kind} phrase has {n} words: {p}")
        c = src.count(norm(p))
        if c != 1:
            errs.append(f"{name}: {kind} phrase found {c} times: {p}")
    return errs

def main():
    docs = [(D1, build_d1(), G1), (D2, build_d2(), G2)]
    if "--check" in sys.argv:
        errs = []
        for name, _, gold in docs:
            with open(os.path.join(DOCS, name), encoding="utf-8") as f:
                errs += check(name, f.read(), gold)
        for e in errs: print(e)
        print("FAILED" if errs else "check passed"); sys.exit(1 if errs else 0)
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    for name, data, gold in docs:
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")
    print("built", len(docs), "documents")

if __name__ == "__main__":
    main()
