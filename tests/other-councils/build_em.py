#!/usr/bin/env python3
"""Build the "em-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_em.py           build documents/em-* and gold/em-*.json
        build_em.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

COUNCIL = "Mercombe and Hatherden Joint Health Scrutiny Committee"
DOC1 = "em-mercombe-joint-health-scrutiny-2025-06-12.html"
DOC2 = "em-mercombe-privacy-notice-webcasting.html"


def p(*runs, cls="font_8"):
    """runs: str (plain) or (style, text)."""
    out = []
    for r in runs:
        if isinstance(r, tuple):
            st, t = r
            css = {"b": "font-weight:bold", "u": "text-decoration:underline",
                   "bu": "font-weight:bold;text-decoration:underline"}[st]
            out.append(f'<span style="{css}" class="wixui-rich-text__text">{t}</span>')
        else:
            out.append(f'<span class="wixui-rich-text__text">{r}</span>')
    return f'<p class="{cls} wixui-rich-text__text" style="text-align:justify; font-size:15px;">{"".join(out)}</p>'


def blank():
    return '<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&nbsp;</span></p>'


def title(n, t):
    return p(("b", f"{n}.&nbsp;&nbsp;{t}"))


def Q(text, split=False):
    lab = '<span style="font-weight:bold" class="wixui-rich-text__text">Q</span><span style="font-weight:bold" class="wixui-rich-text__text">.</span>' if split else '<span style="font-weight:bold" class="wixui-rich-text__text">Q.</span>'
    return f'<p class="font_8 wixui-rich-text__text" style="text-align:justify; font-size:15px;">{lab}<span class="wixui-rich-text__text">&nbsp;&nbsp;{text}</span></p>'


def A(text, split=False):
    lab = '<span style="font-weight:bold" class="wixui-rich-text__text">A</span><span style="font-weight:bold" class="wixui-rich-text__text">.</span>' if split else '<span style="font-weight:bold" class="wixui-rich-text__text">A.</span>'
    return f'<p class="font_8 wixui-rich-text__text" style="text-align:justify; font-size:15px;">{lab}<span class="wixui-rich-text__text">&nbsp;&nbsp;{text}</span></p>'


def R(text):
    return p(("b", "RESOLVED"), " " + text)


def wrap_page(page_title, body_html, comp="comp-lx4k2f9a"):
    menu = "".join(f'<li class="wixui-dropdown-menu__item StylableHorizontalMenu3372578893__menuItem"><a href="/{s}" class="wixui-dropdown-menu__item"><div class="itemDepth02233374943__label">{l}</div></a></li>'
                   for s, l in [("", "Home"), ("about", "About the Committee"), ("meetings", "Meetings"),
                                ("minutes", "Agendas &amp; Minutes"), ("have-your-say", "Have your say"),
                                ("privacy", "Privacy"), ("contact", "Contact")])
    return f'''<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta name="generator" content="Wix.com Website Builder">
<title>{page_title} | Mercombe &amp; Hatherden Joint Health Scrutiny</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="preload" href="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt_bootstrap.a1b2c3.min.css" as="style">
<style>.font_8{{font-family:'Open Sans',sans-serif;line-height:1.6em}} .font_2{{font-size:28px}} #SITE_HEADER{{position:sticky}}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root">
<div id="consent-banner-root" class="consent-banner-root" role="dialog" aria-label="Cookie banner"><div class="cookie-banner_container_1q2w3"><div class="cookie-banner_text_9zx8"><p>This website uses cookies. By continuing to browse you agree to our use of cookies.</p></div><button class="cookie-banner_button_4r5t">Accept</button><button class="cookie-banner_button_4r5t">Settings</button></div></div>
<header id="SITE_HEADER" class="SITE_HEADER wixui-header"><div class="Q6rLsA"><div class="bWGxH1"><div id="comp-kz8f3b2a" class="comp-kz8f3b2a wixui-rich-text" data-testid="richTextElement"><p class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Mercombe &amp; Hatherden Joint Health Scrutiny</span></p></div>
<nav id="comp-kz8f3b2c" aria-label="Site" class="wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">{menu}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="JsJXaX"><div id="c1dmp" class="c1dmp"><div class="PFkO7r wixui-page"><div class="HT5ybB"><section id="comp-lx4k1a0b" class="comp-lx4k1a0b wixui-section"><div class="Oqnisf"><div class="yzjCpO"><div data-mesh-id="comp-lx4k1a0binlineContent" class="inlineContent"><div data-mesh-id="comp-lx4k1a0binlineContent-gridContainer" data-testid="mesh-container-content">
<div id="{comp}" class="{comp} wixui-rich-text" data-testid="richTextElement">
{body_html}
</div>
</div></div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div class="footer-inner"><div id="comp-kz8f9c11" class="wixui-rich-text"><p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© 2025 Mercombe District Council on behalf of the Joint Health Scrutiny Committee. Proudly created with Wix.com</span></p><p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Democratic Services, Council Offices, Station Road, Mercombe MC4 7TR · 01632 960418</span></p></div></div></footer>
</div></div></div>
<script type="application/json" id="wix-warmup-data">{{"siteFeaturesConfigs":{{}},"pageId":"c1dmp"}}</script>
</body></html>
'''

# ---------------------------------------------------------------- document 1
B = []
B.append(p(("bu", "MERCOMBE AND HATHERDEN JOINT HEALTH SCRUTINY COMMITTEE")))
B.append(p(("b", "MINUTES of the meeting held at the Council Chamber, Hatherden District Council Offices, Kingsmead, on Thursday 12 June 2025 at 2.00pm")))
B.append(blank())
B.append(p(("b", "Present:"), "&nbsp; Councillor Jennifer Marsh (Chairman) (Mercombe DC); Councillor Patrick Oduya (Vice-Chairman) (Hatherden DC); Councillors Rosalind Tilley, Sean Brannigan (Mercombe DC); Councillors Helen Lowe and Derek Faircloth (substitute for Councillor Kevin Amis) (Hatherden DC)."))
B.append(p(("b", "In attendance:"), "&nbsp; Mrs Lorna Penhaligon – Director of Integrated Care and Place (Mercombe and Hatherden), Wessex Downs Integrated Care Board; Mr Tunde Okafor – Chief Operating Officer, Kingsmead and Mercombe Hospitals NHS Foundation Trust; Ms Freya Gale – Head of Primary Care Commissioning, Wessex Downs ICB; Mrs Alison Birtles – Democratic Services Officer, Mercombe District Council."))
B.append(p(("b", "Apologies:"), "&nbsp; Councillor Kevin Amis (Hatherden DC) and Councillor Martin Quested (Mercombe DC)."))
B.append(blank())
B.append(title("1", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"))
B.append(p("Apologies were received as set out above. Councillor Faircloth attended as substitute for Councillor Amis."))
B.append(blank())
B.append(title("2", "DECLARATIONS OF INTEREST"))
B.append(p("Councillor Lowe declared a non-pecuniary interest in item 6 as a patient registered at the Abbots Cross Surgery. There were no other declarations."))
B.append(blank())
B.append(title("3", "MINUTES"))
B.append(R("that the minutes of the meeting held on 13 March 2025 be confirmed as a correct record and signed by the Chairman."))
B.append(blank())
B.append(title("4", "HOSPITAL DISCHARGE UPDATE"))
B.append(p("Mr Okafor introduced the report, which set out progress on the discharge to assess pathway at Kingsmead General Hospital since January. The average number of medically fit patients waiting to leave hospital each day had fallen from 61 to 44, although the position in Hatherden remained worse than in Mercombe."))
B.append(Q("Councillor Tilley asked why patients from Hatherden waited on average three days longer than Mercombe residents before being discharged.", split=True))
B.append(A("Mr Okafor said the difference was largely due to a shortage of home care capacity in the rural villages east of Kingsmead, where providers struggled to cover long travel times between calls."))
B.append(Q("Councillor Brannigan questioned whether the short-term beds bought from a private nursing home in Mercombe represented value for money."))
B.append(A("Mrs Penhaligon explained that the block contract cost £1.2 million a year and was being evaluated against the cost of delayed discharge; a report would come back in the autumn.", split=True))
B.append(Q("Councillor Oduya requested that carers be told the expected discharge date at least forty-eight hours in advance."))
B.append(A("Mr Okafor agreed to take this back to the ward managers and said a new leaflet for families had been co-produced with Healthwatch."))
B.append(R("that the update be noted and that the Trust and ICB report back in October on the evaluation of the short-term bed contract."))
B.append(blank())
B.append(title("5", "COMMUNITY DIAGNOSTIC CENTRE – PROCUREMENT OF OPERATOR"))
B.append(p("Mrs Penhaligon presented proposals for the ICB to procure an operator for the new Community Diagnostic Centre at Station Road, Mercombe, under a seven-year contract from April 2026. The options were for the Trust to run the centre directly or for the service to be tendered to the independent sector."))
B.append(Q("Councillor Lowe expressed concern that handing the centre to a private company would draw radiographers away from the Trust."))
B.append(A("Mrs Penhaligon said any bidder would be required to recruit staff from outside the local NHS and that a workforce plan would form part of the evaluation."))
B.append(Q("Councillor Faircloth asked whether the public had been consulted on the option of outsourcing the service.", split=True))
B.append(A("The Committee was informed that a six-week public survey had received 412 responses, most of which favoured the centre being run by the Trust."))
B.append(Q("Councillor Brannigan asked what would happen to the scans if the operator failed financially during the contract."))
B.append(p("No answer was recorded; the Chairman asked that a written response be circulated to Members."))
B.append(p(("b", "RESOLVED"), " – (1) that the Committee RECOMMENDS to the Wessex Downs ICB Board that the Community Diagnostic Centre be run in-house by the Trust; and (2) that the ICB be asked to share the results of the public survey with both councils."))
B.append(blank())
B.append(title("6", "GP ACCESS AND COMMUNITY PHARMACY CLOSURES"))
B.append(p("Ms Gale gave a presentation on access to general practice across the two districts and the closure of three community pharmacies in Hatherden since September 2024."))
B.append(Q("Councillor Marsh asked how many patients had been transferred when the Abbots Cross branch surgery closed its doors."))
B.append(A("Ms Gale replied that 3,900 patients had been written to and all had been offered registration at the main Kingsmead practice."))
B.append(Q("Councillor Tilley raised concerns about older residents in Hatherden now travelling nine miles to collect prescriptions.", split=True))
B.append(A("Ms Gale said the ICB had approved a pharmacy delivery service for housebound patients and was seeking a new applicant for the village."))
B.append(R("that the presentation be noted and that the ICB report on the pharmacy delivery service in six months."))
B.append(blank())
B.append(title("7", "WORK PROGRAMME 2025/26"))
B.append(p("Mrs Birtles presented the draft work programme. Members suggested adding children's mental health waiting times and the ICB's financial recovery plan."))
B.append(R("that the work programme be agreed, with CAMHS waiting times added for the October meeting."))
B.append(blank())
B.append(title("8", "DATE OF NEXT MEETING"))
B.append(p("Thursday 9 October 2025 at 2.00pm, Mercombe District Council Offices."))
B.append(blank())
B.append(p("The meeting closed at 4.10pm."))
B.append(p(("u", "Chairman")))

DOC1_HTML = wrap_page("Minutes 12 June 2025", "\n".join(B))

GOLD1 = {
    "document": DOC1, "doc_type": "minutes",
    "committee": "Mercombe and Hatherden Joint Health Scrutiny Committee",
    "meeting_date": "2025-06-12",
    "items": [
        {"number": "1", "title": "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"},
        {"number": "2", "title": "DECLARATIONS OF INTEREST"},
        {"number": "3", "title": "MINUTES"},
        {"number": "4", "title": "HOSPITAL DISCHARGE UPDATE"},
        {"number": "5", "title": "COMMUNITY DIAGNOSTIC CENTRE – PROCUREMENT OF OPERATOR"},
        {"number": "6", "title": "GP ACCESS AND COMMUNITY PHARMACY CLOSURES"},
        {"number": "7", "title": "WORK PROGRAMME 2025/26"},
        {"number": "8", "title": "DATE OF NEXT MEETING"},
    ],
    "questions": [
        {"item": "4", "kind": "question",
         "text": "patients from Hatherden waited on average three days longer than Mercombe residents",
         "asked_by": "Councillor Tilley",
         "answer": "largely due to a shortage of home care capacity in the rural villages",
         "given_by": "Mr Okafor", "themes": ["adult-social-care"]},
        {"item": "4", "kind": "question",
         "text": "short-term beds bought from a private nursing home in Mercombe represented value for money",
         "asked_by": "Councillor Brannigan",
         "answer": "the block contract cost £1.2 million a year and was being evaluated",
         "given_by": "Mrs Penhaligon", "themes": ["adult-social-care", "finance", "subcontracting"]},
        {"item": "4", "kind": "request",
         "text": "requested that carers be told the expected discharge date at least forty-eight hours",
         "asked_by": "Councillor Oduya",
         "answer": "a new leaflet for families had been co-produced with Healthwatch",
         "given_by": "Mr Okafor", "themes": ["adult-social-care", "patient-and-public-input"]},
        {"item": "5", "kind": "concern",
         "text": "handing the centre to a private company would draw radiographers away from the Trust",
         "asked_by": "Councillor Lowe",
         "answer": "any bidder would be required to recruit staff from outside the local NHS",
         "given_by": "Mrs Penhaligon", "themes": ["privatisation", "workforce", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "asked whether the public had been consulted on the option of outsourcing the service",
         "asked_by": "Councillor Faircloth",
         "answer": "a six-week public survey had received 412 responses",
         "given_by": None, "themes": ["patient-and-public-input", "subcontracting"]},
        {"item": "5", "kind": "question",
         "text": "what would happen to the scans if the operator failed financially during the contract",
         "asked_by": "Councillor Brannigan", "answer": None, "given_by": None,
         "themes": ["subcontracting", "governance"]},
        {"item": "6", "kind": "question",
         "text": "how many patients had been transferred when the Abbots Cross branch surgery closed",
         "asked_by": "Councillor Marsh",
         "answer": "3,900 patients had been written to and all had been offered registration",
         "given_by": "Ms Gale", "themes": ["primary-care"]},
        {"item": "6", "kind": "concern",
         "text": "older residents in Hatherden now travelling nine miles to collect prescriptions",
         "asked_by": "Councillor Tilley",
         "answer": "the ICB had approved a pharmacy delivery service for housebound patients",
         "given_by": "Ms Gale", "themes": ["primary-care"]},
        {"item": "7", "kind": "request",
         "text": "Members suggested adding children's mental health waiting times and the ICB's financial recovery plan",
         "asked_by": "Members", "answer": None, "given_by": None,
         "themes": ["mental-health", "children-and-families", "finance"]},
    ],
    "resolutions": [
        {"item": "3", "text": "the minutes of the meeting held on 13 March 2025 be confirmed",
         "outcome": "agreed", "themes": []},
        {"item": "4", "text": "report back in October on the evaluation of the short-term bed contract",
         "outcome": "agreed", "themes": ["adult-social-care", "subcontracting"]},
        {"item": "5", "text": "RECOMMENDS to the Wessex Downs ICB Board that the Community Diagnostic Centre",
         "outcome": "recommended", "themes": ["privatisation", "subcontracting", "patient-and-public-input"]},
        {"item": "6", "text": "report on the pharmacy delivery service in six months", "outcome": "agreed",
         "themes": ["primary-care"]},
        {"item": "7", "text": "the work programme be agreed, with CAMHS waiting times added",
         "outcome": "agreed", "themes": ["mental-health", "governance"]},
    ],
    "attendees": [
        {"name": "Councillor Jennifer Marsh", "role": "Chairman", "attendance": "present"},
        {"name": "Councillor Patrick Oduya", "role": "Vice-Chairman", "attendance": "present"},
        {"name": "Councillor Rosalind Tilley", "role": None, "attendance": "present"},
        {"name": "Councillor Sean Brannigan", "role": None, "attendance": "present"},
        {"name": "Councillor Helen Lowe", "role": None, "attendance": "present"},
        {"name": "Councillor Derek Faircloth", "role": "substitute for Councillor Kevin Amis", "attendance": "present"},
        {"name": "Mrs Lorna Penhaligon", "role": "Director of Integrated Care and Place (Mercombe and Hatherden), Wessex Downs Integrated Care Board", "attendance": "in_attendance"},
        {"name": "Mr Tunde Okafor", "role": "Chief Operating Officer, Kingsmead and Mercombe Hospitals NHS Foundation Trust", "attendance": "in_attendance"},
        {"name": "Ms Freya Gale", "role": "Head of Primary Care Commissioning, Wessex Downs ICB", "attendance": "in_attendance"},
        {"name": "Mrs Alison Birtles", "role": "Democratic Services Officer, Mercombe District Council", "attendance": "in_attendance"},
        {"name": "Councillor Kevin Amis", "role": None, "attendance": "apologies"},
        {"name": "Councillor Martin Quested", "role": None, "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- document 2
P = []
P.append(p(("b", "Privacy notice: webcasting and recording of council meetings")))
P.append(p("Mercombe District Council is the data controller for personal information processed when meetings of the Council, its committees and the Mercombe and Hatherden Joint Health Scrutiny Committee are broadcast live on the internet and recorded."))
P.append(p(("u", "What information we collect")))
P.append(p("Webcasts capture the images and voices of councillors, officers, witnesses from partner organisations such as the NHS, and members of the public who speak at a meeting, for example when asking public questions or presenting a petition. The public gallery is not normally filmed."))
P.append(p(("u", "Why we collect it and our lawful basis")))
P.append(p("We broadcast meetings to support openness, transparency and local democracy. Our lawful basis is performance of a task carried out in the public interest under the Openness of Local Government Bodies Regulations 2014."))
P.append(p(("u", "How long we keep it")))
P.append(p("Recordings are kept on our webcasting provider's website for twelve months and then deleted. Our provider processes the data under a written contract and stores it within the UK."))
P.append(p(("u", "Your rights")))
P.append(p("You may ask for a copy of your data, ask us to correct it, or object to its processing. If a recording includes confidential information by mistake it will be edited before publication. Contact the Data Protection Officer at dpo@mercombe.example.gov.uk. You may also complain to the Information Commissioner's Office."))
P.append(p("Last reviewed: 2 May 2025."))
DOC2_HTML = wrap_page("Privacy notice: webcasting", "\n".join(P), comp="comp-lx9p0c2d")

GOLD2 = {"document": DOC2, "doc_type": "other",
         "themes": ["governance", "patient-and-public-input"]}


# ---------------------------------------------------------------- text & check
class _T(HTMLParser):
    BLOCK = {"p", "div", "li", "br", "section", "header", "footer", "nav", "main", "button", "title", "ul"}

    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"): self.skip += 1
        if tag in self.BLOCK: self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip -= 1
        if tag in self.BLOCK: self.out.append(" ")

    def handle_data(self, d):
        if not self.skip: self.out.append(d)


def norm(s):
    s = s.replace("\xa0", " ").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def text_of(html):
    t = _T(); t.feed(html); return "".join(t.out)


def check():
    ok = True
    for doc, gold in ((DOC1, GOLD1), (DOC2, GOLD2)):
        with open(os.path.join(DOCS, doc), encoding="utf-8") as f:
            txt = " " + norm(text_of(f.read())) + " "
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(q["text"])
            if q["answer"]: phrases.append(q["answer"])
        for r in gold.get("resolutions", []):
            phrases.append(r["text"])
        for ph in phrases:
            n = len(ph.split())
            c = txt.count(" " + norm(ph) + " ")
            if c != 1 or not 6 <= n <= 15:
                ok = False; print(f"FAIL {doc}: count={c} words={n}: {ph}")
    print("check passed" if ok else "check FAILED")
    return ok


def build():
    for name, html in ((DOC1, DOC1_HTML), (DOC2, DOC2_HTML)):
        with open(os.path.join(DOCS, name), "w", encoding="utf-8") as f:
            f.write(html)
    for name, g in ((DOC1, GOLD1), (DOC2, GOLD2)):
        with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False); f.write("\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build(); print("built")
