#!/usr/bin/env python3
"""Build the "fs-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_fs.py           build documents/fs-* and gold/fs-*.json
        build_fs.py --check   verify every gold phrase occurs once in its document
"""
import html, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered medium)">
<title>{title}</title>
<style><!--
/* Font Definitions */
@font-face {{font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face {{font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}}
@font-face {{font-family:Arial; panose-1:2 11 6 4 2 2 2 2 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif; mso-ligatures:standardcontextual; mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink {{mso-style-priority:99; color:#0563C1; text-decoration:underline;}}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{{mso-style-priority:34; margin-top:0cm; margin-right:0cm; margin-bottom:0cm; margin-left:36.0pt; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.EmailStyle19 {{mso-style-type:personal-reply; font-family:"Calibri",sans-serif; color:windowtext;}}
.MsoChpDefault {{mso-style-type:export-only; font-size:10.0pt; mso-ligatures:none;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=EN-GB link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""
TAIL = """</div>
</body>
</html>
"""

def hdr(frm, sent, to, cc, subject, attach=None):
    s = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
         "<p class=MsoNormal><b><span lang=EN-US>From:</span></b><span lang=EN-US> %s <br>\n"
         "<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n" % (frm, sent, to))
    if cc:
        s += "<b>Cc:</b> %s<br>\n" % cc
    s += "<b>Subject:</b> %s" % subject
    if attach:
        s += "<br>\n<b>Attachments:</b> %s" % attach
    s += "<o:p></o:p></span></p>\n</div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
    return s

def p(text, bold=False, indent=False, space=True):
    st = " style='margin-left:36.0pt'" if indent else ""
    t = "<b>%s</b>" % text if bold else text
    s = "<p class=MsoNormal%s><span style='font-family:\"Arial\",sans-serif'>%s<o:p></o:p></span></p>\n" % (st, t)
    if space:
        s += "<p class=MsoNormal><span style='font-family:\"Arial\",sans-serif'><o:p>&nbsp;</o:p></span></p>\n"
    return s

def item(n, title):
    return ("<p class=MsoNormal style='margin-left:36.0pt;text-indent:-36.0pt'><b><span style='font-family:\"Arial\",sans-serif'>%s.<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>%s<o:p></o:p></span></b></p>\n"
            "<p class=MsoNormal><span style='font-family:\"Arial\",sans-serif'><o:p>&nbsp;</o:p></span></p>\n" % (n, title.upper()))

def res(lead, clauses=None, plain=None):
    """RESOLVED paragraph, optionally with (1) (2) clauses as indented paragraphs."""
    if plain:
        return p("<b>RESOLVED</b> that " + plain, indent=True)
    s = p("<b>RESOLVED</b> that:", indent=True, space=False)
    for i, c in enumerate(clauses, 1):
        s += p("(%d)&nbsp;&nbsp;%s" % (i, c), indent=True, space=(i == len(clauses)))
    return s

# ---------------------------------------------------------------- document 1
DOC1 = "fs-wyvernbrook-health-communities-scrutiny-panel-2025-03-11.html"

def doc1():
    b = HEAD.format(title="DRAFT minutes - Health and Communities Scrutiny Panel - 11 March 2025")
    b += hdr("Cope, Hannah &lt;Hannah.Cope@wyvernbrook.gov.uk&gt;",
             "20 March 2025 16:12",
             "HCSP Members &lt;HCSP.Members@wyvernbrook.gov.uk&gt;",
             "Reeve, Alan (Cllr) &lt;Alan.Reeve@wyvernbrook.gov.uk&gt;; Whitlow, Sarah &lt;Sarah.Whitlow@wyvernbrook.gov.uk&gt;; Oyelaran, Martin &lt;Martin.Oyelaran@wyvernbrook.gov.uk&gt;",
             "DRAFT minutes - Health and Communities Scrutiny Panel - 11 March 2025")
    b += p("Dear Members,")
    b += p("Please find below the draft minutes of the meeting held on Tuesday 11 March 2025, which will be submitted to the next meeting for approval. If you have any corrections, please let me know by Friday 28 March so that I can update the draft before it goes out with the agenda.")
    b += p("Apologies for sending these in the body of the email &#8211; our document management system is down for maintenance this week, so I have not been able to attach the usual PDF.")
    b += p("Many thanks,<br>Hannah")
    b += p("<span style='color:#7F7F7F'>_____________________________________________</span>")
    b += p("WYVERNBROOK DISTRICT COUNCIL", bold=True, space=False)
    b += p("HEALTH AND COMMUNITIES SCRUTINY PANEL", bold=True, space=False)
    b += p("DRAFT MINUTES of the meeting held in the Fennell Room, Civic Offices, Market Street, Ashcombe on Tuesday 11 March 2025 at 6.30 pm", bold=False)
    b += p("<b>Present:</b> Cllr M Okafor (Chairman), Cllr D Hartley (Vice-Chairman), Cllr T Braithwaite, Cllr S Edgecombe, Cllr P Lal, Cllr G Pell and Cllr R Ansell (as substitute for Cllr K Moran).")
    b += p("<b>Apologies:</b> Cllr K Moran and Cllr J Fenwick.")
    b += p("<b>Also present:</b> Cllr A Reeve (Portfolio Holder for Housing and Health).")
    b += p("<b>Officers:</b> Sarah Whitlow (Head of Housing and Environmental Health), Martin Oyelaran (Head of Leisure and Community Services) and Hannah Cope (Democratic Services Officer).")
    b += p("<b>In attendance:</b> Dr Fiona Marsh (Associate Director of Community Services, Vale and Downs NHS Foundation Trust) and James Tully (Mental Health Commissioning Manager, Northdown Integrated Care Board).")

    b += item(1, "Apologies for absence and substitutions")
    b += p("Apologies for absence were received from Cllr K Moran and Cllr J Fenwick. Cllr R Ansell attended as substitute for Cllr Moran.")
    b += item(2, "Declarations of interest")
    b += p("Cllr P Lal declared a non-pecuniary interest in item 6 as her daughter is employed by Vale and Downs NHS Foundation Trust. She remained in the meeting and took part in the discussion.")
    b += item(3, "Minutes")
    b += res(None, plain="the minutes of the meeting held on 14 January 2025 be approved as a correct record and signed by the Chairman.")
    b += item(4, "Public participation")
    b += p("There were no questions or statements from members of the public.")
    b += item(5, "Disabled Facilities Grants and Home Adaptations")
    b += p("The Head of Housing and Environmental Health introduced the report, which set out the performance of the Disabled Facilities Grant programme in 2024/25, the current waiting list and the proposed changes to the Council&#8217;s discretionary adaptations policy.")
    b += p("Cllr Hartley asked how long residents were currently waiting between referral and completion of a major adaptation; the Head of Housing and Environmental Health responded that the average end-to-end time had fallen to 31 weeks from 42 weeks a year earlier, although stairlifts and level-access showers were usually completed much sooner. Cllr Edgecombe asked whether the shortage of occupational therapists at the County Council was still the main cause of delay; the Head of Housing and Environmental Health responded that assessments remained the bottleneck and that the Council was now funding a trusted assessor post from the grant to clear the backlog. Cllr Pell expressed concern that the grant allocation from government had not kept pace with building costs, and asked what would happen if the budget ran out before the end of the year; the Portfolio Holder for Housing and Health responded that the Council had carried forward an underspend of &#163;212,000 and would not need to close the list in 2025/26.")
    b += p("Cllr Ansell asked whether the framework contract with the three approved builders was delivering value for money; the Head of Housing and Environmental Health responded that the framework had been retendered last autumn and prices were now benchmarked against two neighbouring districts. Cllr Lal requested that future reports include the number of applicants who withdrew before works were completed, and the reasons given. No response was recorded to this request, but the Chairman asked officers to take it into account.")
    b += res(None, clauses=[
        "the report be noted;",
        "a further update on waiting times and withdrawn applications be brought to the Panel in September 2025."])
    b += item(6, "Community Mental Health Services &#8211; Update from Vale and Downs NHS Foundation Trust")
    b += p("Dr Fiona Marsh, Associate Director of Community Services, gave a presentation on the new community mental health framework, the merger of the two adult community mental health teams serving the district and the move of the Ashcombe team to the Orchard Street clinic.")
    b += p("Cllr Braithwaite asked how patients who had relied on the Ashcombe base would reach Orchard Street without a car; the Associate Director responded that outpatient appointments would continue at the GP surgery on Mill Lane one day a week and that travel costs could be reimbursed. Cllr Okafor questioned whether the merged team had enough psychiatrists to meet the new four-week target; the Associate Director responded that two consultant posts remained vacant and were being covered by locums while recruitment continued. Cllr Hartley sought clarification on how patients and carers had been involved in the redesign; the Mental Health Commissioning Manager responded that the ICB had run a survey with 214 responses and two workshops with the local Healthwatch. Cllr Lal expressed concern that voluntary sector counselling services had lost their ICB grant in October with little notice; the Mental Health Commissioning Manager responded that the grant had been replaced by a three-year contract and that the procurement had been delayed rather than cancelled.")
    b += res(None, plain="the update be noted and the Panel thank Dr Marsh and Mr Tully for attending.")
    b += item(7, "Leisure Centre Contract &#8211; Annual Performance of the Operator")
    b += p("The Head of Leisure and Community Services presented the annual review of the leisure management contract with Activa Leisure Trust for the Ashcombe and Hurstwell centres, now in year six of a ten-year term.")
    b += p("Cllr Pell asked why the management fee paid to the operator had increased by nine per cent when attendance had fallen; the Head of Leisure and Community Services responded that the contract allowed the operator to pass on the rise in energy prices and that the fee would fall again next year under the agreed indexation. Cllr Edgecombe asked whether the Council had considered bringing the service back in-house when the contract ended in 2029; the Head of Leisure and Community Services responded that an options appraisal would be commissioned in 2026 and would include in-house and joint venture models. Cllr Braithwaite queried the closure of the Hurstwell GP referral exercise scheme; the Head of Leisure and Community Services responded that the public health funding for the scheme had ended but the operator had kept a reduced class timetable at its own cost.")
    b += res(None, clauses=[
        "the annual performance report be noted;",
        "Cabinet be recommended to commission an options appraisal for the future delivery of the leisure service, including an in-house option, to report by December 2026."])
    b += item(8, "Work Programme 2025/26")
    b += p("The Democratic Services Officer presented the draft work programme. Members suggested adding an item on damp and mould in the private rented sector and a session with the ICB on access to dentistry.")
    b += res(None, plain="the work programme be agreed, subject to the addition of damp and mould in private rented homes and access to NHS dentistry.")
    b += p("The meeting closed at 8.52 pm.")
    b += p("Chairman ..............................................")
    b += p("<span style='color:#7F7F7F'>_____________________________________________</span>")
    b += p("<b>Hannah Cope</b><br>Democratic Services Officer<br>Wyvernbrook District Council<br>Civic Offices, Market Street, Ashcombe AB12 3CD<br>Tel: 01632 960 418<br><a href=\"mailto:Hannah.Cope@wyvernbrook.gov.uk\">Hannah.Cope@wyvernbrook.gov.uk</a>", space=True)
    b += ("<p class=MsoNormal><span style='font-size:8.0pt;font-family:\"Arial\",sans-serif;color:gray'>This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender immediately and delete it. Any views or opinions presented are solely those of the author and do not necessarily represent those of Wyvernbrook District Council. Emails sent to and from the Council may be monitored and may be disclosed under the Freedom of Information Act 2000.<o:p></o:p></span></p>\n")
    b += TAIL
    return b

def Q(item, kind, text, by, answer, given, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": by, "answer": answer,
            "given_by": given, "themes": themes}

GOLD1 = {
    "document": DOC1,
    "doc_type": "minutes",
    "committee": "Health and Communities Scrutiny Panel",
    "meeting_date": "2025-03-11",
    "items": [
        {"number": "1", "title": "Apologies for absence and substitutions"},
        {"number": "2", "title": "Declarations of interest"},
        {"number": "3", "title": "Minutes"},
        {"number": "4", "title": "Public participation"},
        {"number": "5", "title": "Disabled Facilities Grants and Home Adaptations"},
        {"number": "6", "title": "Community Mental Health Services – Update from Vale and Downs NHS Foundation Trust"},
        {"number": "7", "title": "Leisure Centre Contract – Annual Performance of the Operator"},
        {"number": "8", "title": "Work Programme 2025/26"},
    ],
    "questions": [
        Q("5", "question", "asked how long residents were currently waiting between referral and completion",
          "Cllr Hartley", "the average end-to-end time had fallen to 31 weeks", "the Head of Housing and Environmental Health", ["housing"]),
        Q("5", "question", "whether the shortage of occupational therapists at the County Council was still",
          "Cllr Edgecombe", "the Council was now funding a trusted assessor post from the grant",
          "the Head of Housing and Environmental Health", ["housing", "workforce", "finance"]),
        Q("5", "concern", "expressed concern that the grant allocation from government had not kept pace",
          "Cllr Pell", "the Council had carried forward an underspend of £212,000",
          "the Portfolio Holder for Housing and Health", ["housing", "finance"]),
        Q("5", "question", "whether the framework contract with the three approved builders was delivering value",
          "Cllr Ansell", "the framework had been retendered last autumn and prices were now benchmarked",
          "the Head of Housing and Environmental Health", ["housing", "subcontracting", "finance"]),
        Q("5", "request", "requested that future reports include the number of applicants who withdrew",
          "Cllr Lal", None, None, ["housing"]),
        Q("6", "question", "asked how patients who had relied on the Ashcombe base would reach Orchard Street",
          "Cllr Braithwaite", "outpatient appointments would continue at the GP surgery on Mill Lane",
          "the Associate Director", ["mental-health"]),
        Q("6", "question", "questioned whether the merged team had enough psychiatrists to meet the new four-week target",
          "Cllr Okafor", "two consultant posts remained vacant and were being covered by locums",
          "the Associate Director", ["mental-health", "workforce"]),
        Q("6", "question", "sought clarification on how patients and carers had been involved in the redesign",
          "Cllr Hartley", "the ICB had run a survey with 214 responses and two workshops",
          "the Mental Health Commissioning Manager", ["mental-health", "patient-and-public-input"]),
        Q("6", "concern", "voluntary sector counselling services had lost their ICB grant in October",
          "Cllr Lal", "the grant had been replaced by a three-year contract",
          "the Mental Health Commissioning Manager", ["mental-health", "subcontracting", "finance"]),
        Q("7", "question", "why the management fee paid to the operator had increased by nine per cent",
          "Cllr Pell", "the contract allowed the operator to pass on the rise in energy prices",
          "the Head of Leisure and Community Services", ["subcontracting", "finance"]),
        Q("7", "question", "whether the Council had considered bringing the service back in-house when the contract ended",
          "Cllr Edgecombe", "an options appraisal would be commissioned in 2026 and would include in-house",
          "the Head of Leisure and Community Services", ["privatisation", "subcontracting"]),
        Q("7", "concern", "queried the closure of the Hurstwell GP referral exercise scheme",
          "Cllr Braithwaite", "the public health funding for the scheme had ended but the operator",
          "the Head of Leisure and Community Services", ["public-health", "finance"]),
        Q("8", "request", "suggested adding an item on damp and mould in the private rented sector",
          "Members", None, None, ["housing", "primary-care"]),
    ],
    "resolutions": [
        {"item": "3", "text": "minutes of the meeting held on 14 January 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "5", "text": "a further update on waiting times and withdrawn applications be brought to the Panel",
         "outcome": "agreed", "themes": ["housing"]},
        {"item": "6", "text": "the update be noted and the Panel thank Dr Marsh and Mr Tully",
         "outcome": "noted", "themes": ["mental-health"]},
        {"item": "7", "text": "Cabinet be recommended to commission an options appraisal for the future delivery",
         "outcome": "recommended", "themes": ["privatisation", "subcontracting"]},
        {"item": "8", "text": "the work programme be agreed, subject to the addition of damp and mould",
         "outcome": "agreed", "themes": ["housing", "primary-care"]},
    ],
    "attendees": [
        {"name": "Cllr M Okafor", "role": "Chairman", "attendance": "present"},
        {"name": "Cllr D Hartley", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Cllr T Braithwaite", "role": None, "attendance": "present"},
        {"name": "Cllr S Edgecombe", "role": None, "attendance": "present"},
        {"name": "Cllr P Lal", "role": None, "attendance": "present"},
        {"name": "Cllr G Pell", "role": None, "attendance": "present"},
        {"name": "Cllr R Ansell", "role": "as substitute for Cllr K Moran", "attendance": "present"},
        {"name": "Cllr K Moran", "role": None, "attendance": "apologies"},
        {"name": "Cllr J Fenwick", "role": None, "attendance": "apologies"},
        {"name": "Cllr A Reeve", "role": "Portfolio Holder for Housing and Health", "attendance": "in_attendance"},
        {"name": "Sarah Whitlow", "role": "Head of Housing and Environmental Health", "attendance": "in_attendance"},
        {"name": "Martin Oyelaran", "role": "Head of Leisure and Community Services", "attendance": "in_attendance"},
        {"name": "Hannah Cope", "role": "Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Dr Fiona Marsh", "role": "Associate Director of Community Services, Vale and Downs NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "James Tully", "role": "Mental Health Commissioning Manager, Northdown Integrated Care Board", "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------- document 2
DOC2 = "fs-wyvernbrook-work-programme-suggestions-email.html"

def doc2():
    b = HEAD.format(title="Health and Communities Scrutiny Panel - work programme suggestions 2025/26")
    b += hdr("Ndlovu, Grace &lt;Grace.Ndlovu@wyvernbrook.gov.uk&gt;",
             "02 April 2025 09:47",
             "HCSP Members &lt;HCSP.Members@wyvernbrook.gov.uk&gt;",
             "Cope, Hannah &lt;Hannah.Cope@wyvernbrook.gov.uk&gt;",
             "Health and Communities Scrutiny Panel - work programme suggestions 2025/26 - replies by 25 April please")
    b += p("Dear Panel Members,")
    b += p("As agreed at the Panel&#8217;s meeting on 11 March, I am starting work on the Panel&#8217;s work programme for 2025/26 and would be grateful for your suggestions. The Chairman and Vice-Chairman will meet in early May to shortlist topics, and the draft programme will come to the June meeting for agreement.")
    b += p("So far the following topics have been proposed by Members, officers and our partners:")
    topics = [
        "Damp and mould in private rented homes &#8211; enforcement and the Council&#8217;s response to complaints",
        "Access to NHS dentistry in the district &#8211; a session with Northdown Integrated Care Board",
        "Disabled Facilities Grants &#8211; follow-up on waiting times (already scheduled for September)",
        "The future of the leisure contract after 2029 &#8211; scope of the options appraisal",
        "Homelessness and the use of temporary accommodation outside the district",
    ]
    for t in topics:
        b += ("<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>&#183;<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span style='font-family:\"Arial\",sans-serif'>%s<o:p></o:p></span></p>\n" % t)
    b += p("", space=False)
    b += p("Could you please reply to me with your answers to the two questions below by <b>Friday 25 April 2025</b>:")
    b += p("1.&nbsp;&nbsp;Which <u>two</u> of the topics above do you think the Panel should prioritise, and why?", indent=True, space=False)
    b += p("2.&nbsp;&nbsp;Are there any other issues affecting residents&#8217; health or wellbeing that you think the Panel should look at? If so, what would you want the Panel to achieve?", indent=True)
    b += p("When suggesting a topic it helps to bear in mind the usual tests: is it a concern to residents, can the Panel add value, and is it not already being looked at elsewhere? I am happy to talk any suggestions through by phone if that is easier.")
    b += p("Kind regards,")
    b += p("<b>Grace Ndlovu</b><br>Scrutiny and Policy Officer<br>Wyvernbrook District Council<br>Tel: 01632 960 433 | Mobile: 07700 900 612<br><a href=\"mailto:Grace.Ndlovu@wyvernbrook.gov.uk\">Grace.Ndlovu@wyvernbrook.gov.uk</a>")
    b += ("<p class=MsoNormal><span style='font-size:8.0pt;font-family:\"Arial\",sans-serif;color:gray'>This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender immediately and delete it. Emails sent to and from the Council may be monitored and may be disclosed under the Freedom of Information Act 2000.<o:p></o:p></span></p>\n")
    b += TAIL
    return b

GOLD2 = {
    "document": DOC2,
    "doc_type": "other",
    "themes": ["governance", "housing", "primary-care", "subcontracting"],
}

# ---------------------------------------------------------------- build / check
class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"): self.skip += 1
        if tag in ("p", "br", "div", "li"): self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def norm(s):
    s = s.replace("\xa0", " ").lower()
    s = re.sub(r"[^\w\s£]|_", " ", s)
    return re.sub(r"\s+", " ", s).strip()

def doc_text(path):
    t = Text(); t.feed(open(path, encoding="utf-8").read()); return norm("".join(t.out))

def build():
    for name, fn, gold in ((DOC1, doc1, GOLD1), (DOC2, doc2, GOLD2)):
        with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(fn())
        with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

def check():
    ok = True
    for gold in (GOLD1, GOLD2):
        text = doc_text(os.path.join(DOCS, gold["document"]))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(q["text"])
            if q["answer"]: phrases.append(q["answer"])
        phrases += [r["text"] for r in gold.get("resolutions", [])]
        for ph in phrases:
            n = len(norm(ph).split()); c = text.count(norm(ph))
            if c != 1 or not 6 <= n <= 15:
                ok = False; print("FAIL %s: count=%d words=%d: %s" % (gold["document"], c, n, ph))
        print("%s: %d phrases checked" % (gold["document"], len(phrases)))
    print("CHECK PASSED" if ok else "CHECK FAILED"); return ok

if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
