#!/usr/bin/env python3
"""Build the "dj-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_dj.py           build documents/dj-* and gold/dj-*.json
        build_dj.py --check   verify every gold phrase occurs once in its document
"""
import io
import zipfile
import sys, os, re, json, html, datetime
import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")

# ---------------------------------------------------------------- document 1 (DOCX)
D1 = "dj-wexcombe-public-health-prevention-subcommittee-2025-06-17.docx"
D1_ITEMS = [
    ("7", "Apologies and Substitutes"),
    ("8", "Declarations of Interest"),
    ("9", "Minutes of the Meeting held on 18 March 2025"),
    ("10", "Stop Smoking Service: Re-procurement of the Community Contract"),
    ("11", "Childhood Immunisation Uptake 2024/25"),
    ("12", "Drug and Alcohol Treatment Service: Workforce and Waiting Times"),
    ("13", "Sub-Committee Work Programme 2025/26"),
]
# item -> list of blocks: ("body", text) | ("ex", asker, question, answer) | ("dec", [(text, outcome)])
D1_BLOCKS = {
    "7": [("body", "Apologies for absence were received from Councillor Jo Fenwick and Councillor Peter Lusk. "
                   "Councillor Neil Bramwell attended as substitute for Councillor Fenwick.")],
    "8": [("body", "Councillor Sian Pritchard declared a non-pecuniary interest in item 12 as a trustee of a "
                   "recovery charity operating in the county. She remained in the meeting and took part in the discussion. "
                   "No other declarations were made.")],
    "9": [("dec", [("AGREED that the minutes of the meeting held on 18 March 2025 be approved as a correct record and signed by the Chair.", "agreed")])],
    "10": [
        ("body", "The Consultant in Public Health (Tobacco Control) introduced the report, which set out the proposed route to market for "
                 "the community stop smoking service. The current contract with Clearway Health CIC would expire on 31 March 2026 and could not "
                 "be extended further. The report proposed a single lead provider model with a four year term and an option to extend for two "
                 "further years, at a maximum annual value of £1.18m funded from the public health grant."),
        ("ex", "Cllr Tom Haskins", "asked whether a single lead provider would squeeze out the small pharmacies and voluntary groups that currently delivered quit support in rural market towns.",
               "The specification would require the lead provider to subcontract at least 30 per cent of delivery to local partners, and officers would monitor this quarterly through the contract management meetings."),
        ("ex", "Cllr Ruth Abara", "asked how many people had set a quit date through the current service last year and how many were still not smoking after four weeks.",
               "Some 2,940 people had set a quit date in 2024/25 and 1,502 had quit at four weeks, a rate of 51 per cent against a regional figure of 54 per cent."),
        ("ex", "Cllr David Okafor", "raised a concern that the evaluation weighting of 60 per cent price to 40 per cent quality would reward the cheapest bid rather than the best one.",
               "The weighting had been reviewed with the procurement team and would be changed to 40 per cent price and 60 per cent quality, including 10 per cent for social value."),
        ("ex", "Cllr Sian Pritchard", "requested that residents who had used the service should be involved in writing the specification and on the evaluation panel.",
               "A survey of 310 current and former service users had already informed the draft specification, and two lived experience representatives would sit on the moderation panel."),
        ("dec", [("NOTED the performance of the current community stop smoking service and the findings of the service user survey.", "noted"),
                 ("RECOMMENDED to the Cabinet Member for Public Health that the community stop smoking service be re-procured on a lead provider basis from 1 April 2026.", "recommended"),
                 ("AGREED that the Sub-Committee receive a briefing on the outcome of the tender before the contract award is made.", "agreed")]),
    ],
    "11": [
        ("body", "The Immunisation Coordinator from NHS England South West and the Assistant Director of Public Health presented an update on uptake of the "
                 "routine childhood immunisation schedule. Uptake of the second dose of MMR at five years had fallen to 86.9 per cent, below the 95 per cent "
                 "needed for herd immunity, with the lowest rates in the Millford and Carrow Bay areas."),
        ("ex", "Cllr Margaret Ellery", "asked why uptake in Carrow Bay was nearly ten points lower than the county average.",
               "Several GP practices in Carrow Bay had lost practice nurses during the year, and the call and recall system had not been fully restored until February."),
        ("ex", "Cllr Neil Bramwell", "queried whether school nurses could offer catch-up MMR doses in primary schools rather than relying on families booking appointments.",
               "The school-aged immunisation provider had been commissioned to run catch-up sessions in twenty-two primary schools during the autumn term as a pilot."),
        ("ex", "Cllr Tom Haskins", "sought clarification on what the council itself could do, given that the immunisation programme was commissioned by NHS England.",
               "The council's role was one of assurance and promotion, and the Director of Public Health would raise the Carrow Bay figures at the Health Protection Board in July."),
        ("ex", "Cllr Ruth Abara", "expressed concern that information about vaccination was not reaching families whose first language was not English.",
               None),
        ("dec", [("NOTED the update on childhood immunisation uptake and the actions being taken with NHS partners.", "noted"),
                 ("AGREED to write to the Integrated Care Board asking for a recovery plan for practices with uptake below 85 per cent.", "agreed")]),
    ],
    "12": [
        ("body", "The Commissioning Manager (Substance Misuse) reported on the Wexcombe Recovery Partnership, the adult drug and alcohol treatment service. "
                 "Numbers in treatment had risen by 11 per cent over two years, but the provider had 14 vacant keyworker posts and average caseloads had reached 62."),
        ("ex", "Cllr Sian Pritchard", "asked whether the caseloads were safe and what the national guidance recommended for keyworkers in adult treatment services.",
               "The national guidance suggested caseloads of between 40 and 50, and the provider had put in place weekly clinical supervision while it recruited."),
        ("ex", "Cllr David Okafor", "queried whether the additional grant funding for treatment would continue beyond March 2026.",
               "Government had confirmed the grant for one further year only, so the provider was recruiting to fixed term posts, which made vacancies harder to fill."),
        ("ex", "Cllr Neil Bramwell", "commented that waiting times for the alcohol detoxification pathway appeared to be getting longer in the east of the county.",
               "The median wait for community detoxification had risen from 19 to 27 days, and a second nurse prescriber would start in the eastern hub in August."),
        ("dec", [("NOTED the report on the drug and alcohol treatment service and the workforce pressures described.", "noted")]),
    ],
    "13": [
        ("body", "The Democratic Services Officer presented the work programme. There was no discussion."),
        ("dec", [("AGREED the work programme for 2025/26, adding an item on vaping among young people for the October meeting.", "agreed")]),
    ],
}
D1_GOLDQ = [  # (item, kind, asker, q phrase, answer phrase, given_by, themes)
    ("10", "question", "Cllr Tom Haskins", "whether a single lead provider would squeeze out the small pharmacies", "require the lead provider to subcontract at least 30 per cent", None, ["subcontracting", "public-health", "primary-care"]),
    ("10", "question", "Cllr Ruth Abara", "how many people had set a quit date through the current service", "2,940 people had set a quit date in 2024/25", None, ["public-health"]),
    ("10", "concern", "Cllr David Okafor", "evaluation weighting of 60 per cent price to 40 per cent quality", "would be changed to 40 per cent price and 60 per cent quality", None, ["subcontracting", "public-health"]),
    ("10", "request", "Cllr Sian Pritchard", "residents who had used the service should be involved in writing the specification", "A survey of 310 current and former service users", None, ["patient-and-public-input", "subcontracting"]),
    ("11", "question", "Cllr Margaret Ellery", "why uptake in Carrow Bay was nearly ten points lower", "GP practices in Carrow Bay had lost practice nurses", None, ["public-health", "primary-care"]),
    ("11", "question", "Cllr Neil Bramwell", "whether school nurses could offer catch-up MMR doses in primary schools", "commissioned to run catch-up sessions in twenty-two primary schools", None, ["public-health", "children-and-families"]),
    ("11", "question", "Cllr Tom Haskins", "what the council itself could do, given that the immunisation programme", "The council's role was one of assurance and promotion", None, ["public-health", "governance"]),
    ("11", "concern", "Cllr Ruth Abara", "information about vaccination was not reaching families whose first language", None, None, ["public-health", "children-and-families"]),
    ("12", "question", "Cllr Sian Pritchard", "whether the caseloads were safe and what the national guidance recommended", "national guidance suggested caseloads of between 40 and 50", None, ["public-health", "workforce"]),
    ("12", "question", "Cllr David Okafor", "whether the additional grant funding for treatment would continue beyond March 2026", "confirmed the grant for one further year only", None, ["finance", "public-health", "workforce"]),
    ("12", "comment", "Cllr Neil Bramwell", "waiting times for the alcohol detoxification pathway appeared to be getting longer", "median wait for community detoxification had risen from 19 to 27 days", None, ["public-health"]),
]
D1_GOLDR = [  # (item, phrase, outcome, themes)
    ("9", "minutes of the meeting held on 18 March 2025 be approved as a correct record", "agreed", []),
    ("10", "performance of the current community stop smoking service and the findings", "noted", ["public-health", "patient-and-public-input"]),
    ("10", "community stop smoking service be re-procured on a lead provider basis", "recommended", ["public-health", "subcontracting"]),
    ("10", "receive a briefing on the outcome of the tender before the contract award", "agreed", ["subcontracting"]),
    ("11", "the update on childhood immunisation uptake and the actions being taken", "noted", ["public-health", "children-and-families"]),
    ("11", "asking for a recovery plan for practices with uptake below 85 per cent", "agreed", ["public-health", "primary-care"]),
    ("12", "the report on the drug and alcohol treatment service and the workforce pressures", "noted", ["public-health", "workforce"]),
    ("13", "the work programme for 2025/26, adding an item on vaping among young people", "agreed", ["public-health", "children-and-families"]),
]
D1_PRESENT = [("Councillor Margaret Ellery", "Chair"), ("Councillor David Okafor", "Vice-Chair"),
              ("Councillor Ruth Abara", None), ("Councillor Tom Haskins", None), ("Councillor Sian Pritchard", None),
              ("Councillor Neil Bramwell", "substitute for Councillor Jo Fenwick")]
D1_OFFICERS = [("Dr Helen Varga", "Director of Public Health"),
               ("Mark Oduya", "Assistant Director of Public Health (Health Improvement and Health Protection)"),
               ("Claire Benham", "Consultant in Public Health (Tobacco Control)"),
               ("Imran Shah", "Commissioning Manager (Substance Misuse)"),
               ("Alison Kerr", "Immunisation Coordinator, NHS England South West"),
               ("Paul Treweek", "Democratic Services Officer")]
D1_APOL = [("Councillor Jo Fenwick", None), ("Councillor Peter Lusk", None)]



def _fixed_zip(path):
    """Re-pack the saved .docx with fixed timestamps so the build is byte-for-byte repeatable."""
    with open(path, "rb") as f:
        src = zipfile.ZipFile(io.BytesIO(f.read()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 24, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())

def add_field_run(par, kind, instr=None):
    r = OxmlElement("w:r")
    if instr is not None:
        t = OxmlElement("w:instrText")
        t.set(qn("xml:space"), "preserve")
        t.text = instr
        r.append(t)
    else:
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), kind)
        r.append(f)
    par._p.append(r)


def name_role(n, r):
    return f"{n} ({r})" if r else n


def build_docx(path):
    d = docx.Document()
    st = d.styles
    if "TOC 1" not in [s.name for s in st]:
        toc1 = st.add_style("TOC 1", WD_STYLE_TYPE.PARAGRAPH)
        toc1.base_style = st["Normal"]
    bt = st["Body Text"]
    bt.paragraph_format.alignment = 3  # justify
    d.core_properties.created = datetime.datetime(2025, 6, 24, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2025, 6, 24, 9, 0, 0)
    d.core_properties.author = "Democratic Services"
    d.core_properties.title = "Public Health and Prevention Sub-Committee minutes 17 June 2025"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Wexcombe County Council – Public Health and Prevention Sub-Committee – 17 June 2025"
    fp = sec.footer.paragraphs[0]
    fp.text = "Chairman's initials ........          Page "
    add_field_run(fp, "begin"); add_field_run(fp, None, " PAGE "); add_field_run(fp, "separate")
    fp.add_run("1"); add_field_run(fp, "end")

    p = d.add_paragraph("WEXCOMBE COUNTY COUNCIL"); p.runs[0].bold = True
    p = d.add_paragraph("PUBLIC HEALTH AND PREVENTION SUB-COMMITTEE"); p.runs[0].bold = True
    d.add_paragraph("Minutes of the meeting held at County Hall, Tremorden on Tuesday 17 June 2025 at 10.00 am")
    p = d.add_paragraph("Contents"); p.runs[0].bold = True
    pages = {"7": 1, "8": 1, "9": 1, "10": 2, "11": 3, "12": 4, "13": 5}
    for i, (num, title) in enumerate(D1_ITEMS):
        tp = d.add_paragraph(style="TOC 1")
        if i == 0:
            add_field_run(tp, "begin"); add_field_run(tp, None, ' TOC \\o "1-1" \\h \\z \\u '); add_field_run(tp, "separate")
        tp.add_run(f"{num} {title}\t{pages[num]}")
        if i == len(D1_ITEMS) - 1:
            add_field_run(tp, "end")
    p = d.add_paragraph("Attendance"); p.runs[0].bold = True
    for n, r in D1_PRESENT:
        d.add_paragraph(name_role(n, r), style="List Bullet")
    d.add_paragraph("Officers in attendance:", style="Body Text")
    for n, r in D1_OFFICERS:
        d.add_paragraph(f"{n}, {r}", style="List Bullet")
    p = d.add_paragraph("Apologies"); p.runs[0].bold = True
    for n, r in D1_APOL:
        d.add_paragraph(name_role(n, r), style="List Bullet")
    for num, title in D1_ITEMS:
        d.add_heading(f"{num} {title}", level=1)
        for b in D1_BLOCKS[num]:
            if b[0] == "body":
                d.add_paragraph(b[1], style="Body Text")
            elif b[0] == "ex":
                d.add_paragraph(f"{b[1]} – {b[2]}", style="Body Text")
                if b[3]:
                    ap = d.add_paragraph(style="Body Text")
                    ap.add_run(f"Officer comment: {b[3]}").italic = True
            else:
                p = d.add_paragraph(); p.add_run("DECISIONS").bold = True
                for t, _ in b[1]:
                    d.add_paragraph(t, style="List Number")
    d.add_paragraph("The meeting closed at 12.20 pm.", style="Body Text")
    d.add_paragraph("Chair ..............................   Date ..................")
    d.save(path)
    _fixed_zip(path)


def docx_text(path):
    d = docx.Document(path)
    return "\n".join(p.text for p in d.paragraphs)


def gold1():
    return {
        "document": D1, "doc_type": "minutes", "committee": "Public Health and Prevention Sub-Committee",
        "meeting_date": "2025-06-17",
        "items": [{"number": n, "title": t} for n, t in D1_ITEMS],
        "questions": [{"item": i, "kind": k, "text": q, "asked_by": a, "answer": ans, "given_by": g, "themes": th}
                      for i, k, a, q, ans, g, th in D1_GOLDQ],
        "resolutions": [{"item": i, "text": t, "outcome": o, "themes": th} for i, t, o, th in D1_GOLDR],
        "attendees": [{"name": n, "role": r, "attendance": "present"} for n, r in D1_PRESENT]
                     + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in D1_OFFICERS]
                     + [{"name": n, "role": r, "attendance": "apologies"} for n, r in D1_APOL],
    }

# ---------------------------------------------------------------- document 2 (HTML, Next.js)
D2 = "dj-northbrook-health-wellbeing-scrutiny-2025-09-10.html"
D2_ITEMS = [
    ("1", "Apologies for Absence and Substitutions"),
    ("2", "Declarations of Interest"),
    ("3", "Minutes of the Previous Meeting"),
    ("4", "Northbrook Hospitals NHS Trust: Outsourcing of Pathology Services"),
    ("5", "Adult Social Care: Home Care Framework and the Living Wage"),
    ("6", "Public Health Grant and Prevention Budget 2026/27"),
    ("7", "Work Programme"),
]
D2_PARAS = {
    "1": ["Apologies were received from Councillor Hannah Greaves (Councillor Owen Lister substituting) and from Healthwatch Northbrook."],
    "2": ["Councillor Priya Naidoo declared that she was employed by a neighbouring NHS trust. She took no part in item 4."],
    "3": ["<strong>Resolved:</strong> That the minutes of the meeting held on 9 July 2025 be confirmed as a correct record."],
    "4": ["The Chief Operating Officer of Northbrook Hospitals NHS Trust introduced a paper on the trust's proposal to transfer its pathology laboratories to a joint venture with a private diagnostics company, Verilab UK Ltd, from April 2026.",
          "Councillor Anwar asked what would happen to the 180 laboratory staff if the service moved to the joint venture; the Chief Operating Officer said that all staff would transfer under TUPE on their existing NHS terms and conditions and would keep access to the NHS pension scheme.",
          "Councillor Bellamy asked whether the trust had considered keeping pathology in-house through a network with other local trusts; the Chief Operating Officer said that a public sector network had been appraised but would have needed £14m of capital that the trust did not have.",
          "Councillor Lister raised concern that profits from the joint venture would leave the local NHS; the Director of Finance said that the trust would hold 51 per cent of the shares and any surplus would be shared in proportion to ownership.",
          "Councillor Okonjo asked whether patients and the public had been consulted on the change; the Director of Strategy said that the trust regarded the proposal as a back-office change and had not carried out a formal public consultation.",
          "Councillor Okonjo requested that the Committee be given the full business case, including the risk register, before the trust board took its decision.",
          "<strong>Resolved:</strong> That (1) the Committee considers the proposed pathology joint venture to be a substantial variation in service and requests formal consultation by the trust; and (2) the trust be asked to share the full business case with members in confidence."],
    "5": ["The Director of Adult Social Care presented the proposed home care framework, which would replace spot purchasing with twelve zoned contracts and set a minimum hourly rate of £24.10.",
          "Councillor Bellamy asked whether the new hourly rate was enough for providers to pay the Real Living Wage; the Director said that the rate had been modelled on the Real Living Wage plus travel time, and providers would have to evidence payment at each annual review.",
          "Councillor Anwar asked how many people were waiting for a home care package at present; the Director said that 46 people were waiting, of whom nine were in hospital beds and fit for discharge.",
          "Councillor Marsh commented that care workers in rural zones were still not paid for travel between visits; the Director said that the zoned contracts would pay for travel time and mileage from the start of the new framework.",
          "<strong>Resolved:</strong> That the Committee recommends to Cabinet that the home care framework be approved, subject to an annual report on provider pay rates."],
    "6": ["The Director of Public Health reported that the public health grant allocation for 2026/27 was £21.6m, a real-terms fall of 4 per cent, and set out proposed savings of £840,000 from prevention services.",
          "Councillor Marsh asked which services would be reduced to achieve the savings; the Director said that the healthy weight programme and the sexual health outreach service would be recommissioned at lower cost.",
          "Councillor Naidoo asked whether the cuts would widen health inequalities in the most deprived wards; the Director said that an equality impact assessment would be published with the Cabinet report in November.",
          "Councillor Bellamy asked whether the council could use its own reserves to protect prevention services; no answer was recorded at the meeting.",
          "<strong>Resolved:</strong> That the report be noted and the Director of Public Health be asked to bring the equality impact assessment to the November meeting."],
    "7": ["<strong>Resolved:</strong> That the work programme be agreed, with a special meeting to be held on the pathology proposal in October."],
}
D2_GOLDQ = [
    ("4", "question", "Councillor Anwar", "what would happen to the 180 laboratory staff if the service moved", "all staff would transfer under TUPE on their existing NHS terms", "the Chief Operating Officer", ["workforce", "privatisation"]),
    ("4", "question", "Councillor Bellamy", "whether the trust had considered keeping pathology in-house through a network", "a public sector network had been appraised but would have needed", "the Chief Operating Officer", ["privatisation", "finance"]),
    ("4", "concern", "Councillor Lister", "profits from the joint venture would leave the local NHS", "the trust would hold 51 per cent of the shares", "the Director of Finance", ["privatisation", "finance"]),
    ("4", "question", "Councillor Okonjo", "whether patients and the public had been consulted on the change", "regarded the proposal as a back-office change and had not carried out", "the Director of Strategy", ["patient-and-public-input"]),
    ("4", "request", "Councillor Okonjo", "the Committee be given the full business case, including the risk register", None, None, ["governance"]),
    ("5", "question", "Councillor Bellamy", "whether the new hourly rate was enough for providers to pay", "the rate had been modelled on the Real Living Wage plus travel time", "the Director", ["adult-social-care", "finance", "workforce"]),
    ("5", "question", "Councillor Anwar", "how many people were waiting for a home care package at present", "46 people were waiting, of whom nine were in hospital beds", "the Director", ["adult-social-care"]),
    ("5", "comment", "Councillor Marsh", "care workers in rural zones were still not paid for travel", "the zoned contracts would pay for travel time and mileage", "the Director", ["adult-social-care", "workforce", "subcontracting"]),
    ("6", "question", "Councillor Marsh", "which services would be reduced to achieve the savings", "the healthy weight programme and the sexual health outreach service", "the Director", ["public-health", "finance", "subcontracting"]),
    ("6", "question", "Councillor Naidoo", "whether the cuts would widen health inequalities in the most deprived wards", "an equality impact assessment would be published with the Cabinet report", "the Director", ["public-health", "finance"]),
    ("6", "question", "Councillor Bellamy", "whether the council could use its own reserves to protect prevention services", None, None, ["finance", "public-health"]),
]
D2_GOLDR = [
    ("3", "the minutes of the meeting held on 9 July 2025 be confirmed", "agreed", []),
    ("4", "considers the proposed pathology joint venture to be a substantial variation", "other", ["privatisation", "governance", "patient-and-public-input"]),
    ("5", "recommends to Cabinet that the home care framework be approved", "recommended", ["adult-social-care", "subcontracting", "workforce"]),
    ("6", "the Director of Public Health be asked to bring the equality impact assessment", "noted", ["public-health", "finance"]),
    ("7", "work programme be agreed, with a special meeting to be held", "agreed", ["privatisation"]),
]
D2_PRESENT = [("Councillor Ruth Bellamy", "Chair"), ("Councillor Samir Anwar", "Vice-Chair"), ("Councillor Gail Marsh", None),
              ("Councillor Priya Naidoo", None), ("Councillor Femi Okonjo", None),
              ("Councillor Owen Lister", "substitute for Councillor Hannah Greaves")]
D2_ATT = [("Karen Whitlow", "Chief Operating Officer, Northbrook Hospitals NHS Trust"),
          ("Julian Price", "Director of Finance, Northbrook Hospitals NHS Trust"),
          ("Sarah Adebayo", "Director of Strategy, Northbrook Hospitals NHS Trust"),
          ("Martin Coles", "Director of Adult Social Care"),
          ("Dr Leona Firth", "Director of Public Health"),
          ("Tess Hallam", "Scrutiny Officer")]
D2_APOL = [("Councillor Hannah Greaves", None)]


def d2_body_html():
    out = ['<main class="minutes_main__x7Qz"><article>',
           "<h1>Health and Wellbeing Scrutiny Committee</h1>",
           '<p class="minutes_meta__a1">Minutes of the meeting held on Wednesday 10 September 2025, 6.30 pm, Council Chamber, Northbrook Civic Centre</p>',
           "<h2>Present</h2><ul>"]
    out += [f"<li>{html.escape(name_role(n, r))}</li>" for n, r in D2_PRESENT]
    out.append("</ul><h2>Also in attendance</h2><ul>")
    out += [f"<li>{html.escape(n)} – {html.escape(r)}</li>" for n, r in D2_ATT]
    out.append("</ul><h2>Apologies</h2><ul>")
    out += [f"<li>{html.escape(n)}</li>" for n, r in D2_APOL]
    out.append("</ul>")
    for num, title in D2_ITEMS:
        out.append(f'<section id="item-{num}"><h2>{num}. {html.escape(title)}</h2>')
        for p in D2_PARAS[num]:
            out.append(f"<p>{p.replace('£', '&pound;')}</p>")
        out.append("</section>")
    out.append("</article></main>")
    return "\n".join(out)


def d2_next_data():
    return {
        "props": {"pageProps": {
            "meeting": {"id": "hwsc-2025-09-10", "committee": "Health and Wellbeing Scrutiny Committee",
                        "date": "2025-09-10T18:30:00+01:00", "venue": "Council Chamber, Northbrook Civic Centre",
                        "attendance": {"present": [name_role(n, r) for n, r in D2_PRESENT],
                                       "inAttendance": [f"{n} – {r}" for n, r in D2_ATT],
                                       "apologies": [n for n, _ in D2_APOL]},
                        "items": [{"number": int(n), "title": t,
                                   "body": "".join(f"<p>{p}</p>" for p in D2_PARAS[n])} for n, t in D2_ITEMS]},
            "__N_SSG": True}},
        "page": "/meetings/[committee]/[date]", "query": {"committee": "health-and-wellbeing-scrutiny", "date": "2025-09-10"},
        "buildId": "k3vQ9xY2pLm0aRt7", "isFallback": False, "gsp": True, "scriptLoader": [],
    }


def build_html(path):
    body = d2_body_html()
    nd = json.dumps(d2_next_data(), ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    page = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Minutes – Health and Wellbeing Scrutiny Committee – 10 September 2025 | Northbrook Council</title>
<meta name="next-head-count" content="3"/><link rel="preload" href="/_next/static/css/9f2c1a7be0d4.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/9f2c1a7be0d4.css" data-n-g=""/>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-4a1b2c3d.js" defer=""></script>
<script src="/_next/static/chunks/pages/_app-5e6f7a8b.js" defer=""></script>
<script src="/_next/static/k3vQ9xY2pLm0aRt7/_buildManifest.js" defer=""></script>
</head><body><div id="__next"><header class="site_header__Qw2"><a href="/">Northbrook Council</a><nav><a href="/meetings">Meetings</a> › <a href="/meetings/health-and-wellbeing-scrutiny">Health and Wellbeing Scrutiny Committee</a></nav></header>
{body}
<footer class="site_footer__Zz9"><p>© Northbrook Council 2025</p><p>These minutes are subject to confirmation at the next meeting.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)


def html_visible_text(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"(?s)<script.*?</script>", " ", s)
    s = re.sub(r"(?s)<head>.*?</head>", " ", s)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def gold2():
    return {
        "document": D2, "doc_type": "minutes", "committee": "Health and Wellbeing Scrutiny Committee",
        "meeting_date": "2025-09-10",
        "items": [{"number": n, "title": t} for n, t in D2_ITEMS],
        "questions": [{"item": i, "kind": k, "text": q, "asked_by": a, "answer": ans, "given_by": g, "themes": th}
                      for i, k, a, q, ans, g, th in D2_GOLDQ],
        "resolutions": [{"item": i, "text": t, "outcome": o, "themes": th} for i, t, o, th in D2_GOLDR],
        "attendees": [{"name": n, "role": r, "attendance": "present"} for n, r in D2_PRESENT]
                     + [{"name": n, "role": r, "attendance": "in_attendance"} for n, r in D2_ATT]
                     + [{"name": n, "role": r, "attendance": "apologies"} for n, r in D2_APOL],
    }

# ---------------------------------------------------------------- check


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check(text, gold, label, extra=None):
    t = norm(text)
    errs = []
    phrases = [q["text"] for q in gold["questions"]] + [q["answer"] for q in gold["questions"] if q["answer"]] \
        + [r["text"] for r in gold["resolutions"]]
    for ph in phrases:
        n = len(ph.split())
        if not 6 <= n <= 15:
            errs.append(f"{label}: length {n}: {ph}")
        c = t.count(norm(ph))
        if c != 1:
            errs.append(f"{label}: count {c}: {ph}")
        if extra is not None and norm(extra).count(norm(ph)) > 1:
            errs.append(f"{label}: repeated in __NEXT_DATA__: {ph}")
    return errs


def next_data_text(path):
    s = open(path, encoding="utf-8").read()
    m = re.search(r'(?s)<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', s)
    data = json.loads(m.group(1))
    return re.sub(r"<[^>]+>", " ", json.dumps(data, ensure_ascii=False))


def main():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    p1, p2 = os.path.join(DOCS, D1), os.path.join(DOCS, D2)
    if "--check" not in sys.argv:
        build_docx(p1); build_html(p2)
        for name, g in ((D1, gold1()), (D2, gold2())):
            with open(os.path.join(GOLD, name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, indent=2, ensure_ascii=False)
    errs = check(docx_text(p1), gold1(), D1) + check(html_visible_text(p2), gold2(), D2, extra=next_data_text(p2))
    for e in errs:
        print(e)
    print("check:", "FAILED" if errs else "passed")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
