"""Running ingest again: unchanged files are skipped, a changed file replaces its old rows,
--force reads everything again."""
from __future__ import annotations

import shutil

import sqlite_utils

SEED = "003_1e58601baf7bf376.txt"
TABLES = ("documents", "items", "questions", "responses", "resolutions", "attendees", "theme_tags", "themes")


def _snapshot(db: sqlite_utils.Database) -> dict[str, list]:
    return {t: sorted(r["id"] if "id" in r else r["slug"] for r in db[t].rows) for t in TABLES}


def _assert_no_orphans(db: sqlite_utils.Database) -> None:
    checks = {
        "items": "select count(*) from items where document_id not in (select id from documents)",
        "questions": "select count(*) from questions where item_id not in (select id from items) "
        "or document_id not in (select id from documents)",
        "responses": "select count(*) from responses where question_id not in (select id from questions)",
        "resolutions": "select count(*) from resolutions where item_id not in (select id from items)",
        "attendees": "select count(*) from attendees where document_id not in (select id from documents)",
        "theme_tags": "select count(*) from theme_tags where document_id not in (select id from documents)",
    }
    for table, sql in checks.items():
        assert db.execute(sql).fetchone()[0] == 0, f"orphan rows in {table}"
    # The full-text indexes follow their tables.
    for table in ("documents", "items", "questions", "responses", "resolutions"):
        assert db[f"{table}_fts"].count == db[table].count, table


def test_second_run_stores_nothing_new(tmp_path, seeds_dir, ingest):
    db_path = tmp_path / "minutes.db"
    first = ingest(db_path, seeds_dir)
    assert first.exit_code == 0
    assert "5 stored, 0 unchanged" in first.output
    db = sqlite_utils.Database(db_path)
    before = _snapshot(db)
    ingested_at = {r["id"]: r["ingested_at"] for r in db["documents"].rows}

    second = ingest(db_path, seeds_dir)
    assert second.exit_code == 0
    assert "0 stored, 5 unchanged, 0 skipped, 0 failed" in second.output
    assert _snapshot(db) == before
    # Nothing was rewritten.
    assert {r["id"]: r["ingested_at"] for r in db["documents"].rows} == ingested_at
    _assert_no_orphans(db)


def test_identical_copies_are_unchanged_on_the_second_run(tmp_path, seeds_dir, ingest):
    """Councils republish minutes in the next meeting's pack: the same bytes under two names."""
    folder = tmp_path / "packs"
    folder.mkdir()
    shutil.copy(seeds_dir / SEED, folder / "a.txt")
    shutil.copy(seeds_dir / SEED, folder / "b.txt")
    db_path = tmp_path / "minutes.db"
    assert ingest(db_path, folder).exit_code == 0
    db = sqlite_utils.Database(db_path)
    before = _snapshot(db)
    stored = sorted((r["id"], r["path"], r["ingested_at"]) for r in db["documents"].rows)
    _assert_no_orphans(db)

    second = ingest(db_path, folder)
    assert second.exit_code == 0
    assert "0 stored, 2 unchanged, 0 skipped, 0 failed" in second.output
    assert _snapshot(db) == before
    assert sorted((r["id"], r["path"], r["ingested_at"]) for r in db["documents"].rows) == stored


def test_changed_file_replaces_its_old_rows(tmp_path, seeds_dir, ingest):
    db_path = tmp_path / "minutes.db"
    path = tmp_path / "scrutiny.txt"
    original = (seeds_dir / SEED).read_text("utf-8")
    path.write_text(original, encoding="utf-8")
    assert ingest(db_path, seeds_dir / "000_d6fcc937d9cb8dbc.txt", path).exit_code == 0
    db = sqlite_utils.Database(db_path)
    old_id = next(db.query("select id from documents where filename = 'scrutiny.txt'"))["id"]
    other = next(db.query("select id from documents where filename != 'scrutiny.txt'"))["id"]
    assert db.execute("select count(*) from questions where document_id = ?", [old_id]).fetchone()[0] == 10

    # Drop the "Tameside" bullet and save over the same file.
    bullet = next(b for b in original.split("·") if "Tameside" in b)
    path.write_text(original.replace("·" + bullet, ""), encoding="utf-8")
    result = ingest(db_path, path)
    assert result.exit_code == 0
    assert "1 stored" in result.output

    docs = list(db.query("select id, filename from documents where filename = 'scrutiny.txt'"))
    assert len(docs) == 1
    new_id = docs[0]["id"]
    assert new_id != old_id
    for table in ("items", "questions", "responses", "resolutions", "attendees", "theme_tags"):
        assert db.execute(f"select count(*) from {table} where document_id = ?", [old_id]).fetchone()[0] == 0, table
    assert db.execute("select count(*) from questions where document_id = ?", [new_id]).fetchone()[0] == 9
    assert not list(db.query("select id from questions where text like '%Tameside%'"))
    # The other document is untouched.
    assert db.execute("select count(*) from documents where id = ?", [other]).fetchone()[0] == 1
    _assert_no_orphans(db)


def test_force_reads_unchanged_files_again(tmp_path, seeds_dir, ingest):
    db_path = tmp_path / "minutes.db"
    path = tmp_path / "scrutiny.txt"
    shutil.copy(seeds_dir / SEED, path)
    assert ingest(db_path, path).exit_code == 0
    db = sqlite_utils.Database(db_path)
    before = _snapshot(db)
    # Damage the stored rows behind the tool's back.
    db.execute("delete from responses")
    db.conn.commit()

    plain = ingest(db_path, path)
    assert "0 stored, 1 unchanged" in plain.output
    assert db["responses"].count == 0  # not re-read without --force

    forced = ingest(db_path, path, extra=["--force"])
    assert forced.exit_code == 0
    assert "1 stored, 0 unchanged" in forced.output
    assert "minutes, 1 items, 10 questions, 1 resolutions" in forced.output
    assert db["responses"].count == 7
    assert _snapshot(db) == before
    _assert_no_orphans(db)
