"""The parse measured against hand-written gold annotations of minutes in other councils'
styles (tests/other-councils/): every measure must stay above the bar users rely on."""
from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from minutes.evaluate import evaluate

HERE = Path(__file__).resolve().parent / "other-councils"


@pytest.fixture(scope="module")
def report(tmp_path_factory, ingest) -> dict:
    db_path = tmp_path_factory.mktemp("accuracy") / "minutes.db"
    result = ingest(db_path, HERE / "documents")
    assert result.exit_code == 0, result.output
    return evaluate(sqlite_utils.Database(db_path), HERE / "gold")


def test_every_gold_document_was_found(report):
    assert report["missing"] == []
    assert report["documents"] == len(list((HERE / "gold").glob("*.json")))


@pytest.mark.parametrize("what, bar", [("items", 0.95), ("questions", 0.90), ("resolutions", 0.95)])
def test_rows_found(report, what, bar):
    assert report["scores"][what]["f1"] >= bar, report["scores"][what]


@pytest.mark.parametrize("measure, bar", [
    ("pairing_accuracy", 0.90),
    ("outcome_accuracy", 0.95),
    ("theme_micro_f1", 0.80),
    ("attendee_recall", 0.90),
    ("doc_type_accuracy", 0.95),
    ("meeting_date_accuracy", 0.95),
    ("committee_accuracy", 0.95),
])
def test_measures(report, measure, bar):
    assert report[measure] >= bar


def test_nothing_invented_in_documents_that_are_not_minutes(report):
    import json

    not_minutes = [g for g in map(json.loads, (p.read_text("utf-8") for p in (HERE / "gold").glob("*.json")))
                   if g["doc_type"] not in ("minutes", "questions")]
    assert len(not_minutes) >= 8
    assert report["non_minutes_documents"] == len(not_minutes)
    assert report["invented_in_non_minutes"] == 0
