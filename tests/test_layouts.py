"""Layouts seen in other councils' minutes: minutes laid out in a Word table, a ruled
attendance grid in a PDF, numbered paragraphs ("5.1"), and a list of answers that each name
their question."""
from __future__ import annotations

import sqlite_utils


def _ingest(tmp_path, ingest, path) -> sqlite_utils.Database:
    db_path = tmp_path / "minutes.db"
    result = ingest(db_path, path)
    assert result.exit_code == 0, result.output
    return sqlite_utils.Database(db_path)


def test_minutes_laid_out_in_a_word_table(tmp_path, ingest):
    import docx

    document = docx.Document()
    document.add_paragraph("Minutes of the meeting of the Overview and Scrutiny Committee held on 23 September 2025")
    document.add_paragraph("Present: Cllrs T Daly, A Pemberton (Chair) and S Venn")
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Minute No.", "Item", "Discussion and decision"]):
        cell.text = text
    rows = [
        ("OS.31", "Apologies", ["Apologies were received from Cllr F Grange."]),
        ("OS.32", "Housing Allocations Policy", [
            "The Head of Housing presented the draft policy.",
            "Cllr Daly asked whether applicants would be consulted on the new bands. The Head of Housing responded that a six-week consultation would begin in October.",
            "RECOMMENDED to Cabinet: that the draft policy be approved for consultation.",
        ]),
    ]
    for number, title, paragraphs in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = number, title
        cells[2].text = paragraphs[0]
        for text in paragraphs[1:]:
            cells[2].add_paragraph(text)
    path = tmp_path / "table-minutes.docx"
    document.save(path)
    db = _ingest(tmp_path, ingest, path)
    items = [(r["number"], r["title"]) for r in db.query("select number, title from items order by position")]
    assert items == [("OS.31", "Apologies"), ("OS.32", "Housing Allocations Policy")]
    [qa] = list(db.query("select question, response from question_answers"))
    assert qa["question"].startswith("Cllr Daly asked whether applicants")
    assert "six-week consultation" in qa["response"]
    [resolution] = list(db.query("select outcome from resolutions"))
    assert resolution["outcome"] == "recommended"


def test_ruled_attendance_grid_in_a_pdf(tmp_path, ingest):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "MINUTES of the meeting of the Joint Health Scrutiny Committee held on 12 March 2025")
    pdf.ln(4)
    with pdf.table() as grid:
        for row in [("Name", "Authority", "Role", "Attendance"),
                    ("Councillor Bernadette Quayle", "Ridgeford MBC", "Chair", "Present"),
                    ("Councillor Imran Chaudry", "Oxley MBC", "Vice-Chair", "Present"),
                    ("Councillor Nadia Osei", "Ridgeford MBC", "Member", "Apologies")]:
            cells = grid.row()
            for text in row:
                cells.cell(text)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "1. MINUTES\n\nResolved - That the minutes of the meeting held on 15 January 2025 be approved.")
    path = tmp_path / "grid.pdf"
    pdf.output(str(path))
    db = _ingest(tmp_path, ingest, path)
    people = {r["name"]: (r["role"], r["attendance"]) for r in db.query("select * from attendees")}
    assert people["Councillor Bernadette Quayle"] == ("Chair", "present")
    assert people["Councillor Imran Chaudry"] == ("Vice-Chair", "present")
    assert people["Councillor Nadia Osei"] == ("Member", "apologies")
    assert "Name" not in people


NUMBERED_PARAGRAPHS = """Minutes of the meeting of the Health Scrutiny Committee held on 12 March 2025

Present: Councillor A Smith (Chair), Councillor B Jones

5. NHS DENTAL SERVICES

5.1 The Head of Dental Commissioning presented a report on access to NHS dentistry.

5.2 Councillor Jones asked how many practices were accepting new adult patients. The Head of Dental Commissioning advised that four of the 61 practices were.

5.3 Resolved - That the Committee (a) notes the current position; and (b) requests a further update in September 2025.

6. WINTER PRESSURES

6.1 In response to questions from Members, officers explained that:

- in relation to the capacity of the virtual ward, 120 virtual beds were available;
- on whether the vaccination programme was on track, uptake stood at 71 per cent.
"""


def test_numbered_paragraphs_and_a_list_of_answers(tmp_path, ingest):
    path = tmp_path / "numbered.txt"
    path.write_text(NUMBERED_PARAGRAPHS, encoding="utf-8")
    db = _ingest(tmp_path, ingest, path)
    assert [r["number"] for r in db.query("select number from items order by position")] == ["5", "6"]
    [resolution] = list(db.query("select text, outcome from resolutions"))
    assert resolution["text"].startswith("Resolved - That the Committee (a) notes")
    assert resolution["outcome"] == "agreed"  # it notes, and asks for more
    rows = list(db.query("select question, response from question_answers order by question_id"))
    assert rows[0]["question"].startswith("Councillor Jones asked how many practices")
    assert "four of the 61" in rows[0]["response"]
    assert [(r["question"], r["response"]) for r in rows[1:]] == [
        ("in relation to the capacity of the virtual ward", "120 virtual beds were available;"),
        ("on whether the vaccination programme was on track", "uptake stood at 71 per cent."),
    ]


ANSWERS_AFTER_POINTS = """Minutes of the meeting of the Health Overview and Scrutiny Committee held on 12 March 2025

Present: Councillor A Smith (Chairman), Councillor B Jones

27. URGENT AND EMERGENCY CARE (Agenda Item 5)

(1) In discussion, Members:

- asked why ambulance handover delays at the General Hospital remained long;
- raised concerns about journeys of over an hour to reach an urgent treatment centre;
- asked whether the virtual ward programme had been evaluated.

(2) In response, officers:

- explained that handover delays reflected a shortage of cubicle space at the hospital;
- explained that an independent evaluation of virtual wards would report in June.

(3) AGREED: that the report be noted.
"""


def test_answers_listed_after_the_points_are_matched_to_them(tmp_path, ingest):
    path = tmp_path / "answers.txt"
    path.write_text(ANSWERS_AFTER_POINTS, encoding="utf-8")
    db = _ingest(tmp_path, ingest, path)
    rows = {r["question"][:30]: r["response"] for r in db.query("select question, response from question_answers")}
    assert "cubicle space" in rows["asked why ambulance handover d"]
    assert rows["raised concerns about journeys"] is None  # nobody answered this one
    assert "virtual wards" in rows["asked whether the virtual ward"]
    [resolution] = list(db.query("select outcome from resolutions"))
    assert resolution["outcome"] == "noted"  # "AGREED:" says a decision was taken, not what


def test_two_attendance_lists_side_by_side_in_a_pdf(tmp_path, ingest):
    """Members on the left, officers on the right, no ruling: one list, then the other."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "MINUTES of a meeting of the Health Overview and Scrutiny Committee held on 12 March 2025")
    members = ["Members present:", "Councillor Pamela Ashworth (Chairman)", "Councillor David Fenwick",
               "Councillor Kwame Asante", "Councillor Janet Harrow"]
    officers = ["Officers in attendance:", "Dr Anita Marwood, Director of Public Health",
                "Kevin Ashdown, Chief Operating Officer,", "Oakridge Integrated Care Board",
                "Rachel Dunmore, Democratic Services Officer"]
    y = pdf.get_y() + 4
    for n, (left, right) in enumerate(zip(members, officers)):
        pdf.set_xy(15, y + n * 6)
        pdf.cell(90, 6, left)
        pdf.set_xy(110, y + n * 6)
        pdf.cell(90, 6, right)
    pdf.set_xy(15, y + 40)
    pdf.multi_cell(0, 6, "1. MINUTES\n\nRESOLVED - That the minutes of the meeting held on 15 January 2025 be approved.")
    path = tmp_path / "side-by-side.pdf"
    pdf.output(str(path))
    db = _ingest(tmp_path, ingest, path)
    people = {r["name"]: (r["role"], r["attendance"]) for r in db.query("select * from attendees")}
    assert people["Councillor Pamela Ashworth"] == ("Chairman", "present")
    assert people["Councillor Janet Harrow"][1] == "present"
    assert people["Dr Anita Marwood"] == ("Director of Public Health", "in_attendance")
    assert people["Kevin Ashdown"] == ("Chief Operating Officer, Oakridge Integrated Care Board", "in_attendance")
    assert people["Rachel Dunmore"] == ("Democratic Services Officer", "in_attendance")
