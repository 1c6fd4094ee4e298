"""`minutes ingest --jobs N`: files read in worker processes give the same database as reading
them in turn, in the same order, and one bad file still fails alone."""
from __future__ import annotations

import multiprocessing
import os
import shutil

import pytest
import sqlite_utils

import minutes.ingest
from minutes.ingest import ingest
from minutes.themes import load_themes

SEED = "003_1e58601baf7bf376.txt"
TABLES = ("documents", "items", "questions", "responses", "resolutions", "attendees", "theme_tags", "ingest_errors")
WHEN = ("ingested_at", "failed_at")


def _rows(db: sqlite_utils.Database) -> dict[str, list]:
    return {
        t: sorted(repr(sorted((k, v) for k, v in r.items() if k not in WHEN)) for r in db[t].rows)
        for t in TABLES
    }


@pytest.fixture
def folder(tmp_path, seeds_dir, fixtures_dir):
    """The seeds, a Word file, a copy of one seed under another name, and two bad files."""
    folder = tmp_path / "incoming"
    shutil.copytree(seeds_dir, folder)
    shutil.copy(seeds_dir / SEED, folder / "zz-republished.txt")
    shutil.copy(fixtures_dir / "styles" / "hillborough-health-scrutiny.docx", folder / "hillborough.docx")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a PDF\n")
    (folder / "empty.docx").write_bytes(b"")
    return folder


def test_jobs_store_what_reading_in_turn_stores(tmp_path, folder, ingest):
    one = ingest(tmp_path / "one.db", folder)
    two = ingest(tmp_path / "two.db", folder, extra=["--jobs", "2"])
    assert one.exit_code == two.exit_code == 1  # the two bad files
    # Reported in the order the files were found, whatever order the workers finish in.
    assert two.stdout.splitlines() == one.stdout.splitlines()
    assert two.stderr.splitlines()[:-1] == one.stderr.splitlines()[:-1]
    assert "broken.pdf" in two.stderr and "empty.docx" in two.stderr
    assert "zz-republished.txt" not in two.stdout  # the copy is not stored twice
    assert two.stderr.splitlines()[-1].startswith("6 stored, 1 unchanged, 0 skipped, 2 failed")

    db_one, db_two = sqlite_utils.Database(tmp_path / "one.db"), sqlite_utils.Database(tmp_path / "two.db")
    assert db_two["questions"].count > 0
    assert _rows(db_two) == _rows(db_one)

    again = ingest(tmp_path / "two.db", folder, extra=["--jobs", "2"])
    assert "0 stored, 7 unchanged, 0 skipped, 2 failed" in again.stderr
    assert _rows(db_two) == _rows(db_one)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork",
                    reason="the stand-in reader reaches the workers only when they are forked")
def test_a_worker_that_dies_fails_only_its_own_file(tmp_path, folder, monkeypatch):
    read = minutes.ingest.read_document

    def dies_on_one_file(path, *args, **kwargs):
        if path.name == SEED:
            os._exit(1)  # as the kernel does to a process out of memory
        return read(path, *args, **kwargs)

    monkeypatch.setattr(minutes.ingest, "read_document", dies_on_one_file)
    db = sqlite_utils.Database(tmp_path / "minutes.db")
    results = {r.path.name: r for r in ingest(db, [folder], load_themes(), jobs=2)}

    assert results[SEED].status == "failed"
    assert "the process reading it stopped" in results[SEED].message
    # Every other file in hand when the worker died is read again and stored, its copy included.
    stored = sorted(name for name, r in results.items() if r.status == "stored")
    assert stored == sorted(p.name for p in folder.iterdir() if p.name not in (SEED, "broken.pdf", "empty.docx"))
    assert [r["filename"] for r in db["ingest_errors"].rows if r["filename"] == SEED] == [SEED]


def test_a_copy_whose_original_changed_is_stored(tmp_path, seeds_dir):
    """Run 1 stores a.txt; then a.txt is rewritten and its old content saved as b.txt. Read in
    workers, b.txt must not be passed over as "identical to" a copy that is no longer there."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seeds_dir / SEED, folder / "a.txt")
    shutil.copy(seeds_dir / "001_ce885b6a88caf7d1.txt", folder / "m.txt")
    db = sqlite_utils.Database(tmp_path / "minutes.db")
    list(ingest(db, [folder], load_themes(), jobs=2))
    shutil.copy(folder / "a.txt", folder / "b.txt")
    shutil.copy(seeds_dir / "002_99b640272b617adc.txt", folder / "a.txt")
    results = {r.path.name: r.status for r in ingest(db, [folder], load_themes(), jobs=2)}
    assert results == {"a.txt": "stored", "b.txt": "stored", "m.txt": "unchanged"}
    assert sorted(r["filename"] for r in db["documents"].rows if r["part_of"] is None) == ["a.txt", "b.txt", "m.txt"]


def test_workers_that_cannot_start_leave_the_files_to_be_read_in_turn(tmp_path, folder, monkeypatch):
    def cannot_start(*args, **kwargs):
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(minutes.ingest, "ProcessPoolExecutor", cannot_start)
    db = sqlite_utils.Database(tmp_path / "minutes.db")
    results = {r.path.name: r for r in ingest(db, [folder], load_themes(), jobs=2)}
    assert results["broken.pdf"].status == "failed" and "out of memory" not in results["broken.pdf"].message
    assert sum(r.status == "stored" for r in results.values()) == 6
