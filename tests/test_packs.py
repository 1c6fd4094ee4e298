"""Agenda packs: the minutes of the previous meeting printed inside a meeting's pack are
stored as a document of their own, with their own date and the pack's page numbers."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlite_utils

from minutes.extract import extract
from minutes.parse.parts import find_minutes

PACK = "Agenda pack 30th-Jan-2025 10.00 Cabinet.pdf"


@pytest.fixture(scope="module")
def pack_db(tmp_path_factory, fixtures_dir, ingest):
    work = tmp_path_factory.mktemp("pack")
    shutil.copy(fixtures_dir / "packs" / PACK, work / PACK)
    db_path = work / "minutes.db"
    result = ingest(db_path, work / PACK)
    assert result.exit_code == 0, result.output
    assert "with the minutes of 2025-01-09 inside" in result.stdout
    return sqlite_utils.Database(db_path), work


def test_pack_and_its_minutes_are_two_documents(pack_db):
    db, _ = pack_db
    pack, minutes = list(db.query("select * from documents order by part_of is not null"))
    assert (pack["doc_type"], pack["meeting_date"], pack["part_of"]) == ("agenda", "2025-01-30", None)
    assert minutes["doc_type"] == "minutes"
    assert minutes["meeting_date"] == "2025-01-09"
    assert minutes["committee"] == "Cabinet"
    assert minutes["part_of"] == pack["id"]
    # Front sheet on pages 1-2, the minutes on 3-11, then the report.
    assert (minutes["first_page"], minutes["last_page"]) == (3, 11)
    assert minutes["filename"] == pack["filename"] == PACK
    assert "Commissioning Plan" not in minutes["text"]
    assert "MINUTES of a meeting of the Cabinet" in minutes["text"]
    # The pack itself keeps all its text for search, and invents nothing.
    assert "MINUTES of a meeting of the Cabinet" in pack["text"]
    for table in ("items", "questions", "resolutions"):
        assert db[table].count_where("document_id = ?", [pack["id"]]) == 0


def test_rows_of_the_minutes_point_at_pack_pages(pack_db):
    db, _ = pack_db
    minutes = next(db.query("select * from documents where part_of is not null"))
    items = list(db.query("select number, title, page from items where document_id = ? order by position", [minutes["id"]]))
    assert items[0]["number"] and "Apologies" in items[0]["title"]
    assert all(3 <= i["page"] <= 11 for i in items)
    pages = [r["page"] for r in db.query("select page from questions where document_id = ?", [minutes["id"]])]
    assert pages and all(3 <= p <= 11 for p in pages)
    resolutions = db["resolutions"].count_where("document_id = ?", [minutes["id"]])
    assert resolutions >= 4
    people = [r["name"] for r in db.query("select name from attendees where document_id = ?", [minutes["id"]])]
    assert "Mr R W Gough" in people


def test_reingesting_a_pack_replaces_both(pack_db, ingest):
    db, work = pack_db
    before = db["questions"].count
    result = ingest(work / "minutes.db", work / PACK, extra=["--force"])
    assert result.exit_code == 0, result.output
    assert db["documents"].count == 2
    assert db["questions"].count == before


def test_front_sheet_listing_the_minutes_is_not_a_pack(kent_dir):
    """A front sheet names "Minutes of the Meeting held on ..." as an item: no minutes there."""
    sheet = kent_dir / "cabinet-2025-01-30" / "originals" / "Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf"
    assert find_minutes(extract(sheet).blocks) == []


def test_minutes_file_is_not_a_pack(kent_dir):
    minutes = kent_dir / "cabinet-2025-01-30" / "originals" / "Minutes of the meeting held on 9th January 2025.pdf"
    assert find_minutes(extract(minutes).blocks) == []


def test_pack_minutes_in_question_answers_view(pack_db):
    db, _ = pack_db
    rows = list(db.query("select meeting_date, filename from question_answers"))
    assert rows and {r["meeting_date"] for r in rows} == {"2025-01-09"}
    themes = json.loads(next(db.query("select themes from documents where part_of is not null"))["themes"])
    assert "finance" in themes


def test_minutes_reprinted_in_a_pack_are_marked_as_a_repeat(tmp_path, fixtures_dir, kent_dir, ingest):
    """The minutes of 9 January appear as a file of their own and again inside the next
    pack: both are stored, and the copy in the pack points at the file so counts can skip it."""
    minutes = kent_dir / "cabinet-2025-01-30" / "originals" / "Minutes of the meeting held on 9th January 2025.pdf"
    db_path = tmp_path / "minutes.db"
    assert ingest(db_path, fixtures_dir / "packs" / PACK).exit_code == 0
    assert ingest(db_path, minutes).exit_code == 0
    db = sqlite_utils.Database(db_path)
    rows = {r["filename"]: r for r in db.query(
        "select filename, id, duplicate_of from documents where doc_type = 'minutes'")}
    assert rows[minutes.name]["duplicate_of"] is None
    assert rows[PACK]["duplicate_of"] == rows[minutes.name]["id"]
    total = db["questions"].count
    kept = next(db.query("select count(*) as n from question_answers where duplicate_of is null"))["n"]
    assert 0 < kept < total
    assert kept == db["questions"].count_where("document_id = ?", [rows[minutes.name]["id"]])


def test_same_committee_and_day_in_other_councils_is_not_a_repeat(tmp_path, ingest):
    """Many councils have a "Health Scrutiny Committee" meeting on the same day. Minutes
    naming two councils, or naming none and worded differently, are separate meetings."""
    documents = Path(__file__).parent / "other-councils" / "documents"
    pairs = [
        # Wexcombeshire County Council and Kingsmere Council, both on 14 October 2025.
        ("ar-wexcombeshire-health-scrutiny-2025-10-14.pdf", "ba-kingsmere-health-scrutiny-committee-2025-10-14.pdf"),
        # Neither names its council; they share a committee name, a date and some item titles.
        ("bm-halmshire-adult-social-care-health-scrutiny-2025-03-11.html", "cm-harrowfield-asc-health-scrutiny-2025-03-11.html"),
    ]
    db_path = tmp_path / "minutes.db"
    for first, second in pairs:
        assert ingest(db_path, documents / first, documents / second).exit_code == 0
    db = sqlite_utils.Database(db_path)
    rows = list(db.query("select filename, committee, meeting_date, duplicate_of from documents"))
    assert len(rows) == 4
    assert len({(r["committee"], r["meeting_date"]) for r in rows}) == 2
    assert [r["filename"] for r in rows if r["duplicate_of"]] == []


def test_one_council_spelled_two_ways_is_one_meeting(tmp_path):
    from minutes.store import ensure_db_shape, mark_duplicate_minutes

    db = sqlite_utils.Database(tmp_path / "minutes.db")
    ensure_db_shape(db)
    text = " ".join(f"word{i}" for i in range(200))
    db["documents"].insert_all([
        {"id": "a", "doc_type": "minutes", "council": "London Borough of Hounslow", "committee": "Health Scrutiny Panel",
         "meeting_date": "2025-03-03", "text": text, "ingested_at": "1"},
        {"id": "b", "doc_type": "minutes", "council": "Hounslow Council", "committee": "Health Scrutiny Panel",
         "meeting_date": "2025-03-03", "text": text, "ingested_at": "2"},
    ])
    assert mark_duplicate_minutes(db) == 1
    assert db["documents"].get("b")["duplicate_of"] == "a"
