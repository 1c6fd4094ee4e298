"""ModernGov web pages beyond the meeting page: a single agenda item (mgAi.aspx) and an issue
history (ieIssueDetails.aspx: one subject taken at several meetings)."""
from __future__ import annotations


import pytest
import sqlite_utils

ISSUE = "ieIssueDetails-care-home-commissioning.html"
ITEM = "mgAi-public-health-grant.html"


@pytest.fixture(scope="module")
def pages_db(tmp_path_factory, fixtures_dir, ingest) -> sqlite_utils.Database:
    work = tmp_path_factory.mktemp("pages")
    db_path = work / "minutes.db"
    result = ingest(db_path, fixtures_dir / "moderngov-html")
    assert result.exit_code == 0, result.output
    return sqlite_utils.Database(db_path)


def test_issue_history_is_one_document_per_meeting(pages_db):
    db = pages_db
    [issue] = list(db.query("select * from documents where filename = ? and part_of is null", [ISSUE]))
    assert issue["doc_type"] == "issue"
    assert "Care Home Commissioning Strategy" in issue["title"]
    meetings = list(db.query(
        "select * from documents where part_of = ? order by meeting_date", [issue["id"]]))
    assert [(m["meeting_date"], m["committee"], m["doc_type"]) for m in meetings] == [
        ("2025-11-18", "Adult Social Care Scrutiny Committee", "minutes"),
        ("2026-02-17", "Adult Social Care Scrutiny Committee", "minutes"),
        ("2026-03-12", "Cabinet", "minutes"),
    ]
    items = {m["meeting_date"]: list(db.query("select number, title from items where document_id = ?", [m["id"]]))
             for m in meetings}
    assert items["2026-03-12"] == [{"number": "9", "title": "Care Home Commissioning Strategy 2026-2031"}]
    assert items["2025-11-18"][0]["number"] == "7"
    # Each meeting's own points and decisions, nothing shared or repeated.
    scrutiny = meetings[1]["id"]
    kinds = [r["kind"] for r in db.query("select kind from questions where document_id = ? order by position", [scrutiny])]
    assert kinds == ["concern", "question"]
    answer = next(db.query(
        "select response from question_answers where document_id = ? and kind = 'question'", [scrutiny]))
    assert "options appraisal" in answer["response"]
    assert db["questions"].count_where("document_id = ?", [issue["id"]]) == 0


def test_decision_repeated_under_minutes_is_counted_once(pages_db):
    db = pages_db
    cabinet = next(db.query("select id from documents where committee = 'Cabinet'"))
    rows = list(db.query("select outcome, text from resolutions where document_id = ?", [cabinet["id"]]))
    assert len(rows) == 1
    assert rows[0]["outcome"] == "agreed"


def test_decision_without_minutes_is_a_resolution(tmp_path, fixtures_dir, ingest):
    page = (fixtures_dir / "moderngov-html" / ISSUE).read_text("utf-8")
    # Drop the Cabinet minute, keeping its "Decision:" block only.
    start = page.index('<p class="mgSubItemTitleTxt">Minutes:</p>')
    end = page.index("</div>", page.index("RESOLVED that the Care Home Commissioning Strategy 2026-2031 be approved.</p>"))
    (tmp_path / ISSUE).write_text(page[:start] + page[end + len("</div>"):], "utf-8")
    db_path = tmp_path / "minutes.db"
    assert ingest(db_path, tmp_path / ISSUE).exit_code == 0
    db = sqlite_utils.Database(db_path)
    cabinet = next(db.query("select id from documents where committee = 'Cabinet'"))
    [row] = list(db.query("select outcome, text from resolutions where document_id = ?", [cabinet["id"]]))
    assert "authority be delegated" in row["text"]
    assert row["outcome"] == "agreed"
    assert db["questions"].count_where("document_id = ?", [cabinet["id"]]) == 0


def test_agenda_item_page_names_its_meeting(pages_db):
    db = pages_db
    [doc] = list(db.query("select * from documents where filename = ?", [ITEM]))
    assert (doc["doc_type"], doc["committee"], doc["meeting_date"]) == ("minutes", "Health Scrutiny Panel", "2026-03-04")
    [item] = list(db.query("select * from items where document_id = ?", [doc["id"]]))
    assert (item["number"], item["title"]) == ("5", "Public Health Grant 2026/27")
    # The agenda text before "Minutes:" and the supporting documents after it are not minutes.
    assert "To consider the report" not in item["text"]
    assert "PDF 210 KB" not in item["text"]
    questions = list(db.query("select kind, text from questions where document_id = ?", [doc["id"]]))
    assert [q["kind"] for q in questions] == ["question", "concern"]
    [resolution] = list(db.query("select outcome from resolutions where document_id = ?", [doc["id"]]))
    # It notes the grant and asks for a report: more than noting.
    assert resolution["outcome"] == "agreed"
