#!/usr/bin/env python3
"""Build the "di-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_di.py           build documents/di-* and gold/di-*.json
        build_di.py --check   verify every gold phrase occurs once in its document
"""
import datetime, html, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "documents", HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SHY = "\u00ad"
FIXED = datetime.datetime(2025, 10, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)

# typesetter's hyphenation points for long words
HYPH = ["com-mis-sion-ing", "re-com-mis-sion-ing", "rec-om-men-da-tion", "ser-vices",
        "per-for-mance", "equip-ment", "con-tract-ual", "re-cruit-ment", "in-ter-na-tion-al",
        "sub-stance", "par-tic-u-lar-ly", "in-for-ma-tion", "de-liv-ery", "out-stand-ing",
        "pro-cure-ment", "ar-range-ments", "re-quire-ments", "prop-er-ties", "res-i-dents",
        "or-gan-isa-tion", "op-er-a-tion-al", "ad-di-tion-al", "com-mu-ni-ty", "ap-point-ments",
        "de-part-ment", "ac-com-mo-da-tion", "an-tic-i-pat-ed", "im-prove-ment", "ap-pren-tice-ships",
        "ad-mis-sions", "dis-charge", "sig-nif-i-cant", "sub-con-tract-ors", "pre-scrib-ing",
        "en-gage-ment", "con-sul-ta-tion", "vac-ci-na-tion", "ex-pend-i-ture", "rep-re-sent-a-tives",
        "pa-tients", "re-ten-tion", "ac-knowl-edged", "ex-pe-ri-ence", "in-ves-ti-ga-tion",
        "ca-pac-i-ty", "re-con-di-tioned", "re-spon-si-bil-i-ty", "ben-e-fi-cial", "col-lec-tions",
        "par-tic-u-lar", "wel-come", "con-firmed", "wheel-chairs", "es-ti-mat-ed", "in-equal-i-ties"]
HMAP = {w.replace("-", ""): w.replace("-", SHY) for w in HYPH}


def hyph(text):
    def rep(m):
        w = m.group(0)
        h = HMAP.get(w.lower())
        if not h:
            return w
        out, i = [], 0
        for ch in h:
            if ch == SHY:
                out.append(SHY)
            else:
                out.append(w[i]); i += 1
        return "".join(out)
    return re.sub(r"[A-Za-z]+", rep, text)


# ---------------------------------------------------------------- document 1
COUNCIL = "Haverleigh Council"
PDF1 = "di-haverleigh-health-scrutiny-panel-2025-10-14.pdf"

ATT = [
    ("Present:", "Councillor Ruth Adeyemi, Chair; Councillor Tom Bracegirdle, Vice-Chair; Councillor "
     "Imran Chaudhry; Councillor Sheila Dunmore; Councillor Gareth Llewellyn-Price; Councillor Peter "
     "Nash, substitute; Councillor Abena Okafor; Mr Howard Pengelly, co-opted member (Healthwatch Haverleigh)."),
    ("Officers:", "Dr Sana Qureshi, Director of Public Health; Mark Ellery, Head of Service – Commissioning "
     "and Contracts (Adults and Health); Lorna Tait, Strategic Lead for Health Improvement and Substance "
     "Misuse; Kieran Moss, Senior Democratic Services Officer."),
    ("Also present:", "Janet Orrell, Chief Nurse and Director of Quality, Haverleigh Hospitals NHS Trust; "
     "David Kemble, Deputy Director of Workforce, Haverleigh Hospitals NHS Trust; Councillor Hugh Farrant, "
     "Cabinet Member for Adult Social Care and Health."),
]

ITEMS = [
    ("HSP(25)19", "Apologies for Absence and Substitutions", [
        "Apologies for absence were received from Councillor Jean Foulkes. Councillor Peter Nash attended "
        "as her substitute. Councillor Dunmore advised that she would need to leave the meeting at 8.15pm.",
    ]),
    ("HSP(25)20", "Declarations of Interest", [
        "Councillor Okafor declared a non-pecuniary interest in item HSP(25)22 as a member of her family "
        "was employed by the community equipment contractor, and in item HSP(25)23 as a bank nurse with "
        "Haverleigh Hospitals NHS Trust. She remained in the meeting and took part in the discussion. No "
        "other declarations were made.",
    ]),
    ("HSP(25)21", "Minutes of the Previous Meeting", [
        "RESOLVED: That the minutes of the meeting held on 9 September 2025 be approved as a correct record "
        "and signed by the Chair.",
    ]),
    ("HSP(25)22", "Integrated Community Equipment Service – Contract Performance", [
        "The Head of Service – Commissioning and Contracts (Adults and Health) introduced the report, which "
        "set out performance in the first eighteen months of the contract with Medequip Solutions Limited "
        "for the delivery, collection and recycling of community equipment on behalf of the Council and the "
        "Integrated Care Board. Delivery within the contractual timescale had improved from 71 per cent to 88 "
        "per cent but remained below the target of 95 per cent, and collections of unused equipment were "
        "particularly poor.",
        "Following a question from Cllr Chaudhry about the financial penalties available under the contract, "
        "it was confirmed that service credits of £41,600 had been deducted in 2024/25 and that a formal "
        "performance improvement notice had been issued in July. Cllr Llewellyn-Price wondered whether the "
        "Council had the option of bringing the service back in-house when the initial term ended; the Head "
        "of Service said that an options appraisal, including an in-house model and a joint venture with a "
        "neighbouring authority, would be reported to the Panel before any decision on extension was taken. "
        "Members were keen to understand how many residents had waited more than a week for equipment needed "
        "for a hospital discharge; the Head of Service explained that 214 such cases had been identified in "
        "the last quarter and that each had been reviewed by the trusted assessor team.",
        "The Panel challenged officers on the low rate of equipment recycling and the cost to the pooled "
        "budget of buying new items that could have been reconditioned. The Head of Service accepted that "
        "recycling had fallen to 62 per cent and advised that a joint audit of the depot had been "
        "commissioned. Mr Pengelly (co-opted member) enquired whether users and carers had been asked about "
        "their experience of the service, as Healthwatch had received 37 complaints since April; in reply, "
        "officers agreed that a service user survey would be carried out before the contract review. "
        "Councillor Bracegirdle commented that the subcontracting of deliveries to a courier firm had not "
        "been reported to Members when it took place.",
        "The Panel RESOLVED: (a) That the contract performance report be noted. (b) That the Head of Service "
        "bring the options appraisal for the future delivery of the community equipment service to the Panel "
        "before any decision on extension is taken. (c) That the results of the service user survey be "
        "circulated to all Members of the Panel.",
        "RECOMMENDATION TO CABINET: That Cabinet does not agree any extension of the community equipment "
        "contract until the Panel has considered the options appraisal, including an in-house option.",
    ]),
    ("HSP(25)23", "Haverleigh Hospitals NHS Trust – Winter Plan and Nursing Workforce", [
        "The Chief Nurse and Director of Quality presented the Trust's winter plan, which anticipated 40 "
        "additional escalation beds, and the Deputy Director of Workforce reported on nursing vacancies, "
        "which had fallen from 11.2 per cent to 7.9 per cent following international recruitment.",
        "Cllr Dunmore wondered whether the escalation beds could be staffed without relying on agency "
        "nurses; the Deputy Director of Workforce replied that a bank incentive scheme had been introduced "
        "and that agency spend had fallen by £1.3 million year on year. Following a question from Cllr Okafor "
        "about the retention of internationally recruited nurses, it was confirmed that 83 per cent remained "
        "with the Trust after two years and that a pastoral support scheme had been set up with the "
        "Council's housing team to find accommodation. Members were keen to understand the position on "
        "corridor care in the emergency department; the Chief Nurse explained that it had occurred on 19 "
        "days in September and that each instance was reported to the Trust Board.",
        "The Panel challenged the Trust on the lack of any reference to mental health patients waiting in "
        "the emergency department for a specialist bed. No answer was available at the meeting and the "
        "Chief Nurse undertook to provide a written response. Mr Pengelly (co-opted member) enquired how the "
        "flu and COVID-19 vaccination rates among frontline staff compared with last winter, and was told "
        "that uptake stood at 41 per cent against 38 per cent at the same point last year.",
        "The Panel RESOLVED: That the winter plan and nursing workforce update be noted and that the Trust "
        "be invited to report on corridor care to the February 2026 meeting.",
    ]),
    ("HSP(25)24", "Stop Smoking and Substance Misuse Services – Recommissioning", [
        "The Director of Public Health introduced the proposals to recommission the integrated stop smoking "
        "and drug and alcohol treatment service from April 2026, with a contract value of approximately £4.8 "
        "million a year funded from the public health grant. The Strategic Lead for Health Improvement and "
        "Substance Misuse outlined the consultation carried out over the summer, to which 412 responses had "
        "been received.",
        "Cllr Nash wondered whether splitting the service into separate lots would allow local voluntary "
        "sector organisations to bid; the Director of Public Health said that a two-lot structure had been "
        "tested with the market and that the voluntary sector would be encouraged to form consortia. "
        "Following a question from Cllr Adeyemi about the weighting given to social value in the tender "
        "evaluation, it was confirmed that social value would carry 15 per cent of the total score. Members "
        "were keen to understand how people with lived experience of recovery would be involved; the Head of "
        "Service explained that two peer evaluators would sit on the tender panel. Councillor Llewellyn-Price "
        "expressed concern that the price-quality split of 40:60 could favour large national providers over "
        "local organisations, and no response was recorded.",
        "The Panel RESOLVED: (a) That the consultation findings be noted. (b) That the proposed lot structure "
        "and evaluation criteria be endorsed.",
        "RECOMMENDATION TO CABINET: That Cabinet approves the recommissioning of the stop smoking and substance "
        "misuse services with a contract term of five years plus two, subject to an annual performance report "
        "to the Panel.",
    ]),
    ("HSP(25)25", "Work Programme 2025/26", [
        "The Panel RESOLVED: That the work programme be agreed, subject to the addition of the community "
        "equipment options appraisal and a report on corridor care.",
    ]),
]


def build_pdf(path):
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("dv", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, COUNCIL, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, "Health Scrutiny Panel – 14 October 2025", align="R")
            self.ln(4)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-16)
            self.set_font("dv", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, f"Page {self.page_no()}", align="C")
            self.set_x(self.l_margin)
            self.cell(0, 4, "Chairman's initials ..........", align="R")
            self.set_text_color(0, 0, 0)

    pdf = PDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Health Scrutiny Panel minutes 14 October 2025")
    pdf.set_author(COUNCIL)
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONTB)
    pdf.set_margins(28, 18, 28)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("dv", "B", 14)
    pdf.multi_cell(0, 7, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 12)
    pdf.multi_cell(0, 6, "HEALTH SCRUTINY PANEL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)
    pdf.multi_cell(0, 5, "Minutes of the meeting held on Tuesday 14 October 2025 at 6.30pm\n"
                   "in Committee Room 2, The Guildhall, Haverleigh", align="C")
    pdf.ln(4)
    for label, text in ATT:
        pdf.set_font("dv", "B", 9.5)
        pdf.write(5, label + " ")
        pdf.set_font("dv", "", 9.5)
        pdf.multi_cell(0, 5, hyph(text), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(3)
    for num, title, paras in ITEMS:
        pdf.set_font("dv", "B", 10.5)
        pdf.multi_cell(0, 6, f"{num}   {title.upper()}", align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for p in paras:
            if p.startswith("The Panel RESOLVED:") or p.startswith("RESOLVED:"):
                lead, rest = p.split(":", 1)
                parts = re.split(r" (?=\([a-z]\) )", rest.strip())
                pdf.set_font("dv", "B", 10)
                pdf.multi_cell(0, 5.2, lead + ":", align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("dv", "", 10)
                for part in parts:
                    pdf.set_x(pdf.l_margin + 8)
                    pdf.multi_cell(0, 5.2, hyph(part), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.5)
            elif p.startswith("RECOMMENDATION TO CABINET:"):
                rest = p.split(":", 1)[1]
                pdf.set_font("dv", "B", 10)
                pdf.write(5.2, "RECOMMENDATION TO CABINET: ")
                pdf.set_font("dv", "", 10)
                pdf.multi_cell(0, 5.2, hyph(rest.strip()), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.5)
            else:
                pdf.set_font("dv", "", 10)
                pdf.multi_cell(0, 5.2, hyph(p), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.5)
        pdf.ln(2)
    pdf.set_font("dv", "", 10)
    pdf.multi_cell(0, 5.2, "The meeting closed at 8.52pm.", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.multi_cell(0, 5.2, "Chair ........................................      Date ....................", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def pdf_source_text():
    parts = [COUNCIL, "Health Scrutiny Panel"]
    for label, text in ATT:
        parts.append(label + " " + text)
    for num, title, paras in ITEMS:
        parts.append(num + " " + title)
        parts.extend(paras)
    return "\n".join(parts)


Q = lambda item, kind, text, by, ans, giv, th: dict(item=item, kind=kind, text=text, asked_by=by,
                                                    answer=ans, given_by=giv, themes=th)
GOLD1 = {
    "document": PDF1, "doc_type": "minutes", "committee": "Health Scrutiny Panel",
    "meeting_date": "2025-10-14",
    "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
    "questions": [
        Q("HSP(25)22", "question", "about the financial penalties available under the contract",
          "Cllr Chaudhry", "service credits of £41,600 had been deducted in 2024/25",
          None, ["subcontracting", "finance"]),
        Q("HSP(25)22", "question", "wondered whether the Council had the option of bringing the service back in-house",
          "Cllr Llewellyn-Price", "an options appraisal, including an in-house model and a joint venture",
          "the Head of Service", ["privatisation", "subcontracting"]),
        Q("HSP(25)22", "question", "how many residents had waited more than a week for equipment",
          "Members", "214 such cases had been identified in the last quarter",
          "the Head of Service", ["adult-social-care"]),
        Q("HSP(25)22", "concern", "The Panel challenged officers on the low rate of equipment recycling",
          "The Panel", "accepted that recycling had fallen to 62 per cent",
          "The Head of Service", ["finance", "subcontracting", "integration"]),
        Q("HSP(25)22", "question", "enquired whether users and carers had been asked about their experience",
          "Mr Pengelly", "a service user survey would be carried out before the contract review",
          "officers", ["patient-and-public-input", "adult-social-care"]),
        Q("HSP(25)22", "comment", "the subcontracting of deliveries to a courier firm had not been reported",
          "Councillor Bracegirdle", None, None, ["subcontracting", "governance"]),
        Q("HSP(25)23", "question", "wondered whether the escalation beds could be staffed without relying on agency",
          "Cllr Dunmore", "a bank incentive scheme had been introduced and that agency spend",
          "the Deputy Director of Workforce", ["workforce", "finance"]),
        Q("HSP(25)23", "question", "about the retention of internationally recruited nurses",
          "Cllr Okafor", "83 per cent remained with the Trust after two years",
          None, ["workforce", "housing"]),
        Q("HSP(25)23", "question", "the position on corridor care in the emergency department",
          "Members", "it had occurred on 19 days in September",
          "the Chief Nurse", ["governance"]),
        Q("HSP(25)23", "concern", "The Panel challenged the Trust on the lack of any reference to mental health",
          "The Panel", "the Chief Nurse undertook to provide a written response",
          "the Chief Nurse", ["mental-health"]),
        Q("HSP(25)23", "question", "how the flu and COVID-19 vaccination rates among frontline staff compared",
          "Mr Pengelly", "uptake stood at 41 per cent against 38 per cent",
          None, ["public-health", "workforce"]),
        Q("HSP(25)24", "question", "wondered whether splitting the service into separate lots would allow local voluntary",
          "Cllr Nash", "a two-lot structure had been tested with the market",
          "the Director of Public Health", ["subcontracting", "public-health"]),
        Q("HSP(25)24", "question", "about the weighting given to social value in the tender evaluation",
          "Cllr Adeyemi", "social value would carry 15 per cent of the total score",
          None, ["subcontracting", "public-health"]),
        Q("HSP(25)24", "question", "how people with lived experience of recovery would be involved",
          "Members", "two peer evaluators would sit on the tender panel",
          "the Head of Service", ["patient-and-public-input", "subcontracting", "public-health"]),
        Q("HSP(25)24", "concern", "expressed concern that the price-quality split of 40:60 could favour large national providers",
          "Councillor Llewellyn-Price", None, None, ["subcontracting", "privatisation", "public-health"]),
    ],
    "resolutions": [
        {"item": "HSP(25)21", "text": "minutes of the meeting held on 9 September 2025 be approved",
         "outcome": "agreed", "themes": []},
        {"item": "HSP(25)22", "text": "That the contract performance report be noted",
         "outcome": "agreed", "themes": ["subcontracting"]},
        {"item": "HSP(25)22", "text": "That Cabinet does not agree any extension of the community equipment contract",
         "outcome": "recommended", "themes": ["subcontracting", "privatisation"]},
        {"item": "HSP(25)23", "text": "the winter plan and nursing workforce update be noted",
         "outcome": "noted", "themes": ["workforce"]},
        {"item": "HSP(25)24", "text": "That the proposed lot structure and evaluation criteria be endorsed",
         "outcome": "agreed", "themes": ["subcontracting", "patient-and-public-input", "public-health"]},
        {"item": "HSP(25)24", "text": "That Cabinet approves the recommissioning of the stop smoking and substance",
         "outcome": "recommended", "themes": ["subcontracting", "public-health"]},
        {"item": "HSP(25)25", "text": "That the work programme be agreed, subject to the addition",
         "outcome": "agreed", "themes": ["governance"]},
    ],
    "attendees": [
        {"name": "Councillor Ruth Adeyemi", "role": "Chair", "attendance": "present"},
        {"name": "Councillor Tom Bracegirdle", "role": "Vice-Chair", "attendance": "present"},
        {"name": "Councillor Imran Chaudhry", "role": None, "attendance": "present"},
        {"name": "Councillor Sheila Dunmore", "role": None, "attendance": "present"},
        {"name": "Councillor Gareth Llewellyn-Price", "role": None, "attendance": "present"},
        {"name": "Councillor Peter Nash", "role": "substitute", "attendance": "present"},
        {"name": "Councillor Abena Okafor", "role": None, "attendance": "present"},
        {"name": "Mr Howard Pengelly", "role": "co-opted member (Healthwatch Haverleigh)", "attendance": "present"},
        {"name": "Councillor Jean Foulkes", "role": None, "attendance": "apologies"},
        {"name": "Dr Sana Qureshi", "role": "Director of Public Health", "attendance": "in_attendance"},
        {"name": "Mark Ellery", "role": "Head of Service – Commissioning and Contracts (Adults and Health)",
         "attendance": "in_attendance"},
        {"name": "Lorna Tait", "role": "Strategic Lead for Health Improvement and Substance Misuse",
         "attendance": "in_attendance"},
        {"name": "Kieran Moss", "role": "Senior Democratic Services Officer", "attendance": "in_attendance"},
        {"name": "Janet Orrell", "role": "Chief Nurse and Director of Quality, Haverleigh Hospitals NHS Trust",
         "attendance": "in_attendance"},
        {"name": "David Kemble", "role": "Deputy Director of Workforce, Haverleigh Hospitals NHS Trust",
         "attendance": "in_attendance"},
        {"name": "Councillor Hugh Farrant", "role": "Cabinet Member for Adult Social Care and Health",
         "attendance": "in_attendance"},
    ],
}

# ---------------------------------------------------------------- document 2
HTML2 = "di-haverleigh-how-to-ask-a-question-at-scrutiny.html"
PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>How to ask a question at a scrutiny meeting | Haverleigh Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header class="site-header"><a href="/" class="logo">Haverleigh Council</a>
<nav aria-label="Breadcrumb"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/council-and-democracy">Council and democracy</a></li><li><a href="/council-and-democracy/scrutiny">Scrutiny</a></li><li aria-current="page">How to ask a question at a scrutiny meeting</li></ol></nav>
</header>
<main id="main-content">
<h1>How to ask a question at a scrutiny meeting</h1>
<p class="lede">If you live, work or study in Haverleigh you can ask a question at a meeting of the Overview and Scrutiny Committee or one of its panels, including the Health Scrutiny Panel and the Children and Young People Scrutiny Panel. This page explains how.</p>

<h2>Who can ask a question</h2>
<p>Any resident of the borough, or anyone who works or studies here, can submit a question. You can ask one question per meeting. Councillors cannot use this procedure; they raise matters through the Chair.</p>

<h2>Deadlines</h2>
<ul>
<li>Your question must reach Democratic Services by <strong>12 noon, five clear working days</strong> before the meeting. For a Tuesday meeting this is normally noon on the Monday of the previous week.</li>
<li>Questions received after the deadline will be held over to the next meeting, unless the Chair agrees that the matter is urgent.</li>
<li>Meeting dates are listed in the <a href="/meetings/calendar">committee calendar</a>.</li>
</ul>

<h2>What you can ask about</h2>
<p>Your question must relate to an item on the agenda or to a matter within the panel's remit, such as local NHS services, adult social care, public health, housing or services for children and families. Questions may be refused if they are defamatory or offensive, are substantially the same as a question asked in the last six months, concern a planning or licensing application, or require the disclosure of confidential or exempt information.</p>

<h2>An example question</h2>
<p>Questions should be short and specific. A question of about 100 words is ideal. Here is an example of the kind of question we receive:</p>
<blockquote class="example">
<p><strong>Example question:</strong> “My mother waited eleven days for a hospital bed to be delivered after she was discharged. How many people have waited more than a week for equipment this year, and what is the Council doing about the company that delivers it?”</p>
</blockquote>

<h2>An example written answer</h2>
<p>The Chair or the relevant officer will answer your question at the meeting. If an answer cannot be given on the night, a written answer will be sent to you within ten working days and published with the minutes. A written answer might look like this:</p>
<blockquote class="example">
<p><strong>Example written answer:</strong> “Thank you for your question. Between April and September, 214 residents waited more than seven days for equipment needed to leave hospital. The Council has issued the provider with a performance improvement notice and is reviewing the future of the service. The Health Scrutiny Panel will consider an options appraisal before any decision is made.”</p>
</blockquote>
<p class="note">These examples are illustrations only and do not record a real question or answer.</p>

<h2>Supplementary questions</h2>
<ol>
<li>If you attend the meeting in person, you may ask one supplementary question after you have received the answer to your original question.</li>
<li>The supplementary question must arise directly from the original question or the answer given. It must not introduce a new subject.</li>
<li>You will have up to one minute to ask it. The Chair may rule a supplementary question out of order.</li>
<li>If you cannot attend, the Chair will read out your question, but no supplementary question can be asked on your behalf.</li>
</ol>

<h2>At the meeting</h2>
<p>Public question time lasts up to 30 minutes at the start of the meeting. Questions are taken in the order in which they were received. Meetings are held in public and are webcast, so your name will be recorded in the minutes unless you ask us not to publish it.</p>

<h2>Submit your question</h2>
<p>Use our <a class="button" href="/forms/scrutiny-public-question">online question form</a>. You will need to give your name, address, email or phone number, the meeting you want to attend and the wording of your question.</p>
<p>If you cannot use the form, email <a href="mailto:democratic.services@haverleigh.gov.uk">democratic.services@haverleigh.gov.uk</a> or write to Democratic Services, The Guildhall, Haverleigh HV1 2GH.</p>

<h2>Petitions</h2>
<p>If your concern is shared by others you may prefer to start a petition. See <a href="/petitions">how to submit a petition</a>.</p>
<p class="last-updated">Last updated: 3 September 2025</p>
</main>
<footer><p>&copy; Haverleigh Council</p><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li></ul></footer>
</body>
</html>
"""
GOLD2 = {"document": HTML2, "doc_type": "other",
         "themes": ["patient-and-public-input", "governance"]}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w£]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    docs = {PDF1: (pdf_source_text(), GOLD1), HTML2: (html.unescape(re.sub(r"<[^>]+>", " ", PAGE)), GOLD2)}
    for name, (src, gold) in docs.items():
        g = json.loads((GOLD / (Path(name).stem + ".json")).read_text())
        assert g == json.loads(json.dumps(gold)), f"{name}: gold file out of date"
        assert (DOCS / name).exists(), name
        n = norm(src)
        phrases = [("question", q["text"]) for q in g.get("questions", [])]
        phrases += [("answer", q["answer"]) for q in g.get("questions", []) if q["answer"]]
        phrases += [("resolution", r["text"]) for r in g.get("resolutions", [])]
        for kind, p in phrases:
            words = len(p.split())
            c = n.count(norm(p))
            if c != 1 or not 6 <= words <= 15:
                ok = False
                print(f"FAIL {name} {kind}: count={c} words={words}: {p}")
        item_nums = {i["number"] for i in g.get("items", [])}
        for r in g.get("questions", []) + g.get("resolutions", []):
            if r["item"] not in item_nums:
                ok = False; print("FAIL item", r["item"])
    # the PDF really hyphenates words across line ends
    if PDF1:
        import pdfplumber
        with pdfplumber.open(DOCS / PDF1) as pdf:
            txt = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
        hy = re.findall(r"[a-z]+-\n[a-z]+", txt)
        print(f"{PDF1}: {len(hy)} words hyphenated at line ends, e.g. {hy[:4]}")
        if len(hy) < 3:
            ok = False; print("FAIL: too few hyphenated line ends")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True)
    build_pdf(DOCS / PDF1)
    (DOCS / HTML2).write_text(PAGE, encoding="utf-8")
    for name, g in ((PDF1, GOLD1), (HTML2, GOLD2)):
        (GOLD / (Path(name).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built")
