#!/usr/bin/env python3
"""Build the "hj-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_hj.py           build documents/hj-* and gold/hj-*.json
        build_hj.py --check   verify every gold phrase occurs once in its document
"""
import json, re, sys, datetime
from pathlib import Path
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "documents", HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FIXED = datetime.datetime(2025, 6, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
SHY = "\u00ad"

def hy(text):
    """Insert soft hyphens into long words so justified lines break mid-word."""
    def split(m):
        w = m.group(0)
        if len(w) < 10:
            return w
        mid = len(w) // 2
        for d in range(0, 4):
            for p in (mid + d, mid - d):
                if 3 <= p <= len(w) - 3 and w[p - 1] in "aeiou" and w[p] not in "aeiou":
                    return w[:p] + SHY + w[p:]
        return w
    return re.sub(r"[A-Za-z]+", split, text)

# --------------------------------------------------------------------- document 1
D1 = "hj-avonmere-cyp-osc-2025-06-11.pdf"
COUNCIL = "Avonmere County Council"
COMM = "Children and Young People Overview and Scrutiny Committee"

ATTEND = [
    ("Committee Members", [
        "Councillor Helen Ashdown (Chair)", "Councillor Marcus Pryce (Vice-Chair)",
        "Councillor Jo Barraclough", "Councillor Tariq Hussain", "Councillor Linda Keatley",
        "Councillor Owen Strand", "Councillor Priya Venn"]),
    ("Co-opted Members", [
        "Mrs Dorothy Fenwick (Church of England Diocesan Representative)",
        "Mr Patrick Doyle (Roman Catholic Diocesan Representative)",
        "Ms Sana Rahim (Parent Governor Representative)"]),
    ("Other Members", [
        "Councillor Geraldine Moss (Portfolio Holder for Children, Families and Education)"]),
    ("Officers", [
        "Nigel Farrant, Executive Director for Children and Young People",
        "Karen Obi, Director of Children and Families",
        "Rachel Dunmore, Assistant Director, Education Services",
        "Simon Pettigrew, Head of Service, Commissioning (Children and Families)",
        "Amy Lockwood, Democratic Services Officer"]),
    ("Others Present", [
        "Dr Fiona Trent, Associate Director of Mental Health Commissioning, Avonmere and Northfield Integrated Care Board (ICB)",
        "Graham Holt, Service Director, Child and Adolescent Mental Health Services (CAMHS), Avonmere Partnership NHS Trust"]),
]

# items: (number, title, [blocks]); block = ("sub", text) | ("p", text) | ("res", [lines])
ITEMS = [
    ("1", "General", [
        ("sub", "(1) Apologies"),
        ("p", "Apologies for absence were received from Councillor Derek Yates (replaced by Councillor Owen Strand) and Mr Joseph Abara (Parent Governor Representative)."),
        ("sub", "(2) Disclosures of Pecuniary and Non-Pecuniary Interests"),
        ("p", "Councillor Priya Venn declared a non-pecuniary interest in item 5 as a governor of Kingsmead Special School. Mrs Fenwick declared a non-pecuniary interest as a trustee of the Avonmere Diocesan Multi-Academy Trust."),
        ("sub", "(3) Chair's Announcements"),
        ("p", "The Chair welcomed Ms Sana Rahim to her first meeting as a Parent Governor Representative and thanked officers for arranging the members' visit to the Oakridge Family Hub in May."),
        ("sub", "(4) Minutes of the previous meeting held on 12 March 2025 and Matters Arising"),
        ("p", "The minutes of the meeting held on 12 March 2025 were agreed as a true record and signed by the Chair."),
        ("p", "Under matters arising, Councillor Keatley asked whether the breakdown of missing-from-care episodes promised at the last meeting had been circulated. Amy Lockwood confirmed that the briefing note had been sent to members on 4 April and would be re-sent after the meeting."),
    ]),
    ("2", "Public Speaking", [("p", "None.")]),
    ("3", "Questions to Portfolio Holders", [
        ("p", "Councillor Hussain asked the Portfolio Holder for Children, Families and Education what action was being taken for children with an EHCP who were still waiting for a school place. Councillor Moss replied that 41 children were currently without a named placement, that each case was reviewed weekly by the SEND Panel, and undertook to provide a breakdown by district to Councillor Hussain."),
    ]),
    ("4", "Children in Care Placements and the Use of Private Providers", [
        ("p", "Simon Pettigrew (Head of Service, Commissioning (Children and Families)) introduced the report, which set out the sufficiency position for children in care. The Council was responsible for 812 children in care at the end of March 2025, of whom 96 were living in residential children's homes; 88 of those placements were with private providers, at an average weekly cost of £6,240. Spending on external placements had risen by £9.3 million over two years. The report described the plan to open four in-house children's homes by 2027 and the regional fostering recruitment hub."),
        ("p", "Councillor Barraclough asked how much profit the largest providers were making from Avonmere placements and whether the Council had any means of challenging prices. Simon Pettigrew explained that the Council did not have access to providers' accounts, but national analysis by the Competition and Markets Authority had found operating margins of around 20 per cent among the largest groups; the Council now negotiated every placement over £5,000 a week individually and had secured reductions in 17 cases. Councillor Pryce expressed concern that children were still being placed more than twenty miles from home because no local home would accept them. Karen Obi acknowledged that 31 per cent of children in residential care were placed outside the county, which was not where the service wanted to be, and said the in-house homes would be located so that children could stay at their own schools."),
        ("p", "Ms Rahim sought clarification on how children and young people had been involved in designing the new homes. Karen Obi replied that the Children in Care Council had helped to write the specification and two care-experienced young people would sit on the interview panels for registered managers. Councillor Keatley queried whether the Council could recruit and retain enough residential care staff to run four homes when private providers were offering higher pay. Karen Obi stated that a market supplement had been agreed for residential workers and a recruitment campaign would begin in September; agency use would be monitored closely. Councillor Strand asked what would happen to the capital funding if the homes were delayed, to which Nigel Farrant responded that the £4.8 million grant from the Department for Education had to be spent by March 2027 and officers were confident of meeting that timetable."),
        ("res", ["That the Children and Young People Overview and Scrutiny Committee:",
                 "1. Notes the progress made in developing in-house residential provision for children in care.",
                 "2. Requests a further report in January 2026 on the number and cost of placements with private providers, including the outcome of individual price negotiations."]),
    ]),
    ("5", "SEND Improvement Plan and Education, Health and Care Plan Timeliness", [
        ("p", "Rachel Dunmore (Assistant Director, Education Services) presented the update following the local area SEND inspection in November 2024. The proportion of EHCPs issued within 20 weeks had improved from 34 per cent to 58 per cent, against a national average of around 50 per cent, and the number of requests for assessment had risen by 22 per cent in the year."),
        ("p", "Mrs Fenwick asked what support was being given to mainstream schools, particularly small rural church schools, to meet needs without an EHCP. Rachel Dunmore said that the Ordinarily Available Provision guidance had been relaunched and each school now had a named link inclusion officer; a pilot of locality SENCO networks would extend to all areas from September. Councillor Venn raised concerns about the quality of some plans, noting that parents had told her plans were issued on time but with vague outcomes. Rachel Dunmore accepted that quality audits had found 30 per cent of plans required improvement and confirmed that a multi-agency audit panel now met every month. Mr Doyle asked whether the growth in independent special school placements was affordable within the High Needs Block. Nigel Farrant advised that the High Needs Block deficit was forecast to reach £38 million by March 2026 and that the statutory override, which kept the deficit off the Council's balance sheet, was due to end in 2028, which represented a significant financial risk to the Council."),
        ("p", "Councillor Hussain requested that future reports include the views of parents and carers gathered through the Avonmere Parent Carer Forum."),
        ("res", ["That the Committee notes the progress against the SEND Improvement Plan and the improvement in the timeliness of Education, Health and Care Plans."]),
    ]),
    ("6", "Children and Young People's Mental Health Services (CAMHS)", [
        ("p", "Dr Fiona Trent (Associate Director of Mental Health Commissioning, Avonmere and Northfield ICB) and Graham Holt (Service Director, CAMHS, Avonmere Partnership NHS Trust) presented the report. Average waits from referral to second appointment had fallen from 44 to 31 weeks, but 1,140 children and young people remained on the waiting list. The ICB had commissioned an online counselling service from a private company for 12 months to reduce the backlog."),
        ("p", "Councillor Pryce asked why the online counselling contract had been awarded without competition and how its quality would be monitored. Dr Trent explained that the contract had been let under the Provider Selection Regime direct award process because of the urgency, and that outcome measures were reported to the ICB monthly. Councillor Keatley questioned whether the service was suitable for younger children and for those with complex needs. Graham Holt stated that the online offer was for young people aged 11 and over with mild to moderate needs, and that every referral was triaged by a CAMHS clinician first. Councillor Barraclough expressed concern that children waiting for an autism assessment were being held on the CAMHS list, to which Dr Trent replied that the neurodevelopmental pathway was being separated out and would have its own waiting list from October 2025. Mr Doyle asked what was being done to support staff in schools while children waited, and Graham Holt said that Mental Health Support Teams now covered 62 per cent of pupils in the county, with funding agreed for two further teams."),
        ("p", "Councillor Strand asked whether the Committee could see the waiting times broken down by age group and district. Dr Trent agreed to provide this information after the meeting."),
        ("res", ["That the Committee:",
                 "1. Notes the report and the reduction in waiting times for CAMHS.",
                 "2. Recommends to Avonmere and Northfield Integrated Care Board that any extension of the online counselling contract be subject to an open procurement process and an evaluation shared with this Committee."]),
    ]),
    ("7", "Work Programme", [
        ("p", "The Committee considered its work programme for 2025/26. Councillor Venn suggested that a task and finish group on elective home education be considered. The Chair agreed to discuss this with the Vice-Chair and officers before the next meeting."),
        ("res", ["That the work programme be agreed, subject to the addition of an item on children missing education in November 2025."]),
    ]),
    ("8", "Urgent matters", [("p", "None.")]),
]

class MinutesPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("dv", "", 8)
        self.set_text_color(90)
        self.cell(0, 5, f"{COUNCIL} – {COMM}", align="L")
        self.ln(8)
        self.set_text_color(0)
    def footer(self):
        self.set_y(-15)
        self.set_font("dv", "", 8)
        self.set_text_color(90)
        self.cell(60, 5, f"Page {self.page_no()}", align="L")
        self.cell(70, 5, "Children and Young People OSC  11.06.25", align="C")
        self.cell(0, 5, "Chair's initials ..........", align="R")
        self.set_text_color(0)

def new_pdf(cls, title):
    pdf = cls(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(title); pdf.set_author(COUNCIL); pdf.set_producer("fpdf2")
    pdf.add_font("dv", "", FONT); pdf.add_font("dv", "B", FONTB); pdf.add_font("dv", "I", FONTI)
    pdf.set_margins(22, 18, 22); pdf.set_auto_page_break(True, 22)
    return pdf

def build_doc1():
    src = []
    pdf = new_pdf(MinutesPDF, f"{COMM} minutes 11 June 2025")
    pdf.add_page()
    pdf.set_font("dv", "B", 15)
    pdf.multi_cell(0, 7, COMM, align="L"); src.append(COMM)
    pdf.set_font("dv", "", 11)
    for line in ["Wednesday 11 June 2025", "Minutes"]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT"); src.append(line)
    pdf.ln(3)
    pdf.set_font("dv", "B", 11); pdf.cell(0, 6, "Attendance", new_x="LMARGIN", new_y="NEXT"); src.append("Attendance")
    for label, names in ATTEND:
        pdf.set_font("dv", "B", 10); pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT"); src.append(label)
        pdf.set_font("dv", "", 10)
        for n in names:
            pdf.multi_cell(0, 5, n, align="L", new_x="LMARGIN", new_y="NEXT"); src.append(n)
        pdf.ln(1)
    pdf.ln(3)
    for num, title, blocks in ITEMS:
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.set_font("dv", "B", 11)
        pdf.cell(10, 7, f"{num}.")
        pdf.multi_cell(0, 7, title, align="L", new_x="LMARGIN", new_y="NEXT"); src.append(f"{num}. {title}")
        pdf.ln(1)
        for kind, body in blocks:
            if kind == "sub":
                pdf.set_font("dv", "B", 10); pdf.set_x(32)
                pdf.multi_cell(0, 6, body, align="L", new_x="LMARGIN", new_y="NEXT"); src.append(body)
            elif kind == "p":
                pdf.set_font("dv", "", 10); pdf.set_x(32)
                pdf.multi_cell(0, 5.2, hy(body), align="J", new_x="LMARGIN", new_y="NEXT"); src.append(body)
                pdf.ln(2.5)
            else:
                pdf.set_font("dv", "B", 10); pdf.set_x(32)
                pdf.cell(0, 6, "Resolved", new_x="LMARGIN", new_y="NEXT"); src.append("Resolved")
                pdf.set_font("dv", "", 10)
                for ln in body:
                    ind = 38 if re.match(r"\d\. ", ln) else 32
                    pdf.set_x(ind)
                    pdf.multi_cell(0, 5.2, hy(ln), align="J", new_x="LMARGIN", new_y="NEXT"); src.append(ln)
                    pdf.ln(1)
                pdf.ln(2)
        pdf.ln(2)
    pdf.ln(4); pdf.set_font("dv", "", 10)
    for line in ["The meeting rose at 12.20 pm", "", "……………………………", "Chair"]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT"); src.append(line)
    pdf.output(str(DOCS / D1))
    return "\n".join(src)

def Q(item, kind, text, asked_by, answer, given_by, themes):
    return dict(item=item, kind=kind, text=text, asked_by=asked_by, answer=answer, given_by=given_by, themes=themes)

def gold1():
    att = [
        ("Councillor Helen Ashdown", "Chair", "present"), ("Councillor Marcus Pryce", "Vice-Chair", "present"),
        ("Councillor Jo Barraclough", None, "present"), ("Councillor Tariq Hussain", None, "present"),
        ("Councillor Linda Keatley", None, "present"), ("Councillor Owen Strand", None, "present"),
        ("Councillor Priya Venn", None, "present"),
        ("Mrs Dorothy Fenwick", "Church of England Diocesan Representative", "present"),
        ("Mr Patrick Doyle", "Roman Catholic Diocesan Representative", "present"),
        ("Ms Sana Rahim", "Parent Governor Representative", "present"),
        ("Councillor Geraldine Moss", "Portfolio Holder for Children, Families and Education", "in_attendance"),
        ("Nigel Farrant", "Executive Director for Children and Young People", "in_attendance"),
        ("Karen Obi", "Director of Children and Families", "in_attendance"),
        ("Rachel Dunmore", "Assistant Director, Education Services", "in_attendance"),
        ("Simon Pettigrew", "Head of Service, Commissioning (Children and Families)", "in_attendance"),
        ("Amy Lockwood", "Democratic Services Officer", "in_attendance"),
        ("Dr Fiona Trent", "Associate Director of Mental Health Commissioning, Avonmere and Northfield Integrated Care Board (ICB)", "in_attendance"),
        ("Graham Holt", "Service Director, Child and Adolescent Mental Health Services (CAMHS), Avonmere Partnership NHS Trust", "in_attendance"),
        ("Councillor Derek Yates", None, "apologies"),
        ("Mr Joseph Abara", "Parent Governor Representative", "apologies"),
    ]
    cf = "children-and-families"
    qs = [
        Q("1", "question", "asked whether the breakdown of missing-from-care episodes promised at the last meeting",
          "Councillor Keatley", "the briefing note had been sent to members on 4 April", "Amy Lockwood", [cf]),
        Q("3", "question", "what action was being taken for children with an EHCP who were still waiting",
          "Councillor Hussain", "41 children were currently without a named placement", "Councillor Moss", [cf]),
        Q("4", "question", "how much profit the largest providers were making from Avonmere placements",
          "Councillor Barraclough", "national analysis by the Competition and Markets Authority had found operating margins",
          "Simon Pettigrew", [cf, "privatisation", "finance", "subcontracting"]),
        Q("4", "concern", "expressed concern that children were still being placed more than twenty miles from home",
          "Councillor Pryce", "31 per cent of children in residential care were placed outside the county",
          "Karen Obi", [cf]),
        Q("4", "question", "sought clarification on how children and young people had been involved in designing",
          "Ms Rahim", "the Children in Care Council had helped to write the specification", "Karen Obi",
          [cf, "patient-and-public-input"]),
        Q("4", "question", "queried whether the Council could recruit and retain enough residential care staff",
          "Councillor Keatley", "a market supplement had been agreed for residential workers", "Karen Obi",
          [cf, "workforce", "privatisation"]),
        Q("4", "question", "asked what would happen to the capital funding if the homes were delayed",
          "Councillor Strand", "the £4.8 million grant from the Department for Education had to be spent",
          "Nigel Farrant", [cf, "finance"]),
        Q("5", "question", "what support was being given to mainstream schools, particularly small rural church schools",
          "Mrs Fenwick", "the Ordinarily Available Provision guidance had been relaunched", "Rachel Dunmore", [cf]),
        Q("5", "concern", "raised concerns about the quality of some plans",
          "Councillor Venn", "quality audits had found 30 per cent of plans required improvement", "Rachel Dunmore",
          [cf, "patient-and-public-input"]),
        Q("5", "question", "whether the growth in independent special school placements was affordable",
          "Mr Doyle", "the High Needs Block deficit was forecast to reach £38 million", "Nigel Farrant",
          [cf, "finance", "governance"]),
        Q("5", "request", "requested that future reports include the views of parents and carers",
          "Councillor Hussain", None, None, [cf, "patient-and-public-input"]),
        Q("6", "question", "asked why the online counselling contract had been awarded without competition",
          "Councillor Pryce", "let under the Provider Selection Regime direct award process", "Dr Trent",
          ["mental-health", cf, "subcontracting", "privatisation"]),
        Q("6", "question", "questioned whether the service was suitable for younger children and for those with complex needs",
          "Councillor Keatley", "the online offer was for young people aged 11 and over", "Graham Holt",
          ["mental-health", cf]),
        Q("6", "concern", "expressed concern that children waiting for an autism assessment were being held",
          "Councillor Barraclough", "the neurodevelopmental pathway was being separated out and would have its own waiting list",
          "Dr Trent", ["mental-health", cf]),
        Q("6", "question", "asked what was being done to support staff in schools while children waited",
          "Mr Doyle", "Mental Health Support Teams now covered 62 per cent of pupils", "Graham Holt",
          ["mental-health", cf]),
        Q("6", "request", "could see the waiting times broken down by age group and district",
          "Councillor Strand", "Dr Trent agreed to provide this information after the meeting", "Dr Trent",
          ["mental-health", cf]),
        Q("7", "comment", "suggested that a task and finish group on elective home education be considered",
          "Councillor Venn", "The Chair agreed to discuss this with the Vice-Chair", "The Chair",
          [cf, "governance"]),
    ]
    res = [
        dict(item="1", text="minutes of the meeting held on 12 March 2025 were agreed as a true record", outcome="agreed", themes=[]),
        dict(item="4", text="notes the progress made in developing in-house residential provision for children in care",
             outcome="agreed", themes=[cf, "privatisation", "finance"]),
        dict(item="5", text="notes the progress against the SEND Improvement Plan and the improvement", outcome="noted", themes=[cf]),
        dict(item="6", text="recommends to Avonmere and Northfield Integrated Care Board that any extension",
             outcome="recommended", themes=["mental-health", cf, "subcontracting"]),
        dict(item="7", text="the work programme be agreed, subject to the addition of an item", outcome="agreed", themes=[cf]),
    ]
    return {"document": D1, "doc_type": "minutes", "committee": COMM, "meeting_date": "2025-06-11",
            "items": [{"number": n, "title": t} for n, t, _ in ITEMS],
            "questions": qs, "resolutions": res,
            "attendees": [{"name": n, "role": r, "attendance": a} for n, r, a in att]}

# --------------------------------------------------------------------- document 2
D2 = "hj-avonmere-ilacs-improvement-plan-update.pdf"
ROWS = [
    ("1. Timeliness of assessments and strategy discussions",
     "Daily front door huddle with police and health; additional team manager in the MASH from April 2025.",
     "Green",
     "Are strategy discussions held within one working day of the referral? How often do partners attend?"),
    ("2. Quality of supervision for social workers",
     "New supervision template; quarterly audit of 40 supervision records; reflective supervision training for all managers.",
     "Amber",
     "Does supervision record the child's voice and lead to actions? Do social workers say supervision helps them?"),
    ("3. Placement sufficiency and matching",
     "Four in-house children's homes planned; regional fostering recruitment hub; placement commissioning framework retendered.",
     "Amber",
     "How many children live more than twenty miles from home? Are children matched to carers before they move?"),
    ("4. Pathway plans for care leavers",
     "Personal advisers allocated from age 16; care leaver local offer refreshed with young people.",
     "Red",
     "Do care leavers have an up-to-date pathway plan written with them? What do care leavers tell us about their accommodation?"),
]

class PlanPDF(FPDF):
    def header(self):
        self.set_font("dv", "", 8); self.set_text_color(90)
        self.cell(0, 5, f"{COUNCIL} – Children and Families – Ofsted ILACS Improvement Plan: Progress Update", align="L")
        self.ln(8); self.set_text_color(0)
    def footer(self):
        self.set_y(-15); self.set_font("dv", "", 8); self.set_text_color(90)
        self.cell(0, 5, f"Page {self.page_no()} | OFFICIAL | Version 1.2, June 2025", align="C")
        self.set_text_color(0)

def build_doc2():
    src = []
    pdf = new_pdf(PlanPDF, "Ofsted ILACS Improvement Plan: Progress Update June 2025")
    pdf.add_page()
    pdf.set_font("dv", "B", 15)
    t = "Ofsted Inspection of Local Authority Children's Services (ILACS): Improvement Plan Progress Update"
    pdf.multi_cell(0, 7, t, align="L", new_x="LMARGIN", new_y="NEXT"); src.append(t)
    pdf.set_font("dv", "", 10); pdf.ln(2)
    paras = [
        "Published alongside the papers of the Children and Young People Overview and Scrutiny Committee. This document is updated quarterly by the Children and Families Improvement Board and is not a record of any meeting.",
        "Ofsted inspected Avonmere's children's services in January 2025 and judged overall effectiveness as 'requires improvement to be good'. The inspection identified four areas for improvement. For each area we set out what we are doing, our current rating, and the questions we ask ourselves to test whether children's experiences are getting better.",
    ]
    for p in paras:
        pdf.multi_cell(0, 5.2, hy(p), align="J", new_x="LMARGIN", new_y="NEXT"); src.append(p); pdf.ln(2)
    pdf.ln(2)
    head = ("Area for improvement", "Key actions", "Rating", "Questions we ask ourselves")
    with pdf.table(col_widths=(40, 55, 17, 54), text_align=("LEFT", "LEFT", "CENTER", "LEFT"),
                   line_height=5, first_row_as_headings=True) as table:
        r = table.row()
        for h in head:
            r.cell(h)
        src.append(" | ".join(head))
        for row in ROWS:
            r = table.row()
            for c in row:
                r.cell(c)
            src.append(" | ".join(row))
    pdf.ln(5)
    pdf.set_font("dv", "B", 11); pdf.cell(0, 6, "How to find out more", new_x="LMARGIN", new_y="NEXT"); src.append("How to find out more")
    pdf.set_font("dv", "", 10)
    p = "Questions about this plan can be sent to the Children and Families Improvement Team at improvement@avonmere.example.gov.uk. The next update will be published in September 2025."
    pdf.multi_cell(0, 5.2, hy(p), align="J", new_x="LMARGIN", new_y="NEXT"); src.append(p)
    pdf.output(str(DOCS / D2))
    return "\n".join(src)

def gold2():
    return {"document": D2, "doc_type": "report"}

# --------------------------------------------------------------------- check
def norm(s):
    s = s.replace(SHY, "").lower()
    s = re.sub(r"[^\w\s£]", " ", s)
    return " ".join(s.split())

def check(src, gold):
    ok = True
    n = norm(src)
    phrases = [(q["text"], "question") for q in gold.get("questions", [])]
    phrases += [(q["answer"], "answer") for q in gold.get("questions", []) if q["answer"]]
    phrases += [(r["text"], "resolution") for r in gold.get("resolutions", [])]
    for ph, kind in phrases:
        w = len(ph.split())
        c = n.count(norm(ph))
        if c != 1 or not (6 <= w <= 15):
            ok = False
            print(f"FAIL {gold['document']} {kind} count={c} words={w}: {ph}")
    return ok

def main():
    DOCS.mkdir(parents=True, exist_ok=True); GOLD.mkdir(parents=True, exist_ok=True)
    s1, s2 = build_doc1(), build_doc2()
    g1, g2 = gold1(), gold2()
    for g in (g1, g2):
        (GOLD / (Path(g["document"]).stem + ".json")).write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n")
    if "--check" in sys.argv:
        ok = check(s1, g1) and check(s2, g2)
        print("check passed" if ok else "check FAILED")
        sys.exit(0 if ok else 1)

if __name__ == "__main__":
    main()
