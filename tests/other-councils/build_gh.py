#!/usr/bin/env python3
"""Build the "gh-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_gh.py           build documents/gh-* and gold/gh-*.json
        build_gh.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 6, 24, 9, 0, 0)
ZIPDATE = (2025, 6, 24, 9, 0, 0)

DOC1 = "gh-wessendale-health-scrutiny-sub-committee-2025-06-17.docx"
DOC2 = "gh-wessendale-member-enquiry-response-home-care.docx"


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def new_doc(title):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Democratic Services"
    cp.last_modified_by = "Democratic Services"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    return d


def save_pinned(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(name))


# ---------------------------------------------------------------- document 1
ATT_PRESENT = [
    ("Councillor Mrs P Ashworth", "Chairman"),
    ("Councillor D Fenwick", "Vice-Chairman"),
    ("Councillor R Haldane", None),
    ("Councillor S Mistry", None),
    ("Councillor J Okafor", None),
    ("Councillor T Carrow", "substitute for Councillor B Lyle"),
    ("Councillor G Whitlow", None),
    ("Mrs H Greaves", "co-opted member, Healthwatch Wessendale"),
]
ATT_OFFICERS = [
    ("Ms L Brennan", "Director of Adult Social Care and Health"),
    ("Dr K Osei", "Director of Public Health"),
    ("Mr A Whitcombe", "Head of Commissioning (Adults, Health and Integrated Services)"),
    ("Ms F Doyle", "Senior Democratic Services and Scrutiny Officer"),
]
ATT_ALSO = [
    ("Mr M Rahman", "Associate Director of Mental Health Commissioning, Wessendale and Tarnmouth Integrated Care Board"),
    ("Dr E Lindqvist", "Primary Care Dental Lead, NHS Wessendale and Tarnmouth ICB"),
]
ATT_APOL = [
    ("Councillor B Lyle", None),
    ("Councillor N Pryce", None),
]

# Each item: number, title, list of paragraph texts, list of decision texts
ITEMS = [
    ("14", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
        "Apologies for absence were received from Councillors B Lyle and N Pryce.",
        "Councillor T Carrow attended as a substitute for Councillor B Lyle.",
    ], []),
    ("15", "DECLARATIONS OF INTEREST", [
        "Councillor S Mistry declared a personal interest in Minute 18 as a relative was employed "
        "by a domiciliary care agency operating in the county. She remained in the meeting and took "
        "part in the discussion.",
        "Mrs H Greaves declared a personal interest as a trustee of Healthwatch Wessendale.",
    ], []),
    ("16", "MINUTES OF THE MEETING HELD ON 8 APRIL 2025", [
        "The minutes of the meeting held on 8 April 2025 were submitted.",
    ], [
        "That the minutes of the meeting held on 8 April 2025 be confirmed as a correct record "
        "and signed by the Chairman.",
    ]),
    ("17", "COMMUNITY MENTAL HEALTH TRANSFORMATION – UPDATE FROM THE INTEGRATED CARE BOARD", [
        "The Sub-Committee received a report of the Integrated Care Board which set out progress with "
        "the transformation of community mental health services for adults, including the roll-out "
        "of neighbourhood mental health hubs in Tarnmouth, Kelbrook and Ashby Moor. Mr M Rahman "
        "introduced the report and explained that two of the three hubs were now open, with the "
        "Ashby Moor hub expected to open in the autumn.",
        "Councillor J Okafor asked why the waiting time for a first assessment in the Kelbrook "
        "locality had risen to eleven weeks when the target was four.",
        "Mr Rahman replied that the Kelbrook team had carried four vacant psychologist posts since "
        "January, and that two appointments had now been made with start dates in August. He "
        "expected the waiting time to fall below six weeks by the end of the year.",
        "Councillor D Fenwick questioned whether the voluntary sector partners delivering the "
        "peer support element of the hubs had been given contracts long enough to retain their staff.",
        "Mr Rahman confirmed that the peer support contracts had been let for one year only, pending "
        "the outcome of the ICB's financial recovery plan. He acknowledged the concern and undertook "
        "to raise the length of the contracts with the ICB's commissioning committee.",
        "Mrs H Greaves reported that Healthwatch had received a number of comments from service users "
        "who had been discharged from the hubs without a written care plan, and requested that the "
        "ICB publish the results of its recent service user survey.",
        "Mr Rahman agreed that the survey results would be published on the ICB website in July and "
        "shared with the Sub-Committee.",
        "Councillor G Whitlow commented that the hubs appeared to be working well for people in the "
        "towns but that rural residents still faced long journeys and infrequent buses.",
    ], [
        "That the report of the Integrated Care Board be noted.",
        "That the Integrated Care Board be asked to provide a written update on waiting times "
        "in the Kelbrook locality to the meeting on 14 October 2025.",
    ]),
    ("18", "ADULT SOCIAL CARE WORKFORCE STRATEGY 2025–2028", [
        "The Director of Adult Social Care and Health presented the draft Adult Social Care Workforce "
        "Strategy, which had been developed jointly with the independent care providers' association. "
        "The strategy set out actions on recruitment, retention, training and pay across the "
        "independent and in-house sectors.",
        "Councillor S Mistry asked what proportion of care workers employed by the Council's "
        "contracted home care providers were paid at least the real Living Wage.",
        "The Director replied that, according to the most recent provider returns, 61 per cent of "
        "home care workers were paid at or above the real Living Wage, and that the Council's new "
        "framework would make it a contractual requirement from April 2026.",
        "Councillor R Haldane sought clarification on how the cost of the Living Wage requirement "
        "would be met within the Council's medium term financial plan.",
        "The Director explained that an allowance of £2.4 million had been built into the fee uplift "
        "for 2026/27, but cautioned that it depended on the outcome of the national funding "
        "settlement.",
        "Councillor T Carrow expressed concern that the Council's own reablement service was losing "
        "experienced staff to the NHS, where pay rates for comparable roles were higher.",
        "The Director acknowledged that turnover in the in-house reablement service had reached "
        "27 per cent and said that a retention payment scheme was being considered by the "
        "Cabinet Member.",
    ], [
        "That the draft Adult Social Care Workforce Strategy 2025–2028 be endorsed and "
        "referred to the Cabinet Member for Adult Social Care for approval.",
        "That the Director report back on staff turnover in the in-house reablement service "
        "within six months.",
    ]),
    ("19", "RECOMMISSIONING OF HOME CARE SERVICES – CONSULTATION OUTCOME", [
        "The Head of Commissioning (Adults, Health and Integrated Services) presented a report on "
        "the outcome of the public consultation on the recommissioning of home care services, which "
        "had closed on 30 April 2025 and received 412 responses.",
        "Councillor J Okafor asked how many people currently receiving home care would have to change "
        "provider under the proposed zoned model.",
        "Mr Whitcombe replied that approximately 540 people, around a fifth of those receiving home "
        "care, would see their provider change, and that a transition protocol would give each of "
        "them at least eight weeks' notice.",
        "Councillor Mrs P Ashworth queried whether any of the current providers had indicated that "
        "they would not bid for the new zones, particularly in the rural west of the county.",
        "Councillor D Fenwick requested that the Sub-Committee be shown the evaluation criteria, "
        "including the weighting given to quality against price, before the tender was advertised.",
        "Mr Whitcombe confirmed that quality would carry 70 per cent of the marks and undertook "
        "to circulate the full evaluation criteria to members of the Sub-Committee.",
    ], [
        "That the outcome of the consultation be noted.",
        "That the Sub-Committee recommends to Cabinet that the zoned home care model retain a "
        "separate lot for the rural west of the county.",
    ]),
    ("20", "ACCESS TO NHS DENTISTRY", [
        "Dr E Lindqvist gave a presentation on access to NHS dental services in the county, "
        "including the number of practices accepting new adult patients and the ICB's use of "
        "flexible commissioning to buy additional urgent care sessions.",
        "Councillor G Whitlow asked how many dental practices in the county were currently accepting "
        "new adult NHS patients.",
        "Dr Lindqvist replied that only three of the county's 58 practices were accepting new adult "
        "NHS patients, all of them in Tarnmouth.",
        "Councillor R Haldane asked what the ICB was doing about practices handing back NHS "
        "contracts, and was informed that two hand-backs had been received this year and the ICB "
        "was procuring replacement provision in Kelbrook.",
    ], [
        "That the presentation on access to NHS dentistry be noted.",
    ]),
    ("21", "WORK PROGRAMME 2025/26", [
        "The Senior Democratic Services and Scrutiny Officer presented the draft work programme.",
        "Councillor S Mistry suggested that the Sub-Committee look at the health of children "
        "in care and care leavers at a future meeting.",
    ], [
        "That the work programme be agreed, subject to the addition of an item on the health "
        "of children in care.",
    ]),
]

DECISION_REF = "HSS/25/{item}/{n}"

# Gold for doc 1 (phrases verbatim from ITEMS)
Q1 = [
    ("17", "question", "asked why the waiting time for a first assessment in the Kelbrook",
     "Councillor J Okafor", "the Kelbrook team had carried four vacant psychologist posts",
     "Mr Rahman", ["mental-health", "workforce"]),
    ("17", "question", "questioned whether the voluntary sector partners delivering the peer support element",
     "Councillor D Fenwick", "the peer support contracts had been let for one year only",
     "Mr Rahman", ["mental-health", "subcontracting", "workforce"]),
    ("17", "request", "requested that the ICB publish the results of its recent service user survey",
     "Mrs H Greaves", "survey results would be published on the ICB website in July",
     "Mr Rahman", ["mental-health", "patient-and-public-input"]),
    ("17", "comment", "rural residents still faced long journeys and infrequent buses",
     "Councillor G Whitlow", None, None, ["mental-health"]),
    ("18", "question", "what proportion of care workers employed by the Council's contracted home care providers",
     "Councillor S Mistry", "61 per cent of home care workers were paid at or above",
     "The Director", ["adult-social-care", "workforce", "subcontracting"]),
    ("18", "question", "sought clarification on how the cost of the Living Wage requirement",
     "Councillor R Haldane", "an allowance of £2.4 million had been built into the fee uplift",
     "The Director", ["adult-social-care", "finance", "workforce"]),
    ("18", "concern", "the Council's own reablement service was losing experienced staff to the NHS",
     "Councillor T Carrow", "turnover in the in-house reablement service had reached 27 per cent",
     "The Director", ["adult-social-care", "workforce"]),
    ("19", "question", "how many people currently receiving home care would have to change provider",
     "Councillor J Okafor", "approximately 540 people, around a fifth of those receiving home care",
     "Mr Whitcombe", ["adult-social-care", "subcontracting"]),
    ("19", "question", "whether any of the current providers had indicated that they would not bid",
     "Councillor Mrs P Ashworth", None, None, ["adult-social-care", "subcontracting"]),
    ("19", "request", "requested that the Sub-Committee be shown the evaluation criteria, including the weighting",
     "Councillor D Fenwick", "quality would carry 70 per cent of the marks",
     "Mr Whitcombe", ["adult-social-care", "subcontracting"]),
    ("20", "question", "how many dental practices in the county were currently accepting new adult",
     "Councillor G Whitlow", "only three of the county's 58 practices were accepting",
     "Dr Lindqvist", ["primary-care"]),
    ("20", "question", "what the ICB was doing about practices handing back NHS contracts",
     "Councillor R Haldane", "the ICB was procuring replacement provision in Kelbrook",
     None, ["primary-care", "subcontracting"]),
    ("21", "request", "look at the health of children in care and care leavers",
     "Councillor S Mistry", None, None, ["children-and-families"]),
]

R1 = [
    ("16", "be confirmed as a correct record and signed by the Chairman", "agreed", []),
    ("17", "That the report of the Integrated Care Board be noted", "noted", ["mental-health"]),
    ("17", "be asked to provide a written update on waiting times in the Kelbrook locality",
     "agreed", ["mental-health"]),
    ("18", "Workforce Strategy 2025–2028 be endorsed and referred to the Cabinet Member",
     "agreed", ["workforce", "adult-social-care"]),
    ("18", "report back on staff turnover in the in-house reablement service within six months",
     "agreed", ["workforce", "adult-social-care"]),
    ("19", "That the outcome of the consultation be noted", "noted",
     ["patient-and-public-input", "adult-social-care"]),
    ("19", "recommends to Cabinet that the zoned home care model retain a separate lot",
     "recommended", ["adult-social-care", "subcontracting"]),
    ("20", "That the presentation on access to NHS dentistry be noted", "noted", ["primary-care"]),
    ("21", "subject to the addition of an item on the health of children in care",
     "agreed", ["children-and-families"]),
]


def build_doc1():
    d = new_doc("Health Scrutiny Sub-Committee – Minutes – 17 June 2025")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "WESSENDALE COUNTY COUNCIL\tHealth Scrutiny Sub-Committee\t17 June 2025"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Chairman's initials ..........\t\tPage ")
    r.font.size = Pt(8)
    r2 = fp.add_run(); r2.font.size = Pt(8)
    add_field(r2, " PAGE ")

    def para(text, bold=False, align=None, size=None, after=6):
        p = d.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        return p

    para("WESSENDALE COUNTY COUNCIL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para("HEALTH SCRUTINY SUB-COMMITTEE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
    para("MINUTES of a meeting of the Health Scrutiny Sub-Committee held in the Tennyson Room, "
         "County Hall, Kelbrook on Tuesday, 17 June 2025 at 10.00 am.",
         align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    def names(lst):
        out = []
        for n, role in lst:
            out.append(f"{n} ({role})" if role else n)
        return out

    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run("Present: ").bold = True
    p.add_run(", ".join(names(ATT_PRESENT)) + ".")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run("Also present: ").bold = True
    p.add_run("; ".join(f"{n}, {r}" for n, r in ATT_ALSO) + ".")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run("Officers: ").bold = True
    p.add_run("; ".join(f"{n} – {r}" for n, r in ATT_OFFICERS) + ".")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.add_run("Apologies: ").bold = True
    p.add_run("Councillors B Lyle and N Pryce.")

    for num, title, paras, decisions in ITEMS:
        h = para(f"{num}.\t{title}", bold=True, after=6)
        h.paragraph_format.space_before = Pt(12)
        h.paragraph_format.keep_with_next = True
        k = 1
        for t in paras:
            p = para(f"{num}.{k}\t{t}", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            p.paragraph_format.left_indent = Pt(36)
            p.paragraph_format.first_line_indent = Pt(-36)
            k += 1
        if decisions:
            lead = "RESOLVED –"
            p = para(f"{num}.{k}\tHaving considered the matter, it was", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            p.paragraph_format.left_indent = Pt(36)
            p.paragraph_format.first_line_indent = Pt(-36)
            p = para(lead, bold=True)
            p.paragraph_format.left_indent = Pt(36)
            for n, dt in enumerate(decisions, 1):
                p = d.add_paragraph()
                p.paragraph_format.left_indent = Pt(36)
                p.paragraph_format.space_after = Pt(4)
                rr = p.add_run(f"Decision {DECISION_REF.format(item=num, n=n)}:")
                rr.bold = True
                p.add_run(" " + dt)

    para("The meeting closed at 12.47 pm.", after=18)
    para("Chairman ....................................................    Date ....................")
    save_pinned(d, os.path.join(DOCS, DOC1))

    attendees = []
    for n, role in ATT_PRESENT:
        attendees.append({"name": n, "role": role, "attendance": "present"})
    for n, role in ATT_ALSO:
        attendees.append({"name": n, "role": role, "attendance": "in_attendance"})
    for n, role in ATT_OFFICERS:
        attendees.append({"name": n, "role": role, "attendance": "in_attendance"})
    for n, role in ATT_APOL:
        attendees.append({"name": n, "role": role, "attendance": "apologies"})
    gold = {
        "document": DOC1,
        "doc_type": "minutes",
        "committee": "Health Scrutiny Sub-Committee",
        "meeting_date": "2025-06-17",
        "items": [{"number": n, "title": t.title() if False else t} for n, t, _, _ in ITEMS],
        "questions": [
            {"item": i, "kind": k, "text": t, "asked_by": a, "answer": ans, "given_by": g, "themes": th}
            for i, k, t, a, ans, g, th in Q1
        ],
        "resolutions": [
            {"item": i, "text": t, "outcome": o, "themes": th} for i, t, o, th in R1
        ],
        "attendees": attendees,
    }
    return gold


# ---------------------------------------------------------------- document 2
LETTER = [
    ("h", "Adults, Health and Integrated Services"),
    ("p", "Wessendale County Council, County Hall, Kelbrook KB1 4QT"),
    ("p", "Our ref: MER/ASC/2025/0317\tYour ref: Email of 2 July 2025"),
    ("p", "Date: 16 July 2025"),
    ("p", "Councillor S Mistry\nMember for Kelbrook North\nBy email"),
    ("b", "MEMBER ENQUIRY RESPONSE"),
    ("b", "Subject: Hand-back of home care packages by Brightwell Homecare Ltd – Kelbrook North"),
    ("p", "Dear Councillor Mistry,"),
    ("p", "Thank you for your email of 2 July 2025 raising questions on behalf of residents in your "
          "division following the decision of Brightwell Homecare Ltd to hand back 46 home care packages "
          "to the Council. I have set out my response to each of your questions below, using the same "
          "numbering as your email."),
    ("n", "Why did Brightwell hand back the packages? Brightwell gave the Council 28 days' notice under "
          "clause 14 of its framework contract, citing difficulty recruiting care workers to cover the "
          "rural rounds west of Kelbrook and the cost of mileage. The provider has not withdrawn from "
          "the framework and continues to deliver care in Kelbrook town."),
    ("n", "Has anyone been left without care? No. All 46 people were contacted by the brokerage team "
          "within two working days. Thirty-one have transferred to other framework providers, nine are "
          "being supported by the Council's in-house reablement service on an interim basis, and six have "
          "chosen to take a direct payment and employ their own personal assistant."),
    ("n", "What will this cost the Council? The replacement packages are costing on average £2.10 an hour "
          "more than the Brightwell rate, which represents an additional cost of approximately £96,000 in "
          "a full year. This will be met from the home care budget within the existing cost pressures "
          "reported to Cabinet in June."),
    ("n", "Were carers and families consulted? Each person and, where appropriate, their family carer was "
          "involved in choosing the new arrangement. We will also write to all 46 households in "
          "September asking for feedback on the transfer, and I will share the anonymised results with you."),
    ("n", "What is being done to stop this happening again? The recommissioning of home care, which the "
          "Health Scrutiny Sub-Committee considered on 17 June, proposes a separate rural lot with a "
          "higher hourly rate and a contribution to travel time. We are also working with the independent "
          "care providers' association on a joint recruitment campaign for the west of the county."),
    ("p", "I hope this answers your questions. If residents have concerns about their own care they should "
          "contact Adult Social Care Direct on 01632 960 412, quoting the reference above."),
    ("p", "Yours sincerely,"),
    ("p", "Lorna Brennan\nDirector of Adult Social Care and Health"),
    ("p", "cc: Cabinet Member for Adult Social Care; Head of Commissioning (Adults, Health and Integrated Services)"),
]


def build_doc2():
    d = new_doc("Member enquiry response MER/ASC/2025/0317")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "WESSENDALE COUNTY COUNCIL"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].bold = True
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("OFFICIAL – Member enquiry response\tPage ")
    r.font.size = Pt(8)
    r2 = fp.add_run(); r2.font.size = Pt(8)
    add_field(r2, " PAGE ")
    n = 0
    for kind, text in LETTER:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(8)
        if kind == "h":
            run = p.add_run(text); run.bold = True; run.font.size = Pt(13)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "b":
            run = p.add_run(text); run.bold = True
        elif kind == "n":
            n += 1
            q, rest = text.split("? ", 1)
            p.paragraph_format.left_indent = Pt(28)
            p.paragraph_format.first_line_indent = Pt(-28)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(f"{n}.\t")
            p.add_run(q + "?").bold = True
            p.add_run(" " + rest)
        else:
            lines = text.split("\n")
            for i, ln in enumerate(lines):
                run = p.add_run(ln)
                if i < len(lines) - 1:
                    run.add_break()
            if text.startswith("Thank") or text.startswith("I hope"):
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    save_pinned(d, os.path.join(DOCS, DOC2))
    return {
        "document": DOC2,
        "doc_type": "other",
        "themes": ["adult-social-care", "subcontracting", "workforce", "finance",
                   "patient-and-public-input"],
    }


# ---------------------------------------------------------------- check
def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    d = Document(path)
    return "\n".join(p.text for p in d.paragraphs)


def check():
    ok = True
    for g in sorted(os.listdir(GOLD)):
        if not g.startswith("gh-"):
            continue
        gold = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        src = norm(doc_text(os.path.join(DOCS, gold["document"])))
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = norm(ph)
            wc = len(n.split())
            cnt = len(re.findall(r"(?<!\w)" + re.escape(n) + r"(?!\w)", src))
            if cnt != 1 or not (6 <= wc <= 15):
                ok = False
                print(f"FAIL {g} {kind}: {ph!r} count={cnt} words={wc}")
        print(f"{g}: {len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    for gold in (build_doc1(), build_doc2()):
        name = os.path.splitext(gold["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("built")


if __name__ == "__main__":
    main()
