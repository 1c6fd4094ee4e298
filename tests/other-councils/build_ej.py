#!/usr/bin/env python3
"""Build the "ej-" documents of the other-councils evaluation set and their gold annotations.

Usage:  build_ej.py           build documents/ej-* and gold/ej-*.json
        build_ej.py --check   verify every gold phrase occurs once in its document
"""
import json, os, re, sys, datetime
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

PDF_NAME = "ej-ashcombe-ldpb-2025-03-12.pdf"
TXT_NAME = "ej-hollinsford-minute-taking-guide.txt"
COUNCIL = "Ashcombe County Council"
BOARD = "Learning Disability Partnership Board"

# ---------------------------------------------------------------- document 1
# Each block: (kind, picture caption, text). kind: h1 / h2 / p
BLOCKS = [
    ("title", "[picture: people at a table]", "Learning Disability Partnership Board"),
    ("p", "[picture: calendar]", "Notes of the meeting on Wednesday 12 March 2025. The meeting was at Ashcombe Community Hall from 1pm to 3.30pm."),
    ("h2", None, "Who came:"),
    ("p", "[picture: group of people]",
     "Mark Ellis – co-chair, self-advocate\n"
     "Councillor Janet Price – co-chair, councillor\n"
     "Priya Nair – member, self-advocate\n"
     "Tom Baker – member, self-advocate\n"
     "Sue Hall – member, family carer\n"
     "Ben Osei – supporter for members"),
    ("h2", None, "People who came to talk to us:"),
    ("p", "[picture: speaker]",
     "Karen Bell – council commissioner\n"
     "Dr Anil Shah – doctor, learning disability lead at the NHS\n"
     "Lucy Grant – learning disability nurse at Ashcombe Hospital\n"
     "Gary Hunt – council housing officer\n"
     "Rachel Dunn – writes the notes"),
    ("h2", None, "Sorry, could not come:"),
    ("p", "[picture: empty chair]",
     "Councillor David Marsh – council cabinet member for adults\n"
     "Helen Ford – Healthwatch Ashcombe"),
    ("h1", None, "1. Welcome"),
    ("p", "[picture: waving hand]", "Mark said hello to everyone. Everyone said their name. Janet told us about the ground rules. We listen to each other. One person talks at a time."),
    ("p", "[picture: red card]", "Nobody had anything to say about their own interests. Helen Ford and Councillor Marsh said sorry they could not come."),
    ("h1", None, "2. Notes from last time"),
    ("p", "[picture: paper notes]", "We looked at the notes from the meeting in December. Ben read them out in easy words."),
    ("h2", None, "What we decided:"),
    ("p", "[picture: tick]", "We agreed the notes from the December meeting were right."),
    ("h1", None, "3. Annual health checks"),
    ("p", "[picture: doctor]", "Dr Shah told us about annual health checks. Everyone with a learning disability aged 14 or over can have a health check with their doctor every year. Last year 6 out of 10 people in Ashcombe had one. The NHS wants this to be 8 out of 10."),
    ("p", "[picture: question mark]", "Mark asked why only 6 out of 10 people had their health check last year. Dr Shah said some GP practices did not send easy read letters to invite people. He said some people did not know the check was free."),
    ("p", "[picture: two people]", "Priya wanted to know if she could bring a supporter to her health check. Dr Shah said yes, you can always bring someone you trust with you."),
    ("p", "[picture: sad face]", "Sue said some doctors only talk to the carer and not to the person. Dr Shah said this is not good enough and he will write to all GP practices about it."),
    ("h2", None, "What we decided:"),
    ("p", "[picture: leaflet]", "We agreed to make an easy read leaflet about annual health checks with the NHS."),
    ("p", "[picture: calendar]", "We agreed to ask Dr Shah to come back in September with new numbers."),
    ("h1", None, "4. Changes to day services"),
    ("p", "[picture: day centre]", "Karen from the council told us about day services. The contract for the day centres ends in March 2026. The council has to choose who will run day services after that. This is called commissioning."),
    ("p", "[picture: question mark]", "Tom asked if his day centre at Mill Lane is going to close. Karen told us Mill Lane will stay open until at least March 2026."),
    ("p", "[picture: money]", "Priya wanted to know if a private company will run the day centres in the future. Karen said the council has not decided yet who will run them. She said the council will look at keeping some day centres run by the council."),
    ("p", "[picture: minibus]", "Sue said families are worried about the cost of the minibus to the day centre. Karen said the transport charges will not go up this year."),
    ("p", "[picture: speech bubble]", "Mark asked if people who go to day centres will be asked what they think about the changes. Karen said there will be an easy read survey in May and some meetings at each day centre."),
    ("h2", None, "What we decided:"),
    ("p", "[picture: writing]", "We agreed that board members will help the council write the easy read survey."),
    ("h1", None, "5. Supported living and housing"),
    ("p", "[picture: house]", "Gary from the council housing team told us about flats with support. There are 14 people waiting for a flat with support in Ashcombe."),
    ("p", "[picture: clock]", "Tom asked why it takes so long to move into a flat of your own. Gary said there are not enough flats with support in Ashcombe right now. He said 6 new flats will be built in Eastleigh Road next year."),
    ("p", "[picture: door]", "Priya wanted to know what happens if her landlord says she has to leave. Gary said she should call the council housing team straight away. He said they will help her and she will not be made homeless."),
    ("h2", None, "What we decided:"),
    ("p", "[picture: tick]", "We noted what Gary told us about supported living and housing."),
    ("h1", None, "6. Training for hospital and care staff"),
    ("p", "[picture: nurse]", "Lucy told us about the Oliver McGowan training. This training helps staff understand people with a learning disability and autistic people. The law says health and care staff must have this training."),
    ("p", "[picture: hospital]", "Mark asked if all hospital staff will do the Oliver McGowan training this year. Lucy said 7 out of 10 hospital staff have done the training so far. She said the rest will do it by December."),
    ("p", "[picture: checking]", "Sue asked who checks that the training is making things better for patients. Lucy said the hospital board looks at complaints and feedback every three months."),
    ("p", "[picture: care home]", "Tom said the staff at his care home change all the time and he does not know them. Tom said this makes him feel worried."),
    ("h2", None, "What we decided:"),
    ("p", "[picture: letter]", "We agreed to write to the hospital to say thank you for the training."),
    ("p", "[picture: meeting]", "We agreed to invite care home managers to our next meeting to talk about staff."),
    ("h1", None, "7. Any other news and next meeting"),
    ("p", "[picture: party]", "Priya told us about the Purple Day event at the library on 4 April. Everyone is welcome."),
    ("h2", None, "What we decided:"),
    ("p", "[picture: calendar]", "We agreed the next meeting will be on Wednesday 11 June 2025 at 1pm."),
    ("p", "[picture: clock]", "The meeting finished at 3.25pm."),
]


class EasyPDF(FPDF):
    def header(self):
        self.set_font("dv", "", 10)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"{COUNCIL} – {BOARD} – 12 March 2025", align="L")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 10)
        self.set_text_color(90, 90, 90)
        self.cell(90, 6, "Easy Read notes – co-chairs' initials ..........", align="L")
        self.cell(0, 6, f"Page {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def source_text_pdf():
    return "\n".join(b[2] for b in BLOCKS)


def build_pdf(path):
    pdf = EasyPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 20, 10, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Learning Disability Partnership Board - Easy Read notes - 12 March 2025")
    pdf.set_author(COUNCIL)
    pdf.set_producer("fpdf2")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONTB)
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 15, 15)
    pdf.add_page()
    bottom = pdf.h - 20
    pic_w, pic_h = 40, 30
    tx = 62
    tw = pdf.w - 15 - tx
    for kind, cap, text in BLOCKS:
        if kind == "title":
            pdf.set_font("dv", "B", 24)
            pdf.set_fill_color(230, 230, 230)
            pdf.rect(15, pdf.get_y(), pic_w, pic_h, style="DF")
            pdf.set_font("dv", "", 9)
            pdf.set_xy(16, pdf.get_y() + 11)
            pdf.multi_cell(pic_w - 2, 4, cap, align="C")
            pdf.set_xy(tx, pdf.get_y() - 19)
            pdf.set_font("dv", "B", 24)
            pdf.multi_cell(tw, 11, text, align="L")
            pdf.set_y(max(pdf.get_y(), 25 + pic_h) + 4)
            continue
        if kind in ("h1", "h2"):
            size = 20 if kind == "h1" else 17
            if pdf.get_y() + 14 + pic_h > bottom:
                pdf.add_page()
            pdf.set_font("dv", "B", size)
            pdf.set_x(tx if kind == "h2" else 15)
            if kind == "h1":
                pdf.set_fill_color(215, 215, 215)
                pdf.cell(pdf.w - 30, 11, text, fill=True, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(tw, 10, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            continue
        pdf.set_font("dv", "", 16)
        lines = pdf.multi_cell(tw, 8, text, align="L", dry_run=True, output="LINES")
        h = max(len(lines) * 8 + 6, pic_h)
        if pdf.get_y() + h > bottom:
            pdf.add_page()
        y0 = pdf.get_y()
        pdf.set_fill_color(220, 220, 220)
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(15, y0, pic_w, pic_h, style="DF")
        pdf.set_font("dv", "", 8)
        pdf.set_text_color(60, 60, 60)
        assert pdf.get_string_width(cap) < pic_w - 2, cap
        pdf.set_xy(16, y0 + 0.5)
        pdf.cell(pic_w - 2, 5, cap, align="C")  # caption line sits above the first text line
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("dv", "", 16)
        pdf.set_xy(tx, y0 + 6)
        pdf.multi_cell(tw, 8, text, align="L")
        pdf.set_y(y0 + h + 6)
    pdf.output(path)


def q(item, kind, text, asked_by, answer, given_by, themes):
    return {"item": item, "kind": kind, "text": text, "asked_by": asked_by,
            "answer": answer, "given_by": given_by, "themes": themes}


def r(item, text, outcome, themes):
    return {"item": item, "text": text, "outcome": outcome, "themes": themes}


GOLD_PDF = {
    "document": PDF_NAME,
    "doc_type": "minutes",
    "committee": "Learning Disability Partnership Board",
    "meeting_date": "2025-03-12",
    "items": [
        {"number": "1", "title": "Welcome"},
        {"number": "2", "title": "Notes from last time"},
        {"number": "3", "title": "Annual health checks"},
        {"number": "4", "title": "Changes to day services"},
        {"number": "5", "title": "Supported living and housing"},
        {"number": "6", "title": "Training for hospital and care staff"},
        {"number": "7", "title": "Any other news and next meeting"},
    ],
    "questions": [
        q("3", "question", "Mark asked why only 6 out of 10 people had their health check",
          "Mark", "some GP practices did not send easy read letters to invite people", "Dr Shah",
          ["primary-care", "public-health"]),
        q("3", "question", "Priya wanted to know if she could bring a supporter to her health check",
          "Priya", "yes, you can always bring someone you trust with you", "Dr Shah",
          ["primary-care"]),
        q("3", "concern", "Sue said some doctors only talk to the carer and not to the person",
          "Sue", "this is not good enough and he will write to all GP practices", "Dr Shah",
          ["primary-care"]),
        q("4", "question", "Tom asked if his day centre at Mill Lane is going to close",
          "Tom", "Mill Lane will stay open until at least March 2026", "Karen",
          ["adult-social-care"]),
        q("4", "question", "Priya wanted to know if a private company will run the day centres",
          "Priya", "the council has not decided yet who will run them", "Karen",
          ["privatisation", "subcontracting", "adult-social-care"]),
        q("4", "concern", "families are worried about the cost of the minibus to the day centre",
          "Sue", "Karen said the transport charges will not go up this year", "Karen",
          ["finance", "adult-social-care"]),
        q("4", "question", "will be asked what they think about the changes",
          "Mark", "there will be an easy read survey in May and some meetings", "Karen",
          ["patient-and-public-input", "adult-social-care"]),
        q("5", "question", "Tom asked why it takes so long to move into a flat of your own",
          "Tom", "there are not enough flats with support in Ashcombe right now", "Gary",
          ["housing"]),
        q("5", "question", "Priya wanted to know what happens if her landlord says she has to leave",
          "Priya", "she should call the council housing team straight away", "Gary",
          ["housing"]),
        q("6", "question", "Mark asked if all hospital staff will do the Oliver McGowan training",
          "Mark", "Lucy said 7 out of 10 hospital staff have done the training so far", "Lucy",
          ["workforce"]),
        q("6", "question", "Sue asked who checks that the training is making things better for patients",
          "Sue", "the hospital board looks at complaints and feedback every three months", "Lucy",
          ["workforce", "governance"]),
        q("6", "concern", "the staff at his care home change all the time",
          "Tom", None, None, ["workforce", "adult-social-care"]),
    ],
    "resolutions": [
        r("2", "We agreed the notes from the December meeting were right", "agreed", []),
        r("3", "We agreed to make an easy read leaflet about annual health checks", "agreed",
          ["public-health", "primary-care"]),
        r("3", "We agreed to ask Dr Shah to come back in September", "agreed", []),
        r("4", "board members will help the council write the easy read survey", "agreed",
          ["patient-and-public-input", "adult-social-care"]),
        r("5", "We noted what Gary told us about supported living and housing", "noted",
          ["housing", "adult-social-care"]),
        r("6", "We agreed to write to the hospital to say thank you for the training", "agreed",
          ["workforce"]),
        r("6", "We agreed to invite care home managers to our next meeting to talk about staff",
          "agreed", ["adult-social-care", "workforce"]),
        r("7", "We agreed the next meeting will be on Wednesday 11 June 2025", "agreed", []),
    ],
    "attendees": [
        {"name": "Mark Ellis", "role": "co-chair, self-advocate", "attendance": "present"},
        {"name": "Councillor Janet Price", "role": "co-chair, councillor", "attendance": "present"},
        {"name": "Priya Nair", "role": "member, self-advocate", "attendance": "present"},
        {"name": "Tom Baker", "role": "member, self-advocate", "attendance": "present"},
        {"name": "Sue Hall", "role": "member, family carer", "attendance": "present"},
        {"name": "Ben Osei", "role": "supporter for members", "attendance": "present"},
        {"name": "Karen Bell", "role": "council commissioner", "attendance": "in_attendance"},
        {"name": "Dr Anil Shah", "role": "doctor, learning disability lead at the NHS", "attendance": "in_attendance"},
        {"name": "Lucy Grant", "role": "learning disability nurse at Ashcombe Hospital", "attendance": "in_attendance"},
        {"name": "Gary Hunt", "role": "council housing officer", "attendance": "in_attendance"},
        {"name": "Rachel Dunn", "role": "writes the notes", "attendance": "in_attendance"},
        {"name": "Councillor David Marsh", "role": "council cabinet member for adults", "attendance": "apologies"},
        {"name": "Helen Ford", "role": "Healthwatch Ashcombe", "attendance": "apologies"},
    ],
}

# ---------------------------------------------------------------- document 2
GUIDE = """HOLLINSFORD METROPOLITAN BOROUGH COUNCIL
Democratic and Member Services

MINUTE-TAKING GUIDE FOR COMMITTEE CLERKS
Version 3.2 - issued January 2025 - review date January 2027
Owner: Head of Democratic Services

-----------------------------------------------------------------------

CONTENTS
  1. Why minutes matter
  2. Before the meeting
  3. Recording attendance
  4. Recording discussion
  5. Recording decisions
  6. Style points
  7. After the meeting
  Appendix A - Model wording
  Appendix B - Checklist

-----------------------------------------------------------------------

1. WHY MINUTES MATTER

1.1 Minutes are the formal legal record of what a committee decided. They
are not a transcript. Once confirmed and signed by the Chair they are
evidence of the decisions taken and may be relied on in court, by auditors
and by the Local Government and Social Care Ombudsman.

1.2 Minutes should be accurate, concise and neutral. A reader who was not
at the meeting should understand what was considered, the main points
raised and exactly what was decided.

1.3 Scrutiny minutes carry extra weight because they show how members held
the executive and partners to account. Record the substance of questions
and of the answers given, but not every word.

2. BEFORE THE MEETING

2.1 Prepare a minutes template from the agenda. Put in the item numbers,
titles and the officers' recommendations so that you only need to record
changes on the day.

2.2 Check the membership list, the substitutes notified to you and any
co-opted members (for example the Healthwatch representative on the Adults
Health and Care Scrutiny Panel).

2.3 Minute numbers run on through the municipal year. Do not restart at 1
for each meeting.

3. RECORDING ATTENDANCE

3.1 List members present in alphabetical order with the Chair first. Show
substitutes against the member they replace. Record apologies and, where
no apologies were given, absence.

3.2 List officers by job title, not only by name. Partners (for example
representatives of the ICB or an NHS trust) should be listed with their
organisation.

4. RECORDING DISCUSSION

4.1 Summarise the presentation of a report in one or two sentences. Do not
repeat the content of the report.

4.2 Record questions in reported speech. Name the member who asked and the
officer or Cabinet Member who answered. Example of the preferred form:

    "Councillor X asked whether the new home care contract would pay the
    Real Living Wage; the Director replied that this was a condition of
    the tender."

4.3 Where several members made similar points, group them:

    "Members expressed concern about waiting times for assessments. In
    response, the Assistant Director explained that ..."

4.4 Where an answer could not be given at the meeting, say so and record
the follow-up as an action: "The Head of Service undertook to provide a
written response."

4.5 Do not record the following as discussion: the declaration of
interests (these go under their own item), points of order, or comments
made by the Chair to manage the meeting.

4.6 Avoid opinion words such as "robust", "heated" or "helpful" unless the
committee itself used them in its decision.

5. RECORDING DECISIONS

5.1 Every substantive item must end with a decision, even if it is only to
note the report. Use capitals for RESOLVED and put the decision in bold in
the final version.

5.2 Use one RESOLVED block per item, with numbered clauses where needed:

    "RESOLVED - That (1) the report be noted; and (2) the Panel's comments
    be forwarded to the Cabinet Member."

5.3 Where the committee makes a recommendation to another body, use
RECOMMENDED rather than RESOLVED, and say which body:

    "RECOMMENDED to Cabinet - That the proposed charging policy be
    approved subject to a further consultation with service users."

5.4 Amendments: record the mover and seconder, the wording, and whether it
was carried or lost. Only record a named vote if one was requested.

5.5 The simplest and most common decision is:

    "RESOLVED - That the report be noted."

Use it only where the committee genuinely took no other view.

6. STYLE POINTS

6.1 Use the past tense and the third person throughout.
6.2 Write numbers one to nine in words and 10 and above in figures, except
money, percentages and dates.
6.3 Use "Councillor" in full the first time in each item, then surname.
6.4 Write out an abbreviation the first time it is used in the minutes,
for example Integrated Care Board (ICB), Special Educational Needs and
Disabilities (SEND).
6.5 Do not use bullet points in the final minutes unless the committee
has agreed a list (for example recommendations).

7. AFTER THE MEETING

7.1 Send the draft to the Chair within five working days and publish the
draft within ten working days, marked "DRAFT - subject to confirmation".

7.2 Keep your handwritten notes for six months after the minutes are
confirmed, in line with the retention schedule, then destroy them
securely as confidential waste.

7.3 Corrections agreed at the next meeting are recorded in the next set of
minutes; never alter signed minutes.

-----------------------------------------------------------------------

APPENDIX A - MODEL WORDING (for illustration only; the names are not real)

  Apologies:    "Apologies for absence were received from Councillor Y."
  Substitute:   "Councillor Z attended as substitute for Councillor Y."
  Interests:    "Councillor W declared a non-registrable interest in
                 item 6 as her mother receives home care."
  Question:     "Councillor X asked whether the closure of the day centre
                 had been subject to an equality impact assessment; the
                 Director replied that it had and that it was published."
  Concern:      "Concern was expressed about the level of agency staff in
                 children's social care."
  Request:      "The Panel requested a further report on the outcome of
                 the procurement in six months."
  Decision:     "RESOLVED - That the update on the Better Care Fund
                 plan be noted."
  Agreement:    "The Committee AGREED to establish a task group on
                 temporary accommodation."
  Motion lost:  "On being put to the vote the amendment was declared LOST."

APPENDIX B - CHECKLIST

  [ ] Attendance complete, including officers and partners
  [ ] Every item has a decision
  [ ] Every action has an owner and a date
  [ ] Abbreviations spelt out
  [ ] Draft sent to Chair within five working days
  [ ] Draft published within ten working days

Democratic Services, Hollinsford Town Hall, Market Street, Hollinsford HF1 2AA
Page 1 of 1
"""

GOLD_TXT = {"document": TXT_NAME, "doc_type": "other", "themes": ["governance"]}


# ---------------------------------------------------------------- build / check
def norm(s):
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def count(hay, needle):
    n = norm(needle)
    return len(re.findall(r"(?<!\w)" + re.escape(n) + r"(?!\w)", hay))


def phrases(gold):
    out = []
    for qq in gold.get("questions", []):
        out.append(("question", qq["text"]))
        if qq.get("answer"):
            out.append(("answer", qq["answer"]))
    for rr in gold.get("resolutions", []):
        out.append(("resolution", rr["text"]))
    return out


def check():
    import pdfplumber
    ok = True
    pairs = [
        (GOLD_PDF, [source_text_pdf(),
                    "\n".join(p.extract_text() or "" for p in pdfplumber.open(os.path.join(DOCS, PDF_NAME)).pages)]),
        (GOLD_TXT, [GUIDE]),
    ]
    for gold, texts in pairs:
        for label, ph in phrases(gold):
            nw = len(norm(ph).split())
            if not 6 <= nw <= 15:
                print(f"FAIL length {nw}: {label}: {ph}"); ok = False
            for i, t in enumerate(texts):
                c = count(norm(t), ph)
                if c != 1:
                    print(f"FAIL {gold['document']} text#{i} count={c}: {label}: {ph}"); ok = False
        gpath = os.path.join(GOLD, os.path.splitext(gold["document"])[0] + ".json")
        with open(gpath) as f:
            if json.load(f) != gold:
                print("FAIL gold file out of date:", gpath); ok = False
    with open(os.path.join(DOCS, TXT_NAME), encoding="utf-8") as f:
        if f.read() != GUIDE:
            print("FAIL txt out of date"); ok = False
    g = GOLD_PDF
    print(f"{PDF_NAME}: items={len(g['items'])} questions={len(g['questions'])} "
          f"resolutions={len(g['resolutions'])} attendees={len(g['attendees'])}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def build():
    os.makedirs(DOCS, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    with open(os.path.join(DOCS, TXT_NAME), "w", encoding="utf-8", newline="\n") as f:
        f.write(GUIDE)
    for gold in (GOLD_PDF, GOLD_TXT):
        with open(os.path.join(GOLD, os.path.splitext(gold["document"])[0] + ".json"), "w") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    build()
    print("built")
