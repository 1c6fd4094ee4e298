#!/usr/bin/env python3
"""Build the "dz-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dz.py           build documents/dz-* and gold/dz-*.json
        build_dz.py --check   verify every gold phrase occurs once in its document
"""
import html, json, os, re, sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# ---------------------------------------------------------------- document 1: HTML minutes
HTML_NAME = "dz-hallowmere-health-adult-care-scrutiny-2025-03-12.html"

MINUTES = [
 ("14", "Apologies for Absence and Substitutions", [
  "<p>Apologies for absence were received from Councillor Priya Okonkwo-Reid and Councillor Dennis Hatherley. Councillor Marcus Venn attended as substitute for Councillor Hatherley.</p>",
 ]),
 ("15", "Declarations of Interest", [
  "<p>Councillor Sandra Littlejohn declared a non-pecuniary interest in Minute 18 as her daughter is employed as a registered nurse by Hallowmere and District Hospitals NHS Foundation Trust. She remained in the meeting and took part in the discussion.</p>",
 ]),
 ("16", "Minutes of the Previous Meeting", [
  '<p class="resolution"><strong>Resolved:</strong> That the minutes of the meeting held on 22 January 2025 be confirmed as a correct record and signed by the Chair.</p>',
 ]),
 ("17", "Home Care Recommissioning – Outcome of the Tender", [
  "<p>The Assistant Director, Commissioning and Market Shaping (Adults), introduced the report, which set out the outcome of the competitive tender for home care across the four locality zones. Seven providers had been appointed to the new framework from 1 April 2025, replacing the previous arrangement of twenty-three spot-purchased providers. The contracts would run for five years with an option to extend by a further two.</p>",
  "<p><strong>Councillor Ruth Abernethy</strong> asked what would happen to the people currently supported by providers who had not been successful in the tender, and whether they would be forced to change carers.</p>",
  "<p><strong>Response:</strong> The Assistant Director explained that a transition plan was in place and that nobody would be moved against their wishes before 30 September 2025; where people wished to keep their current carers, TUPE was expected to apply to most of the care workers involved.</p>",
  "<p><strong>Councillor Marcus Venn</strong> asked whether the council had considered bringing home care back in-house rather than relying entirely on private providers whose profit margins came out of public money.</p>",
  "<p><strong>Response:</strong> The Head of Service, Adult Social Care Operations, said that an in-house option had been appraised in 2023 but had been estimated to cost around £4.2 million a year more than the framework; the Reablement Service would however remain a council-run service.</p>",
  "<p><strong>Councillor Sandra Littlejohn</strong> raised concern that the hourly rate of £24.10 would not allow providers to pay the Real Living Wage and cover mileage for rural calls in the north of the borough.</p>",
  "<p><strong>Response:</strong> The Assistant Director confirmed that the rate included a rural uplift of 85p per hour for the Fellside zone and that payment of the Real Living Wage was a condition of the framework, which would be checked at quarterly contract monitoring visits.</p>",
  "<p><strong>Councillor Tom Ashworth</strong> requested that the Committee receive a report after six months on how many people had changed provider and on any gaps in cover.</p>",
  "<p><strong>Response:</strong> The Chair agreed that this would be added to the work programme for the October meeting.</p>",
  '<p class="resolution"><strong>Resolved:</strong> (1) That the outcome of the home care tender be noted. (2) That a six-month review of the transition to the new framework be added to the work programme for October 2025.</p>',
 ]),
 ("18", "Hallowmere and District Hospitals NHS Foundation Trust – Winter Pressures and Discharge", [
  "<p>The Chief Operating Officer of Hallowmere and District Hospitals NHS Foundation Trust and the Director of Urgent Care Transformation, Fenland and Hallowmere Integrated Care Board, gave a presentation on the winter period, including ambulance handover delays and the number of patients who were medically fit for discharge but remained in hospital.</p>",
  "<p><strong>Councillor Gillian Stroud</strong> asked why the number of patients waiting more than twelve hours in the emergency department had risen since the same period last year.</p>",
  "<p><strong>Response:</strong> The Chief Operating Officer said that bed occupancy had averaged 97 per cent throughout January and that around 110 beds each day were occupied by patients who no longer needed acute care.</p>",
  "<p><strong>Councillor Tom Ashworth</strong> asked what the council itself was doing to speed up hospital discharge and whether the discharge to assess beds commissioned from care homes were being used.</p>",
  "<p><strong>Response:</strong> The Head of Service, Adult Social Care Operations, said that occupancy of the twenty discharge to assess beds had been over 90 per cent since December, and that the integrated discharge hub now operated seven days a week.</p>",
  "<p><strong>Councillor Ruth Abernethy</strong> sought clarification on how many nursing and therapy vacancies the Trust currently carried and how much it had spent on agency staff this year.</p>",
  "<p><strong>Response:</strong> The Chief Operating Officer reported a registered nurse vacancy rate of 8.5 per cent and agency spend of £11.3 million to the end of February, which was £2 million below the previous year.</p>",
  "<p><strong>Councillor Sandra Littlejohn</strong> commented that patients and families had told her they were not involved in decisions about where they went after leaving hospital.</p>",
  "<p>No response was recorded to this comment, but the Chair asked that Healthwatch Hallowmere be invited to contribute to the next update.</p>",
  '<p class="resolution"><strong>Resolved:</strong> That the presentation be noted and that the Trust and the ICB be asked to return in September 2025 with a plan for the coming winter, including the views of patients and carers on discharge.</p>',
 ]),
 ("19", "Healthy Futures – Stop Smoking and Weight Management Contract", [
  "<p>The Consultant in Public Health presented a report on the proposal to recommission the integrated lifestyle service, which was currently delivered by a national social enterprise under a contract due to expire in March 2026.</p>",
  "<p><strong>Councillor Marcus Venn</strong> asked whether the public health grant for 2025/26 would be enough to sustain the service at its current level.</p>",
  "<p><strong>Response:</strong> The Consultant in Public Health explained that the grant had increased by 5.9 per cent but that most of the uplift was committed to NHS pay awards in the sexual health and school nursing contracts.</p>",
  "<p><strong>Councillor Gillian Stroud</strong> queried whether residents who had used the service had been asked what worked for them before the specification was written.</p>",
  "<p><strong>Response:</strong> It was confirmed that an online survey had received 412 responses and that two focus groups had been held with pregnant smokers and with people from the Eastgate estate.</p>",
  "<p><strong>Councillor Ruth Abernethy</strong> expressed concern that vaping among secondary school pupils was rising and asked that the new service include a youth element.</p>",
  "<p><strong>Response:</strong> The Consultant in Public Health said that youth vaping would be addressed through a separate schools programme funded from the smoking cessation grant.</p>",
  '<p class="resolution"><strong>Resolved:</strong> That the Committee recommends to Cabinet that the integrated lifestyle service be recommissioned for a term of up to five years, subject to the outcome of the consultation.</p>',
 ]),
 ("20", "Children's Mental Health – Waiting Times Update", [
  "<p>Consideration of this item was deferred because the Service Director of Fenland Children and Young People's Mental Health Service was unable to attend.</p>",
  '<p class="resolution"><strong>Resolved:</strong> That the item be deferred to the meeting on 30 April 2025 at the request of the provider.</p>',
 ]),
 ("21", "Work Programme 2024/25", [
  "<p>The Scrutiny Officer presented the work programme. <strong>Councillor Tom Ashworth</strong> asked whether the Committee could visit the integrated discharge hub at Hallowmere General Hospital before the September meeting.</p>",
  "<p><strong>Response:</strong> The Scrutiny Officer undertook to arrange a visit in the summer and circulate dates.</p>",
  '<p class="resolution"><strong>Resolved:</strong> That the work programme be agreed, subject to the additions made at Minutes 17 and 18.</p>',
 ]),
]

ATT = {
 "Councillors": [
   ("Councillor Gillian Stroud", "Chair", "present"),
   ("Councillor Tom Ashworth", "Vice-Chair", "present"),
   ("Councillor Ruth Abernethy", None, "present"),
   ("Councillor Sandra Littlejohn", None, "present"),
   ("Councillor Marcus Venn", "substitute for Councillor Hatherley", "present"),
   ("Councillor Priya Okonkwo-Reid", None, "apologies"),
   ("Councillor Dennis Hatherley", None, "apologies"),
 ],
 "Officers": [
   ("Helen Marchbank", "Assistant Director, Commissioning and Market Shaping (Adults)", "in_attendance"),
   ("Oliver Quayle", "Head of Service, Adult Social Care Operations", "in_attendance"),
   ("Dr Amina Siddiqui", "Consultant in Public Health", "in_attendance"),
   ("Jo Penhaligon", "Scrutiny Officer", "in_attendance"),
 ],
 "Others": [
   ("Mark Tredwell", "Chief Operating Officer, Hallowmere and District Hospitals NHS Foundation Trust", "in_attendance"),
   ("Claire Dunmore", "Director of Urgent Care Transformation, Fenland and Hallowmere Integrated Care Board", "in_attendance"),
 ],
}

def att_li(name, role, status):
    s = html.escape(name)
    if role:
        s += f" ({html.escape(role)})"
    if status == "apologies":
        s += " – apologies"
    return f"        <li>{s}</li>"

def build_html():
    parts = []
    for num, title, body in MINUTES:
        parts.append(f"""      <div class="minute" id="minute-{num}">
        <h3 class="minute__number">Minute {num}</h3>
        <h4 class="minute__title">{html.escape(title)}</h4>
        <div class="minute__body">
          {chr(10).join('          ' + p if i else p for i, p in enumerate(body))}
        </div>
      </div>""")
    aside = ['    <aside class="meeting-attendance" aria-labelledby="att-h">', '      <h2 id="att-h">Attendance</h2>']
    for grp, people in ATT.items():
        aside.append(f"      <h3>{grp}</h3>\n      <ul class=\"attendance-list\">")
        aside += [att_li(*p) for p in people]
        aside.append("      </ul>")
    aside.append("    </aside>")
    doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Minutes – Health and Adult Care Scrutiny Committee – 12 March 2025 | Hallowmere Borough Council</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/site/styles/continuum-2024.css">
</head>
<body class="page page--meeting">
  <a class="skip-link" href="#main">Skip to main content</a>
  <header class="site-header"><a href="/" class="site-header__logo">Hallowmere Borough Council</a>
    <nav class="site-header__nav"><a href="/council">Council and democracy</a> <a href="/council/meetings">Meetings</a></nav>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/council">Council and democracy</a></li><li><a href="/council/committees/health-adult-care-scrutiny">Health and Adult Care Scrutiny Committee</a></li><li>Minutes 12 March 2025</li></ol></nav>
  <main id="main" class="layout layout--sidebar">
    <div class="layout__main">
      <h1 class="page-title">Health and Adult Care Scrutiny Committee – minutes</h1>
      <p class="meeting-meta">Wednesday 12 March 2025, 6.30pm, Council Chamber, Civic Offices, Market Street, Hallowmere</p>
      <p class="meeting-meta">These minutes were approved as a correct record at the meeting on 30 April 2025.</p>
{chr(10).join(parts)}
      <p class="meeting-close">The meeting ended at 8.52pm.</p>
    </div>
{chr(10).join(aside)}
  </main>
  <footer class="site-footer"><p>© Hallowmere Borough Council, Civic Offices, Market Street, Hallowmere HW1 2QA</p>
    <ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul>
    <p class="site-footer__cms">Powered by Continuum</p></footer>
</body>
</html>
"""
    return doc

def html_text(doc):
    t = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", doc, flags=re.S)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)

Q = lambda item, kind, text, by, ans, giv, th: dict(item=item, kind=kind, text=text, asked_by=by, answer=ans, given_by=giv, themes=th)
R = lambda item, text, out, th: dict(item=item, text=text, outcome=out, themes=th)

HTML_GOLD = {
 "document": HTML_NAME, "doc_type": "minutes",
 "committee": "Health and Adult Care Scrutiny Committee", "meeting_date": "2025-03-12",
 "items": [{"number": n, "title": t} for n, t, _ in MINUTES],
 "questions": [
  Q("17", "question", "what would happen to the people currently supported by providers who had not been successful",
    "Councillor Ruth Abernethy", "nobody would be moved against their wishes before 30 September 2025",
    "The Assistant Director", ["subcontracting", "adult-social-care", "workforce"]),
  Q("17", "question", "considered bringing home care back in-house rather than relying entirely on private providers",
    "Councillor Marcus Venn", "an in-house option had been appraised in 2023",
    "The Head of Service, Adult Social Care Operations", ["privatisation", "subcontracting", "adult-social-care", "finance"]),
  Q("17", "concern", "hourly rate of £24.10 would not allow providers to pay the Real Living Wage",
    "Councillor Sandra Littlejohn", "payment of the Real Living Wage was a condition of the framework",
    "The Assistant Director", ["finance", "workforce", "adult-social-care", "subcontracting"]),
  Q("17", "request", "requested that the Committee receive a report after six months",
    "Councillor Tom Ashworth", "this would be added to the work programme for the October meeting",
    "The Chair", ["adult-social-care", "governance"]),
  Q("18", "question", "patients waiting more than twelve hours in the emergency department had risen",
    "Councillor Gillian Stroud", "bed occupancy had averaged 97 per cent throughout January",
    "The Chief Operating Officer", []),
  Q("18", "question", "what the council itself was doing to speed up hospital discharge",
    "Councillor Tom Ashworth", "the integrated discharge hub now operated seven days a week",
    "The Head of Service, Adult Social Care Operations", ["adult-social-care", "integration", "subcontracting"]),
  Q("18", "question", "how many nursing and therapy vacancies the Trust currently carried",
    "Councillor Ruth Abernethy", "reported a registered nurse vacancy rate of 8.5 per cent",
    "The Chief Operating Officer", ["workforce", "finance"]),
  Q("18", "comment", "patients and families had told her they were not involved in decisions",
    "Councillor Sandra Littlejohn", None, None, ["patient-and-public-input", "adult-social-care"]),
  Q("19", "question", "whether the public health grant for 2025/26 would be enough to sustain",
    "Councillor Marcus Venn", "most of the uplift was committed to NHS pay awards",
    "The Consultant in Public Health", ["finance", "public-health", "workforce"]),
  Q("19", "question", "residents who had used the service had been asked what worked for them",
    "Councillor Gillian Stroud", "an online survey had received 412 responses",
    None, ["patient-and-public-input", "public-health", "subcontracting"]),
  Q("19", "concern", "vaping among secondary school pupils was rising and asked that the new service",
    "Councillor Ruth Abernethy", "youth vaping would be addressed through a separate schools programme",
    "The Consultant in Public Health", ["public-health", "children-and-families"]),
  Q("21", "question", "visit the integrated discharge hub at Hallowmere General Hospital",
    "Councillor Tom Ashworth", "undertook to arrange a visit in the summer and circulate dates",
    "The Scrutiny Officer", ["governance", "integration"]),
 ],
 "resolutions": [
  R("16", "minutes of the meeting held on 22 January 2025 be confirmed", "agreed", []),
  R("17", "That the outcome of the home care tender be noted", "noted", ["subcontracting", "adult-social-care"]),
  R("18", "the presentation be noted and that the Trust and the ICB be asked to return", "noted",
    ["patient-and-public-input", "adult-social-care"]),
  R("19", "the Committee recommends to Cabinet that the integrated lifestyle service be recommissioned", "recommended",
    ["subcontracting", "public-health", "patient-and-public-input"]),
  R("20", "the item be deferred to the meeting on 30 April 2025", "deferred", ["mental-health", "children-and-families"]),
  R("21", "the work programme be agreed, subject to the additions made at Minutes", "agreed", ["governance"]),
 ],
 "attendees": [{"name": n, "role": r, "attendance": a} for g in ATT.values() for n, r, a in g],
}

# ---------------------------------------------------------------- document 2: PDF decision notice
PDF_NAME = "dz-hallowmere-decision-notice-asc-fees-2025.pdf"

NOTICE = [
 ("h", "Record of Executive Decision – Key Decision"),
 ("kv", [("Decision reference", "ASC/KD/2025/007"),
         ("Decision taker", "Councillor Janet Oyelaran, Cabinet Member for Adult Social Care"),
         ("Date of decision", "17 March 2025"),
         ("Forward Plan reference", "FP/1184 (first published 14 January 2025)"),
         ("Subject", "Fee rates for externally commissioned adult social care 2025/26"),
         ("Wards affected", "All wards")]),
 ("s", "1. Decision"),
 ("p", "Having considered the report of the Director of Adult Social Care and Health dated 5 March 2025, the Cabinet Member for Adult Social Care decided:"),
 ("p", "(a) to approve an increase of 7.8 per cent in the standard hourly rate paid for home care, to £24.10 per hour from 7 April 2025, with a rural uplift of 85p per hour in the Fellside zone;"),
 ("p", "(b) to approve increases of 6.5 per cent in the standard weekly rates for residential and nursing home placements for older people;"),
 ("p", "(c) to approve an increase of 6.0 per cent for supported living and day opportunities for working-age adults; and"),
 ("p", "(d) to delegate to the Director of Adult Social Care and Health, in consultation with the Section 151 Officer, authority to agree individual rates where the standard rates cannot meet assessed needs."),
 ("s", "2. Reasons for the decision"),
 ("p", "The Council has a duty under the Care Act 2014 to promote an efficient and effective market of care providers and to have regard to the actual cost of care when setting rates. The increases reflect the National Living Wage rise to £12.21 per hour, the change in employers' National Insurance contributions and general inflation. The total cost of £6.9 million can be met within the adult social care budget approved by Council on 26 February 2025, including the Market Sustainability and Improvement Fund allocation."),
 ("s", "3. Alternative options considered and rejected"),
 ("p", "Option 1 – a single uniform increase of 5 per cent for all services. Rejected because it would not cover the increase in the National Living Wage for home care and would put the stability of the home care framework at risk."),
 ("p", "Option 2 – increases matching providers' cost-of-care submissions in full. Rejected because the estimated additional cost of £3.4 million could not be contained within the approved budget without reductions elsewhere."),
 ("s", "4. Consultation"),
 ("p", "Providers were consulted on the proposed rates between 20 January and 14 February 2025 through the Hallowmere Care Association and an online questionnaire; 61 responses were received and are summarised at Appendix B of the report. The Health and Adult Care Scrutiny Committee considered the home care tender outcome on 12 March 2025. Ward councillors were not consulted as the decision affects all wards."),
 ("s", "5. Declarations of interest and dispensations"),
 ("p", "None declared by the decision taker. No dispensation was granted."),
 ("s", "6. Call-in"),
 ("p", "This decision will come into force, and may then be implemented, at 5.00pm on Tuesday 25 March 2025 unless it is called in. A call-in request must be signed by at least five councillors and delivered to the Monitoring Officer before that deadline. The decision is not exempt from call-in."),
 ("kv", [("Signed", "Councillor Janet Oyelaran, Cabinet Member for Adult Social Care"),
         ("Date published", "18 March 2025"),
         ("Contact officer", "Helen Marchbank, Assistant Director, Commissioning and Market Shaping (Adults), 01632 960 418")]),
]

PDF_GOLD = {"document": PDF_NAME, "doc_type": "other",
            "themes": ["adult-social-care", "finance", "subcontracting", "workforce", "patient-and-public-input", "governance"]}

def build_pdf(path):
    from fpdf import FPDF
    class P(FPDF):
        def header(self):
            self.set_font("dv", "", 8)
            self.set_text_color(90)
            self.cell(0, 5, "Hallowmere Borough Council – Record of Executive Decision", align="L")
            self.cell(0, 5, "ASC/KD/2025/007", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(4); self.set_text_color(0)
        def footer(self):
            self.set_y(-14); self.set_font("dv", "", 8); self.set_text_color(90)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
    pdf = P(format="A4")
    pdf.set_creation_date(datetime(2025, 3, 18, 9, 0, tzinfo=timezone.utc))
    pdf.set_title("Record of Executive Decision ASC/KD/2025/007")
    pdf.set_author("Democratic Services, Hallowmere Borough Council")
    pdf.add_font("dv", "", FONT); pdf.add_font("dv", "B", FONTB)
    pdf.set_margins(20, 18, 20); pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.add_page()
    for kind, val in NOTICE:
        if kind == "h":
            pdf.set_font("dv", "B", 15); pdf.multi_cell(0, 8, val, new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
        elif kind == "s":
            pdf.ln(2); pdf.set_font("dv", "B", 11); pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif kind == "p":
            pdf.set_font("dv", "", 10); pdf.multi_cell(0, 5.2, val, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif kind == "kv":
            pdf.set_font("dv", "", 10)
            for k, v in val:
                y = pdf.get_y()
                pdf.set_font("dv", "B", 10); pdf.multi_cell(50, 6, k, border=1, new_x="RIGHT", new_y="TOP")
                pdf.set_font("dv", "", 10); pdf.set_xy(70, y); pdf.multi_cell(0, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    pdf.output(path)

def pdf_source():
    out = []
    for kind, val in NOTICE:
        out += [f"{k} {v}" for k, v in val] if kind == "kv" else [val]
    return "\n".join(out)

# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())

def check_gold(gold, text):
    t = norm(text); errs = []
    phrases = [("question", q["text"]) for q in gold.get("questions", [])]
    phrases += [("answer", q["answer"]) for q in gold.get("questions", []) if q["answer"]]
    phrases += [("resolution", r["text"]) for r in gold.get("resolutions", [])]
    for kind, p in phrases:
        n = len(p.split())
        if not 6 <= n <= 15: errs.append(f"{kind} length {n}: {p}")
        c = t.count(norm(p))
        if c != 1: errs.append(f"{kind} occurs {c} times: {p}")
    return errs

def main():
    check = "--check" in sys.argv
    doc = build_html()
    with open(os.path.join(DOCS, HTML_NAME), "w", encoding="utf-8") as f: f.write(doc)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    for g in (HTML_GOLD, PDF_GOLD):
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")
    if check:
        errs = check_gold(HTML_GOLD, html_text(doc))
        import pdfplumber
        with pdfplumber.open(os.path.join(DOCS, PDF_NAME)) as p:
            ptxt = "\n".join(pg.extract_text() or "" for pg in p.pages)
        if "call-in" not in ptxt.lower(): errs.append("PDF text not extractable")
        errs += check_gold(PDF_GOLD, pdf_source())
        print(f"HTML: {len(HTML_GOLD['items'])} items, {len(HTML_GOLD['questions'])} questions, "
              f"{len(HTML_GOLD['resolutions'])} resolutions, {len(HTML_GOLD['attendees'])} attendees")
        if errs:
            print("CHECK FAILED"); [print(" -", e) for e in errs]; sys.exit(1)
        print("check passed")

if __name__ == "__main__":
    main()
