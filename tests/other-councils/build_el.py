#!/usr/bin/env python3
"""Build the "el-" documents of the other-councils evaluation set; their gold annotations in
gold/el-*.json are written by hand.

Usage:  build_el.py           build documents/el-*
        build_el.py --check   verify every gold phrase occurs once in its document
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
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FIXED = datetime.datetime(2025, 3, 14, 9, 30, 0)

DOC1 = "el-marlowvale-health-question-time-2025-03-12.docx"
DOC2 = "el-marlowvale-home-care-review-call-for-evidence.docx"


def fixed_zip(buf, path):
    """Rewrite the docx zip with fixed timestamps so output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, src.read(info.filename))


def base_doc(title, author):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for h in ("Heading 1", "Heading 2", "Title"):
        d.styles[h].font.name = "Arial"
        d.styles[h].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return d


def page_field(par):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = " PAGE "
    r2._r.append(t)
    r3 = par.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._r.append(e)


def header_footer(d, head, foot):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = head
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run(foot + "\tPage ").font.size = Pt(8)
    page_field(fp)


def para(d, text, bold_lead=None, style=None, italic=False):
    p = d.add_paragraph(style=style)
    if bold_lead:
        p.add_run(bold_lead).bold = True
    r = p.add_run(text)
    r.italic = italic
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


# ---------------------------------------------------------------- document 1
def build_doc1(path):
    d = base_doc("Health Question Time - notes - 12 March 2025", "Democratic Services")
    header_footer(d, "Marlow Vale Borough Council – Health Scrutiny Panel – Health Question Time",
                  "Notes: 12 March 2025 (subject to confirmation by the Panel)")
    t = d.add_paragraph(style="Title")
    t.add_run("Health Question Time")
    para(d, "Notes of the public meeting held by the Health Scrutiny Panel at the Corn "
         "Exchange, Market Street, Marlow Vale, on Wednesday 12 March 2025 from 6.30pm to 8.50pm")
    para(d, "These notes record the questions put by residents and the answers given. "
         "They are not a verbatim record. Questions submitted in advance were grouped by "
         "subject and read out by the Chair or by the questioner.", italic=True)

    para(d, "", bold_lead="Panel members:")
    para(d, "Councillor Gwen Ashcombe (Chair); Councillor Tariq Mahmood (Vice-Chair); "
         "Councillors Lorna Beddoes, Peter Quayle, Sunita Rao and Derek Whitlow.")
    para(d, "Apologies were received from Councillor Frances Oduya.")
    para(d, "", bold_lead="On the answering panel:")
    for line in [
        "Dr Priya Raman – Associate Director of Primary Care Commissioning, Vale and Downs Integrated Care Board",
        "Mr Colin Ferris – Chief Operating Officer, Vale and Downs Hospitals NHS Foundation Trust",
        "Mrs Alison Kettering – Director of Adult Social Care and Health Partnerships, Marlow Vale Borough Council",
        "Ms Naomi Strand – Service Director, Children and Young People's Mental Health, Downs Partnership NHS Trust",
        "Mr Owen Laidlaw – Head of Housing Options and Temporary Accommodation, Marlow Vale Borough Council",
    ]:
        d.add_paragraph(line, style="List Bullet")
    para(d, "Supporting the Panel: Rachel Penhallow, Senior Scrutiny Officer.")
    para(d, "Approximately 60 members of the public attended.")

    d.add_heading("1. Welcome and how the evening would run", level=2)
    para(d, "The Chair welcomed residents and explained that each advance question would be "
         "answered by the most appropriate member of the answering panel, followed by "
         "questions from the floor as time allowed. Questions that could not be reached "
         "would receive a written reply.")

    d.add_heading("2. Declarations of interest", level=2)
    para(d, "Councillor Rao declared that her daughter is employed as a practice nurse in "
         "Northgate. No other declarations were made.")

    d.add_heading("3. Why can't I get an NHS dentist anywhere in Marlow Vale?", level=2)
    para(d, "Mrs Hilary Dunmore (resident, Northgate)", bold_lead="Asked by: ")
    para(d, "Dr Raman (ICB) said that the ICB had taken over responsibility for dental "
         "commissioning two years ago and accepted that access was poor: only 38 per cent "
         "of adults in the borough had seen an NHS dentist in the last two years. Two "
         "practices had handed back their contracts in 2024 because the units of dental "
         "activity did not cover their costs. The ICB had commissioned 4,200 additional "
         "urgent care sessions this year and was running a procurement for a new practice "
         "in the town centre, expected to open in the autumn.",
         bold_lead="Panel response: ")
    para(d, "A resident asked why patients were told to ring 111 when 111 could only offer "
         "emergency appointments in Stonebridge, eighteen miles away. Dr Raman replied that "
         "the urgent access hub would move to the Marlow Vale Health Centre from June.")
    para(d, "Councillor Whitlow followed up by asking how many of the new urgent sessions "
         "had actually been used. Dr Raman said that around 70 per cent had been taken up "
         "and that she would provide the figures by practice.")
    para(d, "A parent asked about children's check-ups, as her two children had never seen a "
         "dentist. Dr Raman advised that children were prioritised under the supervised "
         "toothbrushing scheme in primary schools and that she would take the family's "
         "details after the meeting.")
    para(d, "Dr Raman to circulate uptake of urgent dental sessions by practice.",
         bold_lead="Action: ")

    d.add_heading("4. Is the Minor Injuries Unit at Northgate going to close at night for good?",
                  level=2)
    para(d, "Mr Leonard Fisk (resident, Northgate)", bold_lead="Asked by: ")
    para(d, "Mr Ferris (Hospitals Trust) explained that overnight opening had been suspended "
         "in November because the unit could not be safely staffed: four of the seven "
         "emergency nurse practitioner posts were vacant and agency cover had cost £41,000 "
         "a month. No permanent decision had been taken. Any permanent change would be "
         "subject to public consultation and would be brought to this Panel first.",
         bold_lead="Panel response: ")
    para(d, "Councillor Quayle followed up, questioning whether the suspension was in reality "
         "a closure by the back door. Mr Ferris said that recruitment was under way and the "
         "Trust's intention was to restore overnight opening by the end of the summer.")
    para(d, "A resident raised concerns that the night bus to Stonebridge had been withdrawn, "
         "so people without a car had no way of reaching an emergency department at night. "
         "No answer was given at the meeting; the Chair asked that this be taken up with the "
         "County Council as transport authority.")
    para(d, "Mr Ferris to report back to the Panel in June on recruitment and reopening.",
         bold_lead="Action: ")

    d.add_heading("5. Who decided to give our home care to a private company, and why?",
                  level=2)
    para(d, "Mr Graham Oakes (carer, Westfield)", bold_lead="Asked by: ")
    para(d, "Mrs Kettering (Council) explained that the decision to award the home care "
         "contract for the north of the borough to Heritage Home Support Ltd had been taken "
         "by Cabinet in September 2024 after a competitive tender. The previous provider, a "
         "not-for-profit organisation, had not bid. The contract was worth £6.3 million a "
         "year and required the provider to pay the Real Living Wage. Officers monitored "
         "missed and late visits every month.",
         bold_lead="Panel response: ")
    para(d, "Mr Oakes followed up, saying that his mother had seen eleven different carers in "
         "three weeks and asking who he should complain to. Mrs Kettering apologised and said "
         "that complaints could go to the provider or directly to the Council's contract "
         "monitoring team, and she would personally look into his mother's case.")
    para(d, "A resident asked whether the Council would consider bringing home care back "
         "in-house. Mrs Kettering said that this was a policy question for Cabinet, but the "
         "review of home care which the Panel had just launched would look at the options.")
    para(d, "Councillor Beddoes requested that the Panel see the monthly missed-visit figures "
         "for the new contract. Mrs Kettering agreed that these would be circulated to members "
         "each month.")
    para(d, "Missed and late visit data for the north home care contract to be shared with "
         "Panel members monthly.", bold_lead="Action: ")

    d.add_heading("6. How long will my son have to wait for a CAMHS assessment?", level=2)
    para(d, "Ms Chloe Varga (parent, Eastbrook)", bold_lead="Asked by: ")
    para(d, "Ms Strand (Downs Partnership) said that the average wait from referral to first "
         "assessment was currently 31 weeks and for a neurodevelopmental assessment almost "
         "two years. Additional funding of £900,000 from the ICB was being used to clear the "
         "backlog, and a single point of access had been set up so that families would be "
         "contacted within ten working days of referral.",
         bold_lead="Panel response: ")
    para(d, "Councillor Mahmood asked what support was available to children while they "
         "waited. Ms Strand explained that the schools mental health support teams now covered "
         "twenty-two schools and that families could self-refer to the online counselling "
         "service.")
    para(d, "A grandparent expressed concern that her grandson's school had been told it must "
         "wait for a diagnosis before putting support in place. Ms Strand said this was not "
         "the case and that support should be based on need, not on a diagnosis.")
    para(d, "None.", bold_lead="Action: ")

    d.add_heading("7. What is the Council doing about damp and mould in temporary accommodation?",
                  level=2)
    para(d, "Mrs Yasmin Holt (tenant, Riverside)", bold_lead="Asked by: ")
    para(d, "Mr Laidlaw (Council) said that 214 households were currently in temporary "
         "accommodation, 61 of them in bed and breakfast. All properties used by the Council "
         "were now inspected before placement and a damp and mould inspection was carried out "
         "within five working days of any report. He accepted that some private landlords "
         "had been slow to act and said the Council had served two improvement notices.",
         bold_lead="Panel response: ")
    para(d, "Councillor Rao asked whether the health visiting service was told when a family "
         "with a baby was placed in damp accommodation. Mr Laidlaw replied that a referral "
         "protocol with the health visiting service had been agreed in January.")
    para(d, "A resident asked why families were being placed as far away as Stonebridge. "
         "Mr Laidlaw said that this was a last resort caused by a shortage of local "
         "properties, and that the Council was buying forty homes to use as temporary "
         "accommodation.")
    para(d, "Officers to provide a note on the temporary accommodation purchase programme.",
         bold_lead="Action: ")

    d.add_heading("8. Closing remarks", level=2)
    para(d, "The Chair thanked residents and the answering panel. She reminded those present "
         "that the Panel's review of home care was seeking evidence until 30 April 2025 and "
         "that written replies to questions not reached would be published on the Council's "
         "website.")

    para(d, "", bold_lead="Summary of actions agreed by the Panel")
    for line in [
        "To write to the ICB asking for a timetable for the new town centre dental practice.",
        "To invite the Hospitals Trust back in June to report on overnight opening of the Minor Injuries Unit.",
        "To ask the County Council to review withdrawal of the evening bus service to Stonebridge.",
        "To add the monthly home care contract performance report to the Panel's information pack.",
        "To request a briefing from Downs Partnership on waiting times for neurodevelopmental assessment.",
        "To recommend to Cabinet that a damp and mould standard be written into all temporary accommodation agreements.",
    ]:
        d.add_paragraph(line, style="List Number")
    para(d, "Chair ………………………………      Date ………………")
    buf = io.BytesIO()
    d.save(buf)
    fixed_zip(buf, path)


# ---------------------------------------------------------------- document 2
def build_doc2(path):
    d = base_doc("Call for evidence - review of home care", "Scrutiny Team")
    header_footer(d, "Marlow Vale Borough Council – Health Scrutiny Panel",
                  "Call for evidence – Review of home care services")
    d.add_paragraph("Call for evidence", style="Title")
    d.add_heading("Review of home care services in Marlow Vale", level=1)
    para(d, "The Health Scrutiny Panel is carrying out a review of home care (help at home "
         "for adults who need support with washing, dressing, meals and medication). We "
         "want to hear from people who receive home care, their families and unpaid carers, "
         "care workers, providers and anyone else with experience of the service.")
    d.add_heading("What the review is about", level=2)
    para(d, "Since October 2024 home care in the north of the borough has been delivered "
         "under a new contract with an independent provider, while the south continues "
         "under framework arrangements with nine providers. The Council spends around "
         "£14 million a year on home care. The review will look at whether people get "
         "reliable, consistent care, whether the way the Council commissions and monitors "
         "care is working, and whether care workers are paid and trained well enough to stay "
         "in the job.")
    d.add_heading("Key questions we want answered", level=2)
    for q in [
        "Do people receive their visits on time, and from carers they know?",
        "How well does the Council monitor the quality of care provided under contract?",
        "What would be gained or lost by delivering some home care in-house?",
        "What stops care workers staying in the job, and what would help?",
        "How are people and their families involved in planning their care?",
        "How well do home care and hospital discharge teams work together?",
    ]:
        d.add_paragraph(q, style="List Number")
    d.add_heading("How to submit evidence", level=2)
    para(d, "You can send us your views in any of these ways:")
    for q in [
        "Online: complete the short survey at marlowvale.gov.uk/homecarereview",
        "Email: scrutiny@marlowvale.gov.uk",
        "Post: Scrutiny Team, Marlow Vale Borough Council, Civic Offices, Bridge Street, Marlow Vale MV1 2AB",
        "Telephone: 01632 960 418 (a member of the team will write down your views)",
    ]:
        d.add_paragraph(q, style="List Bullet")
    para(d, "Organisations are asked to keep written submissions to no more than four "
         "pages. The Panel may invite some people to speak at an evidence session in May.")
    d.add_heading("Deadline", level=2)
    para(d, "Please send your evidence by 5pm on Wednesday 30 April 2025.", bold_lead="")
    d.add_heading("What happens next", level=2)
    para(d, "The Panel will consider the evidence in May and June and expects to report its "
         "recommendations to Cabinet in September 2025. Submissions may be quoted in the "
         "final report, but we will not publish the names of individuals without consent.")
    buf = io.BytesIO()
    d.save(buf)
    fixed_zip(buf, path)


# ---------------------------------------------------------------- check
def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs]
        parts += [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for g in sorted(os.listdir(GOLD)):
        if not g.startswith("el-"):
            continue
        gold = json.load(open(os.path.join(GOLD, g)))
        doc = os.path.join(DOCS, gold["document"])
        text = " " + norm(docx_text(doc)) + " "
        phrases = []
        for q in gold.get("questions", []):
            phrases.append(("question", q["text"]))
            if q.get("answer"):
                phrases.append(("answer", q["answer"]))
        for r in gold.get("resolutions", []):
            phrases.append(("resolution", r["text"]))
        for kind, ph in phrases:
            n = len(ph.split())
            c = text.count(" " + norm(ph) + " ")
            if c != 1 or not 6 <= n <= 15:
                ok = False
                print(f"FAIL {g}: {kind} x{c} ({n} words): {ph}")
        print(f"{g}: {len(phrases)} phrases checked")
    print("check passed" if ok else "check FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    os.makedirs(DOCS, exist_ok=True)
    build_doc1(os.path.join(DOCS, DOC1))
    build_doc2(os.path.join(DOCS, DOC2))
    print("built", DOC1, DOC2)
