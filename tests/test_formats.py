"""Word, web-page and ModernGov XML minutes read into items, points, answers, resolutions
and attendees. The DOCX and HTML files are built at test time (see conftest.py)."""
from __future__ import annotations

import pytest
import sqlite_utils


def _ingest_one(ingest, tmp_path, path) -> tuple[sqlite_utils.Database, dict]:
    db_path = tmp_path / "formats.db"
    result = ingest(db_path, path)
    assert result.exit_code == 0, result.output
    assert "1 stored" in result.output
    db = sqlite_utils.Database(db_path)
    docs = list(db["documents"].rows)
    assert len(docs) == 1
    return db, docs[0]


def _items(db, doc) -> list[dict]:
    return list(db.query("select * from items where document_id = ? order by position", [doc["id"]]))


def _questions(db, item_id) -> list[dict]:
    return list(db.query(
        """select questions.*, responses.text as response, responses.given_by from questions
        left join responses on responses.question_id = questions.id
        where questions.item_id = ? order by questions.position""",
        [item_id],
    ))


def _resolutions(db, item_id) -> list[dict]:
    return list(db.query("select * from resolutions where item_id = ? order by position", [item_id]))


def _people(db, doc) -> dict[str, dict]:
    return {r["name"]: r for r in db.query("select * from attendees where document_id = ?", [doc["id"]])}


# --- Word ---------------------------------------------------------------------------------------

@pytest.fixture
def docx_db(ingest, tmp_path, docx_minutes):
    return _ingest_one(ingest, tmp_path, docx_minutes)


def test_docx_meeting_details(docx_db):
    _, doc = docx_db
    assert doc["format"] == "docx"
    assert doc["doc_type"] == "minutes"
    assert doc["committee"] == "Health Scrutiny Committee"
    assert doc["meeting_date"] == "2025-02-11"


def test_docx_items_from_heading_1_with_typed_numbers(docx_db):
    db, doc = docx_db
    assert [(i["number"], i["title"]) for i in _items(db, doc)] == [
        ("1", "Apologies for Absence"),
        ("4", "Access to GP Services"),
        ("5", "Care Home Fees"),
    ]


def test_docx_numbered_list_stays_in_the_item_text(docx_db):
    db, doc = docx_db
    item = _items(db, doc)[1]
    assert "Telephone queues at eight practices" in item["text"]
    assert "Two new pharmacies" in item["text"]
    # A "List Number" paragraph is neither an item nor a point raised.
    assert not any("pharmacies" in q["text"] for q in _questions(db, item["id"]))


def test_docx_points_with_and_without_answers(docx_db):
    db, doc = docx_db
    item = _items(db, doc)[1]
    questions = _questions(db, item["id"])
    assert len(questions) == 2
    answered, unanswered = questions
    assert answered["text"] == "Members asked how many practices still required patients to telephone at 8am."
    assert answered["kind"] == "question"
    assert answered["response"] == (
        "In response, the Director explained that 19 of the 31 practices had moved to online booking."
    )
    assert unanswered["text"].startswith("Concerns were expressed about the shortage of GPs")
    assert unanswered["kind"] == "concern"
    assert unanswered["response"] is None


def test_docx_resolutions(docx_db):
    db, doc = docx_db
    _, gp, fees = _items(db, doc)
    [noted] = _resolutions(db, gp["id"])
    assert noted["text"] == "RESOLVED – That the report be noted."
    assert noted["outcome"] == "noted"
    [approved] = _resolutions(db, fees["id"])
    assert approved["outcome"] == "agreed"


def test_docx_attendance_table_rows(docx_db):
    db, doc = docx_db
    people = _people(db, doc)
    assert people["Councillor Priya Raman"]["role"] == "Chair"
    assert people["Councillor Priya Raman"]["attendance"] == "present"
    assert people["Councillor Daniel Okafor"]["role"] == "Vice-Chair"
    assert people["Councillor Hannah Greaves"]["attendance"] == "apologies"
    assert people["Dr Sam Ellison"]["attendance"] == "in_attendance"
    assert people["Dr Sam Ellison"]["role"] == "Director of Public Health"


def test_docx_table_header_row_is_not_a_person(docx_db):
    db, doc = docx_db
    people = _people(db, doc)
    assert "Name" not in people
    assert len(people) == 4


# --- HTML -----------------------------------------------------------------------------------------

@pytest.fixture
def html_db(ingest, tmp_path, html_minutes):
    return _ingest_one(ingest, tmp_path, html_minutes)


def test_html_meeting_details(html_db):
    _, doc = html_db
    assert doc["format"] == "html"
    assert doc["doc_type"] == "minutes"
    assert doc["meeting_date"] == "2025-03-06"


def test_html_committee_is_read_without_the_date(html_db):
    # <h1>Adult Social Care Scrutiny Committee, Thursday 6 March 2025</h1>
    _, doc = html_db
    assert doc["committee"] == "Adult Social Care Scrutiny Committee"


def test_html_items_from_numbered_h2(html_db):
    db, doc = html_db
    items = _items(db, doc)
    assert [(i["number"], i["title"]) for i in items] == [("4", "Home Care Reablement Service"), ("5", "Work Programme")]
    # The minute is what follows "Minutes:".
    assert items[0]["text"].startswith("The Cabinet Member for Adult Social Care introduced a report")
    assert "Minutes:" not in items[0]["text"]


def test_html_points_with_and_without_answers(html_db):
    db, doc = html_db
    questions = _questions(db, _items(db, doc)[0]["id"])
    assert len(questions) == 2
    answered, unanswered = questions
    assert answered["text"].startswith("Members asked whether the 64 staff")
    assert answered["kind"] == "question"
    assert answered["response"] == (
        "In response it was stated that the TUPE regulations would apply and that pensions would be protected."
    )
    assert unanswered["text"].startswith("Concerns were raised about the lack of consultation")
    assert unanswered["kind"] == "concern"
    assert unanswered["response"] is None


def test_html_resolutions(html_db):
    db, doc = html_db
    first, second = _items(db, doc)
    [noted] = _resolutions(db, first["id"])
    assert noted["text"] == "RESOLVED: that the update be noted."
    assert noted["outcome"] == "noted"
    [agreed] = _resolutions(db, second["id"])
    assert agreed["outcome"] == "agreed"


def test_html_present_list(html_db):
    db, doc = html_db
    people = _people(db, doc)
    assert set(people) == {"Councillor A Smith", "Councillor B Jones", "Councillor C Patel"}
    assert people["Councillor A Smith"]["role"] == "Chair"
    assert all(p["attendance"] == "present" for p in people.values())


# --- ModernGov XML ------------------------------------------------------------------------------------

@pytest.fixture
def moderngov_run(ingest, tmp_path, moderngov_dir):
    db_path = tmp_path / "moderngov.db"
    result = ingest(db_path, moderngov_dir)
    return result, sqlite_utils.Database(db_path)


def test_moderngov_lists_are_skipped_not_errors(moderngov_run):
    result, db = moderngov_run
    assert result.exit_code == 0, result.output
    assert "1 stored, 0 unchanged, 2 skipped, 0 failed" in result.output
    assert "meetings.xml: skipped" in result.output
    assert "committees.xml: skipped" in result.output
    assert result.stderr == ""
    assert db["ingest_errors"].count == 0
    assert [d["filename"] for d in db["documents"].rows] == ["meeting_with_minutes.xml"]


def test_moderngov_meeting(moderngov_run):
    _, db = moderngov_run
    [doc] = list(db["documents"].rows)
    assert doc["format"] == "xml"
    assert doc["doc_type"] == "minutes"
    assert doc["committee"] == "Audit Committee"
    assert doc["meeting_date"] == "2026-02-10"


def test_moderngov_items_and_resolution(moderngov_run):
    _, db = moderngov_run
    [doc] = list(db["documents"].rows)
    items = _items(db, doc)
    assert [(i["number"], i["title"]) for i in items] == [("1", "Minutes"), ("9", "Work Programme")]
    [resolution] = _resolutions(db, items[0]["id"])
    assert "25 November 2025 as a correct record" in resolution["text"]
    assert resolution["outcome"] == "agreed"


def test_moderngov_attendees(moderngov_run):
    _, db = moderngov_run
    [doc] = list(db["documents"].rows)
    people = _people(db, doc)
    assert people["Councillor Basil Curley"]["role"] == "Committee Member"
    assert people["Councillor Basil Curley"]["attendance"] == "present"
    assert people["Councillor Basil Curley"]["party"] == "LAB"


def test_moderngov_meeting_alone_still_finds_its_committee(ingest, tmp_path, moderngov_dir):
    # Without meetings.xml beside it, the committee comes from the meeting's own items.
    db, doc = _ingest_one(ingest, tmp_path, moderngov_dir / "meeting_with_minutes.xml")
    assert doc["committee"] == "Audit Committee"


def test_moderngov_committee_title_from_get_committees(ingest, tmp_path, moderngov_dir):
    """GetMeetings says which committee met; GetCommittees gives that committee's title."""
    import shutil

    for name in ("meeting_with_minutes.xml", "meetings.xml"):
        shutil.copy(moderngov_dir / name, tmp_path / name)
    committees = (moderngov_dir / "committees.xml").read_text("utf-8")
    renamed = committees.replace("<committeetitle>Audit Committee</committeetitle>",
                                 "<committeetitle>Audit and Governance Committee</committeetitle>")
    assert renamed != committees
    (tmp_path / "committees.xml").write_text(renamed, "utf-8")
    db_path = tmp_path / "minutes.db"
    result = ingest(db_path, tmp_path)
    assert result.exit_code == 0, result.output
    [doc] = list(sqlite_utils.Database(db_path)["documents"].rows)
    assert doc["committee"] == "Audit and Governance Committee"


def test_word_numbering_that_starts_part_way(tmp_path, ingest):
    """Minute numbers carry on from the last meeting: a Word list that starts at 41."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("Minutes of the meeting of the Adult Social Care Scrutiny Committee held on 5 March 2025")
    document.add_paragraph("Present: Councillor A Smith (Chair), Councillor B Jones")
    titles = ["Apologies", "Care at Home Recommissioning", "Work Programme"]
    num_id = document.styles["List Number"].element.pPr.numPr.numId.val
    for title in titles:
        heading = document.add_heading(title, level=2)
        num_pr = heading._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id
        document.add_paragraph("RESOLVED – That the report be noted.")
    numbering = document.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id)
    abstract.find(qn("w:lvl")).find(qn("w:start")).set(qn("w:val"), "41")
    path = tmp_path / "numbered.docx"
    document.save(path)
    db, doc = _ingest_one(ingest, tmp_path, path)
    assert [(i["number"], i["title"]) for i in _items(db, doc)] == list(zip(["41", "42", "43"], titles))
