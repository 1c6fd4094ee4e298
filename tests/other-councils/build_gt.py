#!/usr/bin/env python3
"""Build the "gt-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gt.py           build documents/gt-* and gold/gt-*.json
        build_gt.py --check   verify every gold phrase occurs once in its document
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
COUNCIL = "London Borough of Ravensmere"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<link type="text/css" href="SiteSpecific/ssMgStyles.css" rel="stylesheet" />
</head>
<body>
<div id="header"><a href="/">London Borough of Ravensmere</a> | <a href="mgCalendarMonthView.aspx">Calendar</a> | <a href="mgListCommittees.aspx">Committees</a> | <a href="mgEPetitionListDisplay.aspx">ePetitions</a></div>
<div id="breadcrumb"><a href="/">Home</a> &gt; {crumb}</div>
<div id="modgov"><div class="mgContent">
"""
FOOT = """</div></div>
<div id="footer"><p>London Borough of Ravensmere, Town Hall, Market Parade, Ravensmere RV1 2AA</p>
<p><a href="mgGeneric.aspx?bcr=1">Accessibility</a> | <a href="mgGeneric.aspx?md=privacy">Privacy</a> | Powered by Modern.gov</p></div>
</body>
</html>
"""

def item(no, title, body):
    return f"""<table class="mgItemTable" summary="Agenda item {no}">
<tr><td class="mgItemNumberCell"><p><a name="AI{40+no}"></a>{no}.</p></td>
<td><p class="mgAiTitleTxt">{title}</p>
<div class="mgWordPara">
{body}
</div></td></tr>
</table>
"""

MIN = "<p><strong>Minutes:</strong></p>\n"
RES = "<p><strong>RESOLVED:</strong></p>\n"

def minutes_html():
    t = "Agenda for Health and Social Care Scrutiny Sub-Committee on Tuesday, 11th March, 2025, 7.00 pm"
    out = [HEAD.format(title=t + " - London Borough of Ravensmere",
                       crumb='<a href="mgListCommittees.aspx">Committees</a> &gt; Health and Social Care Scrutiny Sub-Committee &gt; Meeting')]
    out.append("""<h1 class="mgMainTitleTxt">Agenda and minutes</h1>
<h2 class="mgSubTitleTxt">Health and Social Care Scrutiny Sub-Committee - Tuesday, 11th March, 2025 7.00 pm</h2>
<p class="mgSubTitleTxt">Venue: Committee Room 2, Town Hall, Market Parade, Ravensmere RV1 2AA. <a href="mgWebcast.aspx">View the webcast</a></p>
<p class="mgSubTitleTxt">Contact: Priya Lamont, Senior Democratic Services Officer, 020 7946 0381 &nbsp;Email: priya.lamont@ravensmere.gov.uk</p>
<ul class="mgActionList"><li><a href="mgIssueHistory.aspx">Printed minutes PDF 214 KB</a></li><li><a href="mgAgenda.aspx">Agenda frontsheet PDF 98 KB</a></li></ul>
<h2 class="mgSectionTitle">Attendance</h2>
<ul class="mgBulletList">
<li>Councillor Marguerite Osei (Chair)</li>
<li>Councillor Daniel Frome (Vice-Chair)</li>
<li>Councillor Harriet Pennock</li>
<li>Councillor Imran Qadir</li>
<li>Councillor Sophie Carrow-Hythe</li>
<li>Councillor Tom Balewa (substitute for Councillor Rhys Whitlow)</li>
<li>Councillor Rhys Whitlow (Apologies)</li>
<li>Councillor Neha Varadkar (Apologies)</li>
</ul>
<h2 class="mgSectionTitle">Also present</h2>
<ul class="mgBulletList">
<li>Councillor Joanna Lusk, Cabinet Member for Adult Social Care and Health</li>
<li>Councillor Peter Amankwah, Call-in signatory</li>
<li>Bernadette Kowalczyk, Corporate Director of Adults, Health and Communities</li>
<li>Dr Kieran Sall, Director of Public Health</li>
<li>Owen Trefusis, Head of Commissioning and Market Management (Adult Social Care)</li>
<li>Anita Ghosh, Director of Mental Health Transformation, North Thames Integrated Care Board</li>
<li>Marcus Delahaye, Associate Director of Operations, Thamesbank Mental Health NHS Foundation Trust</li>
<li>Priya Lamont, Senior Democratic Services Officer</li>
</ul>
<h2 class="mgSectionTitle">Items</h2>
""")
    out.append(item(1, "Apologies for Absence and Substitute Members", MIN +
        "<p>Apologies for absence were received from Councillor Rhys Whitlow and Councillor Neha Varadkar. "
        "Councillor Tom Balewa attended as a substitute for Councillor Whitlow.</p>"))
    out.append(item(2, "Declarations of Interest", MIN + "<p>None.</p>"))
    out.append(item(3, "Minutes of the Previous Meeting", MIN +
        '<p class="mgAiAttachmentTxt"><a href="documents/s81244/Minutes.pdf">Minutes 28 January 2025 PDF 176 KB</a></p>\n' + RES +
        "<p>That the minutes of the meeting held on 28 January 2025 be agreed as a correct record and signed by the Chair.</p>"))
    out.append(item(4, "Public Questions", MIN +
        "<p>The Chair reported that one written question had been received in accordance with the Council&#39;s procedure rules.</p>\n"
        "<p><strong>Question from Mr Alistair Penhaligon, Ravensmere Carers&#39; Network</strong></p>\n"
        "<p>&quot;Carers tell us that respite breaks booked through the council are being cancelled at short notice. "
        "How many planned respite stays were cancelled by providers in the last six months, and what is the council doing to stop this happening?&quot;</p>\n"
        "<p><strong>Response from Councillor Joanna Lusk, Cabinet Member for Adult Social Care and Health</strong></p>\n"
        "<p>&quot;Between August 2024 and January 2025, 37 planned respite stays were cancelled by providers, most of them because a bed had been filled by an emergency placement. "
        "We have now ring-fenced four respite beds at Holloway Meadow under the block contract so they cannot be used for emergency admissions, "
        "and the carers&#39; support team will contact every carer affected to rebook their break.&quot;</p>\n"
        "<p>Mr Penhaligon was not present to ask a supplementary question.</p>"))
    out.append(item(5, "Community Mental Health Transformation: Progress Report", MIN +
        '<p class="mgAiAttachmentTxt"><a href="documents/s81250/CMH.pdf">Report of the Director of Mental Health Transformation PDF 1 MB</a></p>\n'
        "<p>The Sub-Committee received a presentation from Anita Ghosh, Director of Mental Health Transformation, North Thames Integrated Care Board, and Marcus Delahaye, "
        "Associate Director of Operations, Thamesbank Mental Health NHS Foundation Trust, on the second year of the community mental health transformation programme. "
        "The presentation set out the move to four neighbourhood mental health teams, the role of the voluntary sector partners and the current waiting times for assessment.</p>\n"
        "<p>The Sub-Committee noted the following:</p>\n<ul>\n"
        "<li>three of the four neighbourhood teams were fully operational, with the Eastfield team due to open in May 2025;</li>\n"
        "<li>the average wait from referral to first assessment had fallen from 11 weeks to seven weeks;</li>\n"
        "<li>the trust had spent &pound;1.2 million of the &pound;1.9 million transformation allocation for 2024/25.</li>\n</ul>\n"
        "<p>In response to questions from the Sub-Committee, officers advised that:</p>\n<ul>\n"
        "<li>the neighbourhood teams had 14 vacant posts out of 92, and the trust was relying on agency staff to cover the gap until the international recruitment round in June;</li>\n"
        "<li>people waiting for assessment were offered a named contact and could call the crisis line, and no one on the waiting list had been discharged without a review;</li>\n"
        "<li>the three voluntary sector partners held grant agreements rather than contracts, which would be replaced by a competitive procurement from April 2026;</li>\n"
        "<li>service user feedback had been gathered through a lived experience panel of 22 people, whose report would be shared with the Sub-Committee.</li>\n</ul>\n"
        "<p>Councillor Imran Qadir asked why the waiting time in the Eastfield area remained almost twice the borough average. "
        "The Director replied that Eastfield was the last area to receive a neighbourhood team and that the gap was expected to close within six months of the team opening.</p>\n"
        "<p>Councillor Harriet Pennock sought assurance that people from Black and minority ethnic communities were not being disproportionately detained under the Mental Health Act. "
        "Mr Delahaye acknowledged that detention rates for Black men in the borough remained higher than the London average and undertook to bring the trust&#39;s equality data to the next meeting.</p>\n"
        "<p>Councillor Sophie Carrow-Hythe requested that the Sub-Committee receive a breakdown of the transformation funding by neighbourhood. This was agreed.</p>\n"
        + RES + "<ol>\n"
        "<li>That the progress report and presentation be noted.</li>\n"
        "<li>That the Integrated Care Board provide a breakdown of transformation funding by neighbourhood and the trust&#39;s detention equality data before the next meeting.</li>\n"
        "<li>That a further progress report be brought to the Sub-Committee in September 2025.</li>\n</ol>"))
    out.append(item(6, "Recommissioning of Home Care Services", MIN +
        '<p class="mgAiAttachmentTxt"><a href="documents/s81253/HomeCare.pdf">Report of the Head of Commissioning PDF 640 KB</a></p>\n'
        "<p>Owen Trefusis, Head of Commissioning and Market Management (Adult Social Care), introduced the report, which set out the proposed model for recommissioning home care from October 2025, "
        "replacing the current 19 spot-purchase providers with six zone-based lead providers on five-year contracts.</p>\n"
        "<p>Councillor Daniel Frome asked how the council would ensure that the new providers paid care workers at least the London Living Wage, including for travel time. "
        "The Head of Commissioning replied that payment of the London Living Wage and paid travel time would be contract conditions, checked through quarterly open-book reviews.</p>\n"
        "<p>Councillor Tom Balewa questioned whether moving to six large providers would squeeze out the small local agencies that residents valued. "
        "Mr Trefusis explained that small agencies could bid as part of a consortium and that 20 per cent of hours would be reserved for a specialist framework.</p>\n"
        "<p>Councillor Imran Qadir raised concerns that the hourly rate of &pound;23.40 was below the cost of care calculated by the providers&#39; own association. "
        "The Corporate Director of Adults, Health and Communities said that the rate had been benchmarked against neighbouring boroughs and would be reviewed annually.</p>\n"
        "<p>Councillor Marguerite Osei asked whether people who currently receive home care would have to change carer when the new contracts start. "
        "The Head of Commissioning stated that transfers would be phased zone by zone and that continuity of carer would be protected wherever possible.</p>\n"
        "<p>Councillor Harriet Pennock commented that the consultation with people who use home care had been too short and had relied too heavily on an online survey.</p>\n"
        + RES + "<ol>\n"
        "<li>That the proposed commissioning model for home care be endorsed.</li>\n"
        "<li>That officers carry out further engagement with home care users and carers, including face-to-face sessions, before the tender is published.</li>\n"
        "<li>That the Cabinet Member be asked to publish the cost of care analysis alongside the Cabinet report.</li>\n</ol>"))
    out.append(item(7, "Call-in: Cabinet Decision on the Future of Aldwick Road Day Centre", MIN +
        '<p class="mgAiAttachmentTxt"><a href="documents/s81260/Callin.pdf">Call-in request and Cabinet report PDF 820 KB</a></p>\n'
        "<p>The Sub-Committee considered a call-in of the Cabinet decision of 18 February 2025 to close Aldwick Road Day Centre and transfer its users to a "
        "community outreach model delivered by an external provider. The call-in had been submitted by Councillor Peter Amankwah and four other non-executive members.</p>\n"
        "<p>Councillor Amankwah set out the reasons for the call-in, which were that the decision had been taken before the petition signed by over 2,400 residents had been debated, "
        "and that the equality impact assessment had not considered the effect on people with severe and enduring mental illness.</p>\n"
        "<p>The Cabinet Member for Adult Social Care and Health responded to the reasons for the call-in and explained that the building required &pound;640,000 of repairs.</p>\n"
        "<p>Councillor Sophie Carrow-Hythe asked what would happen to the 63 people who currently attend the centre each week. "
        "The Corporate Director replied that each person would have a review of their care and support plan before any change was made.</p>\n"
        "<p>Councillor Daniel Frome queried why the outreach service was to be outsourced rather than delivered by the council&#39;s own staff. "
        "The Cabinet Member said that an in-house option had been costed but was not affordable within the savings target.</p>\n"
        "<p>Councillor Harriet Pennock expressed concern that the day centre staff had not been consulted on the proposals before the Cabinet decision.</p>\n"
        "<p>Following a vote (4 for, 2 against),</p>\n" + RES +
        "<p>That the decision be referred back to Cabinet for reconsideration, with the following recommendations:</p>\n<ol>\n"
        "<li>That Cabinet defer implementation until the petition has been debated at Full Council.</li>\n"
        "<li>That the equality impact assessment be revised to address people with severe and enduring mental illness.</li>\n"
        "<li>That the staff and users of Aldwick Road Day Centre be formally consulted before any final decision.</li>\n</ol>"))
    out.append(item(8, "Work Programme 2024/25", MIN +
        '<p class="mgAiAttachmentTxt"><a href="documents/s81262/WP.pdf">Work Programme PDF 88 KB</a></p>\n'
        "<p>The Senior Democratic Services Officer presented the work programme for the remainder of the municipal year. "
        "Members suggested that hospital discharge and the use of temporary accommodation for people leaving hospital be considered at the April meeting.</p>\n"
        "<p><strong>RESOLVED:</strong> That the update be noted.</p>"))
    out.append('<p class="mgSubTitleTxt">The meeting ended at 9.42 pm.</p>\n')
    out.append(FOOT)
    return "".join(out)

def petition_html():
    t = "ePetition - Save Aldwick Road Day Centre"
    return HEAD.format(title=t + " - London Borough of Ravensmere",
                       crumb='<a href="mgEPetitionListDisplay.aspx">ePetitions</a> &gt; Save Aldwick Road Day Centre') + """<h1 class="mgMainTitleTxt">ePetition details</h1>
<h2 class="mgSubTitleTxt">Save Aldwick Road Day Centre</h2>
<table class="mgDetailsTable" summary="Petition details">
<tr><th>Lead petitioner</th><td>Ms Rosalind Achterberg, on behalf of Friends of Aldwick Road</td></tr>
<tr><th>Petition started</th><td>06 January 2025</td></tr>
<tr><th>Closing date</th><td>28 February 2025</td></tr>
<tr><th>Signatures</th><td>2,417 signatures (including 1,105 paper signatures)</td></tr>
<tr><th>Status</th><td>Closed - response given</td></tr>
</table>
<h2 class="mgSectionTitle">Petition text</h2>
<div class="mgWordPara">
<p>We the undersigned petition the council to keep Aldwick Road Day Centre open as a council-run service for adults with severe and enduring mental illness.</p>
<p>For more than thirty years the centre has given people a safe place to go every weekday, a hot meal, peer support and staff who know them. The council plans to close the centre and replace it with an &quot;outreach model&quot; run by an outside organisation. We believe this will leave people isolated, put more pressure on families and carers, and lead to more crisis admissions to hospital.</p>
<p>We ask the council to:</p>
<ul>
<li>halt the closure until members, carers and staff have been properly consulted;</li>
<li>publish the full costs of repairing the building and of the outreach contract;</li>
<li>keep the service in-house rather than handing it to a private or charity provider.</li>
</ul>
</div>
<h2 class="mgSectionTitle">Council response</h2>
<div class="mgWordPara">
<p>Response from Councillor Joanna Lusk, Cabinet Member for Adult Social Care and Health, 7 March 2025</p>
<p>Thank you to everyone who signed this petition and to Friends of Aldwick Road for the questions you sent with it. I have answered each one below.</p>
<p><strong>Why is the centre closing?</strong> The building needs around &pound;640,000 of repairs to its roof, heating and fire safety systems. Fewer than half of the people we support with a mental illness now use building-based services, and most tell us they want help closer to home and at different times of day.</p>
<p><strong>Will anyone lose their service?</strong> No. Every one of the 63 people who attend the centre will have a review of their care and support plan, and no change will be made until an alternative is in place.</p>
<p><strong>Why not keep it in-house?</strong> We looked at an in-house outreach service. It would cost about &pound;310,000 a year more than the commissioned model, which the council cannot afford given its savings targets for 2025/26.</p>
<p><strong>What about the staff?</strong> The eleven council staff at the centre are being consulted under our organisational change policy, and we will look for redeployment opportunities for all of them.</p>
<p>On 11 March 2025 the Health and Social Care Scrutiny Sub-Committee considered a call-in of the Cabinet decision and referred it back to Cabinet for reconsideration.</p>
</div>
<h2 class="mgSectionTitle">What happens next</h2>
<div class="mgWordPara">
<p>This petition has more than 2,000 signatures. This petition will be debated at Full Council on 26 March 2025. The lead petitioner will be invited to present the petition for up to five minutes.</p>
</div>
""" + FOOT

COMMITTEE = "Health and Social Care Scrutiny Sub-Committee"
MIN_DOC = "gt-ravensmere-hscss-2025-03-11.html"
PET_DOC = "gt-ravensmere-epetition-aldwick-road.html"

def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}

def minutes_gold():
    return {
        "document": MIN_DOC, "doc_type": "minutes", "committee": COMMITTEE,
        "meeting_date": "2025-03-11",
        "items": [
            {"number": "1", "title": "Apologies for Absence and Substitute Members"},
            {"number": "2", "title": "Declarations of Interest"},
            {"number": "3", "title": "Minutes of the Previous Meeting"},
            {"number": "4", "title": "Public Questions"},
            {"number": "5", "title": "Community Mental Health Transformation: Progress Report"},
            {"number": "6", "title": "Recommissioning of Home Care Services"},
            {"number": "7", "title": "Call-in: Cabinet Decision on the Future of Aldwick Road Day Centre"},
            {"number": "8", "title": "Work Programme 2024/25"},
        ],
        "questions": [
            q("4", "question", "How many planned respite stays were cancelled by providers in the last six months",
              "Mr Alistair Penhaligon", "ring-fenced four respite beds at Holloway Meadow under the block contract",
              "Councillor Joanna Lusk, Cabinet Member for Adult Social Care and Health",
              ["adult-social-care", "patient-and-public-input", "subcontracting"]),
            q("5", "question", "the neighbourhood teams had 14 vacant posts out of 92", None,
              "relying on agency staff to cover the gap until the international recruitment round", "officers",
              ["mental-health", "workforce"]),
            q("5", "question", "people waiting for assessment were offered a named contact and could call the crisis line", None,
              "no one on the waiting list had been discharged without a review", "officers",
              ["mental-health"]),
            q("5", "question", "the three voluntary sector partners held grant agreements rather than contracts", None,
              "would be replaced by a competitive procurement from April 2026", "officers",
              ["mental-health", "subcontracting", "privatisation", "finance"]),
            q("5", "question", "service user feedback had been gathered through a lived experience panel of 22 people", None,
              "whose report would be shared with the Sub-Committee", "officers",
              ["mental-health", "patient-and-public-input"]),
            q("5", "question", "asked why the waiting time in the Eastfield area remained almost twice the borough average",
              "Councillor Imran Qadir", "the gap was expected to close within six months of the team opening", "The Director",
              ["mental-health"]),
            q("5", "concern", "sought assurance that people from Black and minority ethnic communities were not being disproportionately detained",
              "Councillor Harriet Pennock", "undertook to bring the trust's equality data to the next meeting", "Mr Delahaye",
              ["mental-health", "public-health"]),
            q("5", "request", "requested that the Sub-Committee receive a breakdown of the transformation funding by neighbourhood",
              "Councillor Sophie Carrow-Hythe", None, None, ["mental-health", "finance"]),
            q("6", "question", "paid care workers at least the London Living Wage, including for travel time",
              "Councillor Daniel Frome", "would be contract conditions, checked through quarterly open-book reviews", "The Head of Commissioning",
              ["adult-social-care", "workforce", "subcontracting"]),
            q("6", "question", "questioned whether moving to six large providers would squeeze out the small local agencies",
              "Councillor Tom Balewa", "small agencies could bid as part of a consortium", "Mr Trefusis",
              ["adult-social-care", "subcontracting"]),
            q("6", "concern", "raised concerns that the hourly rate of £23.40 was below the cost of care",
              "Councillor Imran Qadir", "the rate had been benchmarked against neighbouring boroughs and would be reviewed annually",
              "The Corporate Director of Adults, Health and Communities", ["adult-social-care", "finance", "subcontracting"]),
            q("6", "question", "asked whether people who currently receive home care would have to change carer",
              "Councillor Marguerite Osei", "transfers would be phased zone by zone and that continuity of carer", "The Head of Commissioning",
              ["adult-social-care", "subcontracting"]),
            q("6", "comment", "the consultation with people who use home care had been too short",
              "Councillor Harriet Pennock", None, None, ["adult-social-care", "patient-and-public-input"]),
            q("7", "question", "asked what would happen to the 63 people who currently attend the centre each week",
              "Councillor Sophie Carrow-Hythe", "each person would have a review of their care and support plan before any change",
              "The Corporate Director", ["adult-social-care", "mental-health"]),
            q("7", "question", "queried why the outreach service was to be outsourced rather than delivered",
              "Councillor Daniel Frome", "an in-house option had been costed but was not affordable within the savings target",
              "The Cabinet Member", ["privatisation", "subcontracting", "finance", "adult-social-care", "mental-health"]),
            q("7", "concern", "expressed concern that the day centre staff had not been consulted on the proposals",
              "Councillor Harriet Pennock", None, None, ["workforce", "patient-and-public-input", "adult-social-care", "mental-health"]),
        ],
        "resolutions": [
            {"item": "3", "text": "the minutes of the meeting held on 28 January 2025 be agreed", "outcome": "agreed", "themes": []},
            {"item": "5", "text": "That the progress report and presentation be noted", "outcome": "agreed",
             "themes": ["mental-health", "finance", "integration"]},
            {"item": "6", "text": "That the proposed commissioning model for home care be endorsed", "outcome": "agreed",
             "themes": ["adult-social-care", "subcontracting", "patient-and-public-input", "finance"]},
            {"item": "7", "text": "That the decision be referred back to Cabinet for reconsideration", "outcome": "recommended",
             "themes": ["governance", "adult-social-care", "mental-health", "patient-and-public-input"]},
            {"item": "8", "text": "RESOLVED: That the update be noted", "outcome": "noted", "themes": []},
        ],
        "attendees": [
            {"name": "Councillor Marguerite Osei", "role": "Chair", "attendance": "present"},
            {"name": "Councillor Daniel Frome", "role": "Vice-Chair", "attendance": "present"},
            {"name": "Councillor Harriet Pennock", "role": None, "attendance": "present"},
            {"name": "Councillor Imran Qadir", "role": None, "attendance": "present"},
            {"name": "Councillor Sophie Carrow-Hythe", "role": None, "attendance": "present"},
            {"name": "Councillor Tom Balewa", "role": "substitute for Councillor Rhys Whitlow", "attendance": "present"},
            {"name": "Councillor Rhys Whitlow", "role": None, "attendance": "apologies"},
            {"name": "Councillor Neha Varadkar", "role": None, "attendance": "apologies"},
            {"name": "Councillor Joanna Lusk", "role": "Cabinet Member for Adult Social Care and Health", "attendance": "in_attendance"},
            {"name": "Councillor Peter Amankwah", "role": "Call-in signatory", "attendance": "in_attendance"},
            {"name": "Bernadette Kowalczyk", "role": "Corporate Director of Adults, Health and Communities", "attendance": "in_attendance"},
            {"name": "Dr Kieran Sall", "role": "Director of Public Health", "attendance": "in_attendance"},
            {"name": "Owen Trefusis", "role": "Head of Commissioning and Market Management (Adult Social Care)", "attendance": "in_attendance"},
            {"name": "Anita Ghosh", "role": "Director of Mental Health Transformation, North Thames Integrated Care Board", "attendance": "in_attendance"},
            {"name": "Marcus Delahaye", "role": "Associate Director of Operations, Thamesbank Mental Health NHS Foundation Trust", "attendance": "in_attendance"},
            {"name": "Priya Lamont", "role": "Senior Democratic Services Officer", "attendance": "in_attendance"},
        ],
    }

def petition_gold():
    return {"document": PET_DOC, "doc_type": "other",
            "themes": ["mental-health", "adult-social-care", "patient-and-public-input", "privatisation",
                       "subcontracting", "finance"]}

def text_of(h):
    h = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)

def norm(s):
    s = s.replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())

def build():
    for name, content, gold in ((MIN_DOC, minutes_html(), minutes_gold()), (PET_DOC, petition_html(), petition_gold())):
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")

def check():
    ok = True
    for name in (MIN_DOC, PET_DOC):
        with open(os.path.join(DOCS, name), encoding="utf-8") as f:
            t = " " + norm(text_of(f.read())) + " "
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        phrases = []
        for r in g.get("questions", []):
            phrases.append(r["text"])
            if r["answer"]:
                phrases.append(r["answer"])
        for r in g.get("resolutions", []):
            phrases.append(r["text"])
        for p in phrases:
            n = len(p.split())
            c = t.count(" " + norm(p) + " ")
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {name}: count={c} words={n}: {p}")
        print(f"{name}: {len(g.get('items', []))} items, {len(g.get('questions', []))} questions, "
              f"{len(g.get('resolutions', []))} resolutions, {len(g.get('attendees', []))} attendees, {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok

if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built")
