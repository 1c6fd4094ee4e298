#!/usr/bin/env python3
"""Build the "ed-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ed.py           build documents/ed-* and gold/ed-*.json
        build_ed.py --check   verify every gold phrase occurs once in its document
"""
import datetime
import html as htmlmod
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
GOLD = HERE / "gold"
FIXED = datetime.datetime(2025, 6, 20, 9, 30, 0)

COUNCIL = "Castlebridge Borough Council"
PANEL = "Young People's Health Scrutiny Panel"
DOCX_NAME = "ed-castlebridge-young-peoples-health-scrutiny-panel-2025-06-18.docx"
HTML_NAME = "ed-castlebridge-leader-blog-why-health-scrutiny-matters.html"

# ---------------------------------------------------------------- document 1
PRESENT = [
    ("Jessica Adeyemi", "Chair"),
    ("Ethan Marsh", None),
    ("Priya Shah", None),
    ("Amira Begum", None),
    ("Noah Fenwick", None),
    ("Olivia Grant", None),
    ("Callum Reid", None),
]
APOLOGIES = [("Kieran Doyle", None), ("Mia Walsh", None)]
ADULTS = [
    ("Councillor Ruth Penrose", "Chair of the council's Health Scrutiny Committee"),
    ("Dr Helen Carver", "CAMHS Service Manager, Castlebridge and Vale NHS Foundation Trust"),
    ("Grace Okafor", "Director of Children and Young People's Services"),
    ("Tom Reilly", "Public Health Principal (Tobacco Control and Vaping)"),
    ("Sandra Lowe", "Service Manager, Carers Support and Adult Social Care Commissioning"),
    ("Fiona Hartley", "Commissioning Manager, Sexual Health, Public Health Team"),
    ("Dan Whitmore", "Youth Participation Officer (wrote up these notes)"),
]

# Each item: number, title, list of paragraphs. A paragraph is (style, text).
ITEMS = [
    ("1", "Welcome, introductions and apologies", [
        ("p", "Jess welcomed everyone to the first meeting of the new school year and we went round "
              "the room and said our names and which school or college we go to. Councillor Penrose "
              "said she was pleased to be back and that the Health Scrutiny Committee had read our "
              "last report on hospital food."),
        ("p", "Kieran and Mia sent their apologies because they had exams the next morning."),
    ]),
    ("2", "Anything we need to tell you about", [
        ("p", "Olivia told us she volunteers on Saturdays at the Castlebridge Youth Hub, which is "
              "paid for by the council. She said she would still join in on every item. Nobody else "
              "had anything to declare."),
    ]),
    ("3", "Notes from our last meeting", [
        ("p", "We read the notes of our meeting on 9 April 2025. Callum said his surname was spelt "
              "wrong on page 2 and Dan will fix it."),
        ("b", "We agreed that the notes of our meeting on 9 April 2025 were right, once the spelling is corrected."),
    ]),
    ("4", "Mental health support in schools", [
        ("p", "Dr Carver, the CAMHS manager, and Grace Okafor, the Director, talked to us about how "
              "young people get help with their mental health at school and what happens when they "
              "are referred to CAMHS. There are Mental Health Support Teams in some schools and an "
              "online counselling service called Kooth that anyone aged 11 to 18 can use."),
        ("p", "We asked the CAMHS manager why young people wait so long for a first appointment. "
              "She told us that referrals had gone up by a third since 2022 and there were not enough "
              "clinical staff to see everyone quickly, but the average wait was now 14 weeks instead of 22. "
              "We were worried that the Mental Health Support Teams only cover eleven of the borough's "
              "secondary schools, so it depends on which school you go to. The Director said the council "
              "and the ICB had bid for funding to add two more teams from September 2026."),
        ("p", "One of us asked whether pupils could see a counsellor without telling their teachers. "
              "The Director said that any pupil aged 13 or over could refer themselves through Kooth or "
              "the school nurse drop-in, and nobody at school would be told unless there was a "
              "safeguarding worry."),
        ("p", "Ethan asked what happens to young people who are told they are not ill enough for CAMHS "
              "but still need help. The CAMHS manager said they are now passed to the Early Help "
              "wellbeing workers instead of being sent back to their GP with nothing. Some of us said "
              "this had not happened to people we know, and Dr Carver said she would look into it."),
        ("b", "We agreed to make a short survey asking pupils at every secondary school how easy it is to get help."),
        ("b", "We will recommend to the council's Health Scrutiny Committee that the council and the ICB "
              "pay for Mental Health Support Teams in every secondary school in Castlebridge."),
    ]),
    ("5", "Vaping and young people", [
        ("p", "Tom Reilly from the Public Health Team showed us some figures from the school health "
              "survey. One in five Year 10 pupils said they had vaped in the last month."),
        ("p", "We asked why shops near our schools still sell vapes to people under 18. Mr Reilly told us "
              "that Trading Standards had done 46 test purchases last year and nine shops had sold to an "
              "underage volunteer, and two of them had been taken to court."),
        ("p", "We were worried that the bright colours and flavours like bubblegum are aimed at children. "
              "Mr Reilly said the new national law would restrict flavours and displays but the rules had "
              "not started yet. Priya asked if there was any help for young people who want to stop vaping. "
              "He said the stop smoking service would take young people from age 12 from this autumn and "
              "the sessions could happen at school."),
        ("b", "We noted the update on vaping and thanked Mr Reilly for coming to talk to us."),
    ]),
    ("6", "Young carers", [
        ("p", "Sandra Lowe told us about the support for young carers, which is run for the council by "
              "Castlebridge Carers Centre, a local charity. Young carers can get a break, go on trips and "
              "get help at school."),
        ("p", "One of us asked how many young carers in Castlebridge are known to the council. The Service "
              "Manager said 412 young carers were registered but she thought the real number was much higher "
              "because lots of young people do not see themselves as carers. We were worried that young "
              "carers miss school when the person they look after has a hospital appointment. We were also "
              "worried that the young carers' assessment form is twelve pages long and uses words we did "
              "not understand."),
        ("p", "Amira asked whether the contract for the young carers' service would be changing. The Director "
              "said the contract with Castlebridge Carers Centre had been extended until March 2027 while the "
              "council looks at bringing the service in-house."),
        ("b", "We will recommend to the council's Health Scrutiny Committee that the young carers' "
              "assessment form is rewritten together with young carers."),
    ]),
    ("7", "Changes to the young people's sexual health clinic", [
        ("p", "Fiona Hartley explained that from 1 October the sexual health service would be run by a new "
              "provider after the contract was tendered earlier this year."),
        ("p", "We asked why the Saturday drop-in clinic at Market Street is closing. The Commissioning "
              "Manager told us that the new provider, a private company called Clearpath Health, had won "
              "the contract and would run a booked service on weekday evenings instead. We were worried "
              "that nobody asked young people before the contract was changed. She said there had been an "
              "online consultation in January but only 31 responses came from people under 25."),
        ("p", "Noah asked whether the clinic would still give out free condoms without an appointment. "
              "She said the C-Card scheme would carry on at pharmacies and youth centres across the borough."),
        ("b", "We agreed to ask Clearpath Health to come to our next meeting in September."),
    ]),
    ("8", "What we are doing next", [
        ("p", "Dan went through our list of topics for the autumn. Callum suggested looking at how long "
              "children wait at the children's A&E at Castlebridge General."),
        ("b", "We agreed to add waiting times at the children's emergency department to our list for the autumn."),
        ("p", "Our next meeting will be on Wednesday 17 September 2025 at 5pm at the Castlebridge Youth Hub. "
              "The meeting finished at 7.05pm."),
    ]),
]


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def fix_zip(data: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps so the build is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "Dan Whitmore"; cp.title = f"{PANEL} – notes of meeting 18 June 2025"
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = "Dan Whitmore"; cp.revision = 3
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{COUNCIL} – {PANEL}"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    add_field(fp.add_run(), "PAGE")
    fp.add_run("   |   Written by the panel – please tell Dan if anything is wrong")

    doc.add_heading(f"{PANEL}", level=1)
    doc.add_paragraph("What we talked about and what we decided")
    p = doc.add_paragraph()
    p.add_run("When: ").bold = True
    p.add_run("Wednesday 18 June 2025, 5pm to 7pm")
    p = doc.add_paragraph()
    p.add_run("Where: ").bold = True
    p.add_run("Room 2, Castlebridge Youth Hub, Mill Lane")

    doc.add_paragraph().add_run("Who was there:").bold = True
    for n, r in PRESENT:
        doc.add_paragraph(f"{n} (Chair)" if r else n, style="List Bullet")
    doc.add_paragraph().add_run("Sorry they couldn't come:").bold = True
    for n, _ in APOLOGIES:
        doc.add_paragraph(n, style="List Bullet")
    doc.add_paragraph().add_run("Adults supporting us:").bold = True
    for n, r in ADULTS:
        doc.add_paragraph(f"{n} – {r}", style="List Bullet")

    for num, title, paras in ITEMS:
        h = doc.add_heading(f"{num}. {title}", level=2)
        for kind, text in paras:
            if kind == "b":
                par = doc.add_paragraph()
                run = par.add_run("✔ " + text)
                run.bold = True
                run.font.color.rgb = RGBColor(0x1F, 0x5C, 0x99)
            else:
                doc.add_paragraph(text)
    doc.add_paragraph()
    doc.add_paragraph("Signed by the Chair: ____________________    Date: ____________")
    buf = io.BytesIO(); doc.save(buf)
    path.write_bytes(fix_zip(buf.getvalue()))


def docx_text(path):
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def gold_docx():
    Q = []

    def q(item, kind, text, answer, asked_by, given_by, themes):
        Q.append(dict(item=item, kind=kind, text=text, asked_by=asked_by, answer=answer,
                      given_by=given_by, themes=themes))

    # item 4
    q("4", "question", "We asked the CAMHS manager why young people wait so long for a first appointment",
      "referrals had gone up by a third since 2022", None, "the CAMHS manager",
      ["mental-health", "children-and-families", "workforce"])
    q("4", "concern", "the Mental Health Support Teams only cover eleven of the borough's secondary schools",
      "had bid for funding to add two more teams from September 2026", None, "The Director",
      ["mental-health", "children-and-families", "finance"])
    q("4", "question", "One of us asked whether pupils could see a counsellor without telling their teachers",
      "any pupil aged 13 or over could refer themselves through Kooth", None, "The Director",
      ["mental-health", "children-and-families"])
    q("4", "question", "asked what happens to young people who are told they are not ill enough",
      "passed to the Early Help wellbeing workers instead of being sent back", "Ethan", "The CAMHS manager",
      ["mental-health", "children-and-families"])
    # item 5
    q("5", "question", "We asked why shops near our schools still sell vapes to people under 18",
      "Trading Standards had done 46 test purchases last year", None, "Mr Reilly",
      ["public-health", "children-and-families"])
    q("5", "concern", "the bright colours and flavours like bubblegum are aimed at children",
      "the new national law would restrict flavours and displays", None, "Mr Reilly",
      ["public-health", "children-and-families"])
    q("5", "question", "asked if there was any help for young people who want to stop vaping",
      "the stop smoking service would take young people from age 12", "Priya", "Mr Reilly",
      ["public-health", "children-and-families"])
    # item 6
    q("6", "question", "asked how many young carers in Castlebridge are known to the council",
      "412 young carers were registered but she thought the real number", None, "The Service Manager",
      ["children-and-families", "adult-social-care"])
    q("6", "concern", "young carers miss school when the person they look after has a hospital appointment",
      None, None, None, ["children-and-families", "adult-social-care"])
    q("6", "concern", "the young carers' assessment form is twelve pages long and uses words",
      None, None, None, ["children-and-families", "adult-social-care", "patient-and-public-input"])
    q("6", "question", "Amira asked whether the contract for the young carers' service would be changing",
      "had been extended until March 2027 while the council looks at bringing the service in-house",
      "Amira", "The Director", ["subcontracting", "privatisation", "children-and-families", "adult-social-care"])
    # item 7
    q("7", "question", "We asked why the Saturday drop-in clinic at Market Street is closing",
      "a private company called Clearpath Health, had won the contract", None, "The Commissioning Manager",
      ["public-health", "subcontracting", "privatisation", "children-and-families"])
    q("7", "concern", "nobody asked young people before the contract was changed",
      "there had been an online consultation in January but only 31 responses", None, "The Commissioning Manager",
      ["patient-and-public-input", "subcontracting", "public-health", "children-and-families"])
    q("7", "question", "asked whether the clinic would still give out free condoms without an appointment",
      "the C-Card scheme would carry on at pharmacies and youth centres", "Noah", "The Commissioning Manager",
      ["public-health", "children-and-families", "primary-care"])

    R = [
        dict(item="3", text="We agreed that the notes of our meeting on 9 April 2025 were right",
             outcome="agreed", themes=[]),
        dict(item="4", text="We agreed to make a short survey asking pupils at every secondary school",
             outcome="agreed", themes=["patient-and-public-input", "mental-health", "children-and-families"]),
        dict(item="4", text="the council and the ICB pay for Mental Health Support Teams in every secondary school",
             outcome="recommended", themes=["mental-health", "children-and-families", "finance"]),
        dict(item="5", text="We noted the update on vaping and thanked Mr Reilly",
             outcome="noted", themes=["public-health", "children-and-families"]),
        dict(item="6", text="the young carers' assessment form is rewritten together with young carers",
             outcome="recommended", themes=["children-and-families", "adult-social-care", "patient-and-public-input"]),
        dict(item="7", text="We agreed to ask Clearpath Health to come to our next meeting",
             outcome="agreed", themes=["public-health", "governance"]),
        dict(item="8", text="add waiting times at the children's emergency department to our list",
             outcome="agreed", themes=["children-and-families", "governance"]),
    ]
    A = ([dict(name=n, role=r, attendance="present") for n, r in PRESENT]
         + [dict(name=n, role=r, attendance="apologies") for n, r in APOLOGIES]
         + [dict(name=n, role=r, attendance="in_attendance") for n, r in ADULTS])
    return {
        "document": DOCX_NAME, "doc_type": "minutes", "committee": PANEL,
        "meeting_date": "2025-06-18",
        "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
        "questions": Q, "resolutions": R, "attendees": A,
    }


# ---------------------------------------------------------------- document 2
BLOG_PARAS = [
    "When I became Leader of Castlebridge Borough Council, I was asked which of the council's jobs "
    "people understand least. My answer was, and still is, health scrutiny.",
    "The council does not run hospitals or GP surgeries. But the law gives councillors the power to "
    "ask the NHS to explain itself in public, and I think that is one of the most important things we do. "
    "Decisions about where you see a doctor, how long you wait for a mental health appointment or whether "
    "a clinic stays open are taken by bodies that most residents never get to vote for.",
    "Last month I sat in the public gallery at our Health Scrutiny Committee. Councillors from every "
    "party asked the Integrated Care Board why so many people in the east of the borough still cannot get "
    "a same-day appointment, and why the new urgent treatment centre had been delayed again. The answers "
    "were not always comfortable, and that is the point. The ICB has promised to come back in the autumn "
    "with a plan, and the committee will hold it to that promise.",
    "I was even more impressed by our Young People's Health Scrutiny Panel. Seven young people questioned "
    "the CAMHS manager about waiting times and asked our own Public Health Team why shops near schools "
    "still sell vapes to children. They did their homework and they did not let anyone off the hook.",
    "Scrutiny only works if people tell us what is happening to them. If you have had a good or bad "
    "experience of local health or care services, please get in touch with Healthwatch Castlebridge or "
    "write to the committee clerk. You can also watch every meeting live on the council's YouTube channel.",
    "Cllr Martin Ashworth, Leader of Castlebridge Borough Council",
]


def build_html(path):
    body = "\n".join(f"      <p>{htmlmod.escape(p)}</p>" for p in BLOG_PARAS[:-1])
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Why health scrutiny matters to me | Leader's blog | {COUNCIL}</title>
  <meta name="description" content="The Leader of the council explains why he values health scrutiny.">
</head>
<body>
  <header class="site-header"><a href="/">{COUNCIL}</a>
    <nav><a href="/news">News</a> &rsaquo; <a href="/news/leaders-blog">Leader's blog</a></nav>
  </header>
  <main>
    <article class="blog-post">
      <h1>Why health scrutiny matters to me</h1>
      <p class="meta">Posted by Cllr Martin Ashworth on <time datetime="2025-07-02">2 July 2025</time> in
        <a href="/news/leaders-blog">Leader's blog</a></p>
{body}
      <p class="signoff"><em>{htmlmod.escape(BLOG_PARAS[-1])}</em></p>
      <ul class="tags"><li>Health</li><li>Scrutiny</li><li>Young people</li></ul>
    </article>
    <aside><h2>Related pages</h2><ul>
      <li><a href="/health-scrutiny">Health Scrutiny Committee</a></li>
      <li><a href="/youth-panel">Young People's Health Scrutiny Panel</a></li></ul></aside>
  </main>
  <footer>&copy; 2025 {COUNCIL}. Council Offices, Bridge Street, Castlebridge.</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


def html_text(path):
    t = path.read_text(encoding="utf-8")
    return htmlmod.unescape(re.sub(r"<[^>]+>", " ", t))


def gold_html():
    return {"document": HTML_NAME, "doc_type": "news",
            "themes": ["governance", "primary-care", "mental-health", "public-health",
                       "children-and-families", "patient-and-public-input"]}


# ---------------------------------------------------------------- check
def norm(s):
    s = s.replace("’", "'").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def check():
    ok = True
    for name, extract in ((DOCX_NAME, docx_text), (HTML_NAME, html_text)):
        doc = DOCS / name
        g = json.loads((GOLD / (doc.stem + ".json")).read_text())
        text = " " + norm(extract(doc)) + " "
        phrases = []
        for q in g.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in g.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(" " + norm(ph) + " ")
            if c != 1 or not (6 <= n <= 15):
                ok = False
                print(f"FAIL {name}: {kind} ({n} words, {c} hits): {ph}")
        print(f"{name}: {len(g.get('items', []))} items, {len(g.get('questions', []))} questions, "
              f"{len(g.get('resolutions', []))} resolutions, {len(g.get('attendees', []))} attendees, "
              f"{len(phrases)} phrases checked")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    DOCS.mkdir(exist_ok=True); GOLD.mkdir(exist_ok=True)
    build_docx(DOCS / DOCX_NAME)
    build_html(DOCS / HTML_NAME)
    for g in (gold_docx(), gold_html()):
        (GOLD / (Path(g["document"]).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built")


if __name__ == "__main__":
    main()
