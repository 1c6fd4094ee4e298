"""The database published with Datasette and the project's metadata.yml: facets, canned
queries and full-text search, in process."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette

METADATA = Path(__file__).resolve().parent.parent / "metadata.yml"
DB_NAME = "council"  # not the name in metadata.yml: the section is renamed to the file's stem


@pytest.fixture(scope="module")
def db_path(tmp_path_factory, seeds_dir, ingest, docx_builder, html_builder) -> Path:
    """Seeds plus two dated minutes, so month-based queries have rows."""
    folder = tmp_path_factory.mktemp("datasette")
    docx = docx_builder(folder / "health-scrutiny.docx")
    html = html_builder(folder / "adult-social-care.html")
    path = folder / f"{DB_NAME}.db"
    result = ingest(path, seeds_dir, docx, html)
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def metadata() -> dict:
    data = yaml.safe_load(METADATA.read_text("utf-8"))
    assert len(data["databases"]) == 1
    (section,) = data["databases"].values()
    data["databases"] = {DB_NAME: section}
    return data


@pytest.fixture
def ds(db_path, metadata) -> Datasette:
    return Datasette([str(db_path)], metadata=metadata)


def _queries(metadata) -> dict:
    return metadata["databases"][DB_NAME]["queries"]


def test_serve_metadata_for_renames_the_database_section(db_path, metadata):
    from minutes.serve import metadata_for

    assert metadata_for(db_path, METADATA)["databases"] == metadata["databases"]


async def _json(ds: Datasette, path: str) -> dict:
    response = await ds.client.get(path)
    assert response.status_code == 200, f"{path}: {response.status_code} {response.text[:300]}"
    return response.json()


@pytest.mark.asyncio
async def test_questions_faceted_by_theme(ds):
    data = await _json(ds, f"/{DB_NAME}/questions.json?_facet_array=themes&_shape=objects")
    facet = {r["value"]: r["count"] for r in data["facet_results"]["themes"]["results"]}
    assert facet["privatisation"] >= 2
    assert "public-health" in facet
    # The facets configured in metadata.yml are there too.
    assert {"kind", "asked_by"} <= set(data["facet_results"])


@pytest.mark.asyncio
async def test_documents_faceted_by_type(ds):
    data = await _json(ds, f"/{DB_NAME}/documents.json?_facet=doc_type&_shape=objects")
    facet = {r["value"]: r["count"] for r in data["facet_results"]["doc_type"]["results"]}
    assert facet["minutes"] == 3
    assert "news" in facet


@pytest.mark.asyncio
async def test_every_canned_query_runs(ds, metadata):
    queries = _queries(metadata)
    assert {"questions_by_theme", "unanswered_questions", "resolutions_by_committee_and_month",
            "themes_by_month", "who_raised_a_theme"} <= set(queries)
    for name, spec in queries.items():
        params = set(re.findall(r"(?<!:):(\w+)", spec["sql"]))
        query = "&theme=privatisation" if "theme" in params else ""
        data = await _json(ds, f"/{DB_NAME}/{name}.json?_shape=objects{query}")
        assert data["ok"] is True, name
        if params <= {"theme"}:
            assert data["rows"], f"{name} returned no rows"


@pytest.mark.asyncio
async def test_unanswered_questions(ds):
    data = await _json(ds, f"/{DB_NAME}/unanswered_questions.json?_shape=objects&_size=max")
    questions = [r["question"] for r in data["rows"]]
    assert any(q.startswith("It was queried how do any disagreement between the four organisations") for q in questions)
    assert any(q.startswith("Concerns were raised about the lack of consultation") for q in questions)
    # Answered points are not listed.
    assert not any(q.startswith("Members of the public were concerned about the possibility of privatisation") for q in questions)


@pytest.mark.asyncio
async def test_questions_by_theme(ds):
    data = await _json(ds, f"/{DB_NAME}/questions_by_theme.json?_shape=objects&theme=privatisation")
    questions = [r["question"] for r in data["rows"]]
    assert any("privatisation of the NHS" in q for q in questions)
    assert all("privatisation" in r["themes"] for r in data["rows"])
    answered = next(r for r in data["rows"] if "privatisation of the NHS" in r["question"])
    assert answered["response"].startswith("In response it was commented that partners had been clear")

    none = await _json(ds, f"/{DB_NAME}/questions_by_theme.json?_shape=objects&theme=no-such-theme")
    assert none["rows"] == []


@pytest.mark.asyncio
async def test_resolutions_by_committee_and_month(ds):
    data = await _json(ds, f"/{DB_NAME}/resolutions_by_committee_and_month.json?_shape=objects")
    rows = {(r["committee"], r["month"], r["outcome"]): r["resolutions"] for r in data["rows"]}
    assert rows[("Health Scrutiny Committee", "2025-02", "noted")] == 1
    assert rows[("Health Scrutiny Committee", "2025-02", "agreed")] == 1


@pytest.mark.asyncio
async def test_themes_by_month(ds):
    data = await _json(ds, f"/{DB_NAME}/themes_by_month.json?_shape=objects")
    months = {r["month"] for r in data["rows"]}
    assert months <= {"2025-02", "2025-03"}
    assert ("2025-02", "primary-care") in {(r["month"], r["theme"]) for r in data["rows"]}


@pytest.mark.asyncio
async def test_full_text_search_on_questions(ds):
    data = await _json(ds, f"/{DB_NAME}/questions.json?_search=privatisation&_shape=objects")
    assert data["rows"]
    assert any("privatisation" in r["text"] for r in data["rows"])
    # Porter stemming: "consulted" finds "consultation".
    data = await _json(ds, f"/{DB_NAME}/questions.json?_search=consulted&_shape=objects")
    assert any("consultation" in r["text"] for r in data["rows"])


@pytest.mark.asyncio
async def test_views_are_published(ds):
    data = await _json(ds, f"/{DB_NAME}/question_answers.json?_shape=objects&_size=max")
    assert len(data["rows"]) >= 14
    assert {"question", "response", "committee", "meeting_date", "themes"} <= set(data["rows"][0])
