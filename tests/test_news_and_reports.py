"""Files that are not minutes (news stories, reports, appendices, equality assessments,
agenda front sheets) are stored as searchable documents, with nothing invented in them."""
from __future__ import annotations

import pytest
import sqlite_utils

NEWS_SEEDS = [
    "000_d6fcc937d9cb8dbc.txt",
    "001_ce885b6a88caf7d1.txt",
    "002_99b640272b617adc.txt",
    "004_d678bbeeb1e8ccf5.txt",
]

# Kent County Council papers that sit beside the minutes; (folder, file name, a word only it has).
KENT_PAPERS = [
    ("cabinet-2025-01-30/originals", "24-00115 - EqIA.pdf", "Gogarty"),
    ("cabinet-2025-01-30/originals", "24-00096 - EQIA.pdf", "Abrahams"),
    ("cabinet-2025-01-30/originals", "Appendix G - Reserves Policy.pdf", "reserves"),
    ("cabinet-2025-01-30/originals", "24-00115 - PROD.pdf", "DELEGATE"),
    ("cabinet-2025-01-30/originals", "Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf", "Georgina"),
    ("council-2025-01-09/originals", "Appendix A - 16.12.24 Ministerial Letter.pdf", "Marsham"),
    ("council-2025-01-09/originals", "Agenda frontsheet 09th-Jan-2025 10.00 County Council.pdf", "Summons"),
]
NAMES = [name for _, name, _ in KENT_PAPERS]


def _counts(db: sqlite_utils.Database, doc_id: str) -> dict[str, int]:
    return {
        table: db.execute(f"select count(*) from {table} where document_id = ?", [doc_id]).fetchone()[0]
        for table in ("items", "questions", "responses", "resolutions")
    }


@pytest.fixture(scope="module")
def papers_db(tmp_path_factory, kent_dir, ingest) -> sqlite_utils.Database:
    db_path = tmp_path_factory.mktemp("papers") / "papers.db"
    result = ingest(db_path, *[kent_dir / folder / name for folder, name, _ in KENT_PAPERS])
    assert result.exit_code == 0, result.output
    assert f"{len(KENT_PAPERS)} stored" in result.output
    return sqlite_utils.Database(db_path)


def _doc(db, filename) -> dict:
    rows = list(db.query("select * from documents where filename = ?", [filename]))
    assert len(rows) == 1, f"{filename} not stored"
    return rows[0]


# --- News seeds ---------------------------------------------------------------------------

@pytest.mark.parametrize("filename", NEWS_SEEDS)
def test_news_seed_is_stored_with_its_text(seeds_db, seeds_dir, filename):
    doc = _doc(seeds_db, filename)
    stored = " ".join(doc["text"].split())
    lines = [" ".join(line.split()) for line in (seeds_dir / filename).read_text("utf-8-sig").splitlines()]
    missing = [line for line in lines if line and line not in stored]
    assert missing == []
    assert doc["format"] == "txt"
    assert doc["status"] == "ok"


@pytest.mark.parametrize("filename", NEWS_SEEDS)
def test_news_seed_is_not_minutes_and_has_nothing_parsed(seeds_db, filename):
    doc = _doc(seeds_db, filename)
    assert doc["doc_type"] != "minutes"
    assert _counts(seeds_db, doc["id"]) == {"items": 0, "questions": 0, "responses": 0, "resolutions": 0}
    assert seeds_db.execute("select count(*) from attendees where document_id = ?", [doc["id"]]).fetchone()[0] == 0


@pytest.mark.parametrize("filename", NEWS_SEEDS)
def test_news_seed_is_classified_as_news(seeds_db, filename):
    # tests/gold/doc-types.json: all four are trade-press news stories.
    assert _doc(seeds_db, filename)["doc_type"] == "news"


def test_news_text_is_searchable(seeds_db):
    hits = {r["filename"] for r in seeds_db["documents"].search("Hempsons")}
    assert hits == {"004_d678bbeeb1e8ccf5.txt"}
    hits = {r["filename"] for r in seeds_db["documents"].search("Sunderland")}
    assert "002_99b640272b617adc.txt" in hits


# --- Kent papers ----------------------------------------------------------------------------

@pytest.mark.parametrize("filename", NAMES)
def test_kent_paper_is_not_minutes(papers_db, filename):
    doc = _doc(papers_db, filename)
    assert doc["doc_type"] != "minutes"
    assert doc["format"] == "pdf"
    assert doc["pages"] >= 1
    assert doc["status"] == "ok"


@pytest.mark.parametrize("filename", NAMES)
def test_kent_paper_has_no_questions_or_resolutions(papers_db, filename):
    doc = _doc(papers_db, filename)
    counts = _counts(papers_db, doc["id"])
    assert counts["questions"] == 0
    assert counts["responses"] == 0
    assert counts["resolutions"] == 0
    assert counts["items"] == 0


@pytest.mark.parametrize("folder, filename, word", KENT_PAPERS)
def test_kent_paper_text_is_searchable(papers_db, folder, filename, word):
    doc = _doc(papers_db, filename)
    assert word.lower() in doc["text"].lower()
    hits = [
        r["filename"]
        for r in papers_db.query(
            "select documents.filename from documents_fts join documents on documents.rowid = documents_fts.rowid "
            "where documents_fts match ?",
            [word],
        )
    ]
    assert filename in hits


@pytest.mark.parametrize(
    "filename", ["Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf", "Agenda frontsheet 09th-Jan-2025 10.00 County Council.pdf"]
)
def test_agenda_front_sheets_are_agendas(papers_db, filename):
    # tests/gold/doc-types.json: both front sheets are agendas.
    assert _doc(papers_db, filename)["doc_type"] == "agenda"
