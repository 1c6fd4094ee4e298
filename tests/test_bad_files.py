"""A file that cannot be read is reported in one line naming it, recorded in ingest_errors,
and the run carries on; nothing stored before is lost."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlite_utils

TABLES = ("documents", "items", "questions", "responses", "resolutions", "attendees", "theme_tags")
REAL_PDF = "cabinet-2025-01-30/originals/Appendix O - MRP.pdf"


def _make_empty_pdf(path: Path, kent_dir: Path) -> None:
    path.write_bytes(b"")


def _make_truncated_pdf(path: Path, kent_dir: Path) -> None:
    path.write_bytes((kent_dir / REAL_PDF).read_bytes()[:2000])


def _make_encrypted_pdf(path: Path, kent_dir: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Minutes of the meeting of the Audit Committee held on 3 March 2025")
    pdf.set_encryption(owner_password="o", user_password="u")
    pdf.output(str(path))


def _make_garbage_docx(path: Path, kent_dir: Path) -> None:
    path.write_bytes(bytes((i * 37 + 11) % 256 for i in range(4096)))


def _make_unsupported(path: Path, kent_dir: Path) -> None:
    path.write_text("Minutes of the meeting of the Audit Committee", encoding="utf-8")


def _make_empty_txt(path: Path, kent_dir: Path) -> None:
    path.write_text("", encoding="utf-8")


# (file name, how to make it, a word the error message must use)
BAD_FILES = [
    ("empty.pdf", _make_empty_pdf, "empty"),
    ("truncated.pdf", _make_truncated_pdf, "PDF"),
    ("encrypted.pdf", _make_encrypted_pdf, "encrypted"),
    ("garbage.docx", _make_garbage_docx, "docx"),
    ("notes.xyz", _make_unsupported, "unsupported"),
    ("empty.txt", _make_empty_txt, "empty"),
]


def _counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {t: db[t].count for t in TABLES}


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory, seeds_dir, ingest) -> Path:
    db_path = tmp_path_factory.mktemp("template") / "seeded.db"
    result = ingest(db_path, seeds_dir)
    assert result.exit_code == 0, result.output
    return db_path


@pytest.fixture
def seeded_db(tmp_path, seeded_template) -> Path:
    """A database already holding the seeds."""
    db_path = tmp_path / "minutes.db"
    shutil.copy(seeded_template, db_path)
    return db_path


@pytest.mark.parametrize("name, make, word", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_reported_recorded_and_the_run_goes_on(
    tmp_path, seeded_db, kent_dir, ingest, html_builder, name, make, word
):
    db = sqlite_utils.Database(seeded_db)
    before = _counts(db)
    seed_ids = {r["id"] for r in db["documents"].rows}
    assert before["documents"] == 5 and before["questions"] == 10

    bad = tmp_path / name
    make(bad, kent_dir)
    good = html_builder(tmp_path / "after-the-bad-one.html")
    result = ingest(seeded_db, bad, good)

    assert result.exit_code == 1
    # One clear line naming the file, on stderr.
    error_lines = [line for line in result.stderr.splitlines() if name in line]
    assert len(error_lines) == 1, result.stderr
    assert error_lines[0].startswith("Error: ")
    assert "1 stored, 0 unchanged, 0 skipped, 1 failed" in result.output
    # Recorded for later.
    errors = list(db["ingest_errors"].rows)
    assert [(e["filename"], e["path"]) for e in errors] == [(name, str(bad.resolve()))]
    assert errors[0]["error"] and errors[0]["error"] in error_lines[0]
    assert "\n" not in errors[0]["error"]
    assert "Traceback" not in result.output
    # The run went on to the next file.
    stored = {d["filename"]: d for d in db["documents"].rows}
    assert stored["after-the-bad-one.html"]["doc_type"] == "minutes"
    assert name not in stored
    # Earlier rows are all still there.
    assert seed_ids <= {d["id"] for d in stored.values()}
    after = _counts(db)
    assert after["documents"] == before["documents"] + 1
    assert after["questions"] > before["questions"]
    # Say what is wrong (in the message itself, not just the file name).
    assert word.lower() in errors[0]["error"].lower(), errors[0]["error"]


def test_bad_files_in_a_folder_do_not_stop_the_folder(tmp_path, kent_dir, ingest, seeds_dir):
    folder = tmp_path / "batch"
    folder.mkdir()
    for name, make, _ in BAD_FILES:
        make(folder / name, kent_dir)
    shutil.copy(seeds_dir / "003_1e58601baf7bf376.txt", folder / "zz-minutes.txt")
    result = ingest(tmp_path / "fresh.db", folder)
    assert result.exit_code == 1
    # Folders are searched for supported types only: the .xyz file is not picked up.
    failed = {e["filename"] for e in sqlite_utils.Database(tmp_path / "fresh.db")["ingest_errors"].rows}
    assert failed == {"empty.pdf", "truncated.pdf", "encrypted.pdf", "garbage.docx", "empty.txt"}
    assert "1 stored, 0 unchanged, 0 skipped, 5 failed" in result.output
    assert [d["filename"] for d in sqlite_utils.Database(tmp_path / "fresh.db")["documents"].rows] == ["zz-minutes.txt"]


def test_missing_path_is_an_error_not_a_crash(tmp_path, seeded_db, ingest):
    result = ingest(seeded_db, tmp_path / "no-such-file.pdf")
    assert result.exit_code == 1
    assert "no-such-file.pdf" in result.stderr
    assert sqlite_utils.Database(seeded_db)["documents"].count == 5


def test_corrupt_new_version_keeps_the_stored_document(tmp_path, ingest, docx_builder):
    db_path = tmp_path / "minutes.db"
    path = docx_builder(tmp_path / "committee.docx")
    assert ingest(db_path, path).exit_code == 0
    db = sqlite_utils.Database(db_path)
    [doc] = list(db["documents"].rows)
    before = _counts(db)
    assert before["items"] == 3

    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)  # a broken download over the same path
    result = ingest(db_path, path)
    assert result.exit_code == 1
    assert "committee.docx" in result.stderr

    assert [d["id"] for d in db["documents"].rows] == [doc["id"]]
    assert _counts(db) == before
    [error] = list(db["ingest_errors"].rows)
    assert error["path"] == str(path.resolve())

    # Once a good copy is back, the error is cleared.
    docx_builder(path)
    result = ingest(db_path, path, extra=["--force"])
    assert result.exit_code == 0, result.output
    assert db["ingest_errors"].count == 0
    assert db["documents"].count == 1


def test_a_broken_cue_file_is_named_with_the_pattern_to_fix(tmp_path, monkeypatch):
    from importlib import resources

    from minutes.parse import cues

    text = resources.files("minutes.parse").joinpath("cues.yml").read_text("utf-8")
    broken = tmp_path / "cues.yml"
    broken.write_text(text.replace("qa_question: '^", "qa_question: '(^", 1), "utf-8")
    monkeypatch.setattr(cues.resources, "files", lambda package: tmp_path)
    cues.load_cues.cache_clear()
    try:
        with pytest.raises(cues.CuesError, match=r"under qa_question does not compile"):
            cues.load_cues()
    finally:
        monkeypatch.undo()
        cues.load_cues.cache_clear()
    assert cues.load_cues().qa_question.match("Q1. How many?")
