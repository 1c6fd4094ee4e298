"""`minutes themes` and `minutes retag`: listing the theme words, re-tagging stored rows with
an edited theme file, and stem matching."""
from __future__ import annotations

import json

import pytest
import sqlite_utils

from minutes.themes import Tagger, load_themes

BUS_MINUTES = """Minutes of the meeting of the Transport Scrutiny Committee held on 3 March 2025

PRESENT: Councillor A Smith (Chair), Councillor B Jones

1. Bus Services

The Head of Transport presented a report on bus services in the rural north of the county.

The following issues were raised:-

• Members asked whether the evening buses on route 12 would return. In response, the Head of Transport explained that the route would be reviewed in April.

• Concerns were expressed that residents had not been consulted before the timetable changed.

RESOLVED – That the report be noted.
"""

TRANSPORT_THEMES = """transport:
  label: Transport
  description: Buses and routes.
  words: [bus, buses]
"""


@pytest.fixture
def tagged_db(tmp_path, seeds_dir, ingest) -> sqlite_utils.Database:
    """Seeds plus a transport minute, tagged with the default themes."""
    (tmp_path / "bus.txt").write_text(BUS_MINUTES, encoding="utf-8")
    db_path = tmp_path / "minutes.db"
    result = ingest(db_path, seeds_dir, tmp_path / "bus.txt")
    assert result.exit_code == 0, result.output
    return sqlite_utils.Database(db_path)


def _all_themes(db: sqlite_utils.Database) -> set[str]:
    found = set()
    for table in ("documents", "items", "questions", "resolutions"):
        for row in db[table].rows:
            found.update(json.loads(row["themes"] or "[]"))
    return found


def test_themes_lists_slugs_and_words(cli_run):
    result = cli_run("themes")
    assert result.exit_code == 0
    slugs = [line.split(":")[0] for line in result.output.splitlines() if line and not line.startswith(" ")]
    assert "privatisation" in slugs
    assert "public-health" in slugs
    assert "subcontracting" in slugs
    # Each theme is followed by the words that trigger it.
    lines = result.output.splitlines()
    block = lines[lines.index(next(l for l in lines if l.startswith("privatisation:"))) :]
    words = next(l for l in block if l.startswith("  words: "))
    assert "privatisation" in words.split(": ", 1)[1].split(", ")


def test_themes_with_a_custom_file(cli_run, tmp_path):
    path = tmp_path / "custom.yml"
    path.write_text(TRANSPORT_THEMES, encoding="utf-8")
    result = cli_run("themes", "--themes", path)
    assert result.exit_code == 0
    assert result.output.splitlines() == ["transport: Transport", "  Buses and routes.", "  words: bus, buses"]


def test_default_tagging_is_stored(tagged_db):
    assert {"privatisation", "public-health"} <= _all_themes(tagged_db)
    assert {r["slug"] for r in tagged_db["themes"].rows} >= {"privatisation", "public-health"}


def test_retag_with_a_custom_theme_file(tagged_db, cli_run, tmp_path):
    db = tagged_db
    ingested_at = {r["id"]: r["ingested_at"] for r in db["documents"].rows}
    counts = {t: db[t].count for t in ("documents", "items", "questions", "responses", "resolutions")}
    path = tmp_path / "custom.yml"
    path.write_text(TRANSPORT_THEMES, encoding="utf-8")

    result = cli_run("retag", "--db", tmp_path / "minutes.db", "--themes", path)
    assert result.exit_code == 0, result.output
    assert "with 1 themes" in result.output

    # Only the new theme is left.
    assert [r["slug"] for r in db["themes"].rows] == ["transport"]
    assert _all_themes(db) == {"transport"}
    assert {r["theme"] for r in db["theme_tags"].rows} == {"transport"}
    # The bus question and its evidence.
    question = next(db.query("select * from questions where text like 'Members asked whether the evening buses%'"))
    assert json.loads(question["themes"]) == ["transport"]
    [tag] = list(db.query("select * from theme_tags where row_table = 'questions' and row_id = ?", [question["id"]]))
    assert tag["theme"] == "transport"
    assert "buses" in json.loads(tag["evidence"])
    # The Stockport seed has no buses: nothing tagged there any more.
    seed = next(db.query("select * from documents where filename like '003_%'"))
    assert json.loads(seed["themes"]) == []
    # Nothing was read again.
    assert {r["id"]: r["ingested_at"] for r in db["documents"].rows} == ingested_at
    assert {t: db[t].count for t in counts} == counts


def test_retag_back_to_the_default_themes(tagged_db, cli_run, tmp_path):
    db_path = tmp_path / "minutes.db"
    before = sorted((r["id"], r["evidence"]) for r in tagged_db["theme_tags"].rows)
    path = tmp_path / "custom.yml"
    path.write_text(TRANSPORT_THEMES, encoding="utf-8")
    assert cli_run("retag", "--db", db_path, "--themes", path).exit_code == 0
    assert cli_run("retag", "--db", db_path).exit_code == 0
    assert sorted((r["id"], r["evidence"]) for r in tagged_db["theme_tags"].rows) == before


@pytest.mark.parametrize(
    "content, message",
    [
        ("transport: [bus\n", "not valid YAML"),
        ("transport:\n  label: Transport\n", "has no words"),
        ("- bus\n- buses\n", "expected a mapping"),
        ("transport: buses\n", "must be a mapping"),
    ],
)
def test_broken_theme_file_is_a_clear_error(tagged_db, cli_run, tmp_path, content, message):
    db_path = tmp_path / "minutes.db"
    before = sorted((r["id"], r["evidence"]) for r in tagged_db["theme_tags"].rows)
    path = tmp_path / "broken.yml"
    path.write_text(content, encoding="utf-8")
    for args in (("retag", "--db", db_path, "--themes", path), ("themes", "--themes", path)):
        result = cli_run(*args)
        assert result.exit_code != 0
        assert message in result.stderr
        assert "broken.yml" in result.stderr
        assert "Traceback" not in result.output
    # The stored tags are untouched.
    assert sorted((r["id"], r["evidence"]) for r in tagged_db["theme_tags"].rows) == before


def test_missing_theme_file_is_a_usage_error(cli_run, tmp_path):
    result = cli_run("themes", "--themes", tmp_path / "nope.yml")
    assert result.exit_code == 2
    assert "nope.yml" in result.stderr


def test_retag_without_a_database(cli_run, tmp_path):
    result = cli_run("retag", "--db", tmp_path / "missing.db")
    assert result.exit_code != 0
    assert "missing.db does not exist" in result.stderr
    assert not (tmp_path / "missing.db").exists()


def test_tagging_matches_stems(tmp_path, ingest):
    """A theme word "consultation" matches "consulted" in the text."""
    themes = tmp_path / "engagement.yml"
    themes.write_text("engagement:\n  label: Engagement\n  words: [consultation]\n", encoding="utf-8")
    (tmp_path / "bus.txt").write_text(BUS_MINUTES, encoding="utf-8")
    db_path = tmp_path / "minutes.db"
    result = ingest(db_path, tmp_path / "bus.txt", extra=["--themes", themes])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    question = next(db.query("select * from questions where text like 'Concerns were expressed%'"))
    assert json.loads(question["themes"]) == ["engagement"]
    [tag] = list(db.query("select evidence from theme_tags where row_id = ?", [question["id"]]))
    assert json.loads(tag["evidence"]) == ["consulted"]
    other = next(db.query("select * from questions where text like 'Members asked%'"))
    assert json.loads(other["themes"]) == []


def test_tagger_stems_and_phrases():
    tagger = Tagger(load_themes())
    assert "patient-and-public-input" in tagger.tag("Residents were consulting widely.")
    assert tagger.tag("The NHS faced privatisation.")["privatisation"] == ["privatisation"]
    # A phrase matches as a run of words, in any inflection.
    assert "public ownership" in tagger.tag("Services would stay in public ownership.")["privatisation"]
    assert "privatisation" not in tagger.tag("The public were asked about ownership of the land.")
    # Capitalised acronyms match only in capitals.
    assert "children-and-families" in tagger.tag("Support for pupils with SEND.")
    assert "children-and-families" not in tagger.tag("Officers would send the figures.")


def test_exceptions_override_shared_stems():
    """Words that share a stem with a theme word, and set phrases, do not count."""
    tagger = Tagger(load_themes())
    assert "patient-and-public-input" in tagger.tag("A public consultation would run for twelve weeks.")
    assert "patient-and-public-input" not in tagger.tag(
        "Authority was delegated to the Director in consultation with the Leader.")
    assert "patient-and-public-input" not in tagger.tag("A consultant cardiologist attended.")
    assert "governance" not in tagger.tag("The government announced a new grant.")
    # A longer phrase around an excepted word still counts.
    assert "integration" in tagger.tag("The integrated care system would pool budgets.")
    assert "integration" not in tagger.tag("Integrated Children's Services reported on caseloads.")


ITEM_TITLE_MINUTES = """Minutes of the meeting of the Health Scrutiny Committee held on 3 March 2025

PRESENT: Councillor A Smith (Chair), Councillor B Jones

4. Access to GP Services

Members asked how many practices still required patients to telephone at 8am.

5. Work Programme

Members asked how many practices still kept paper records.
"""


def test_points_take_service_themes_from_their_item_title(tmp_path, ingest, cli_run):
    (tmp_path / "gp.txt").write_text(ITEM_TITLE_MINUTES, encoding="utf-8")
    db_path = tmp_path / "minutes.db"
    assert ingest(db_path, tmp_path / "gp.txt").exit_code == 0
    db = sqlite_utils.Database(db_path)

    def point(text):
        row = next(db.query("select id, themes from questions where text like ?", [text + "%"]))
        tags = {t["theme"]: json.loads(t["evidence"]) for t in db.query(
            "select theme, evidence from theme_tags where row_id = ?", [row["id"]])}
        return json.loads(row["themes"]), tags

    themes, tags = point("Members asked how many practices still required")
    assert "primary-care" in themes
    assert tags["primary-care"] == ["GP (item title)"]
    themes, _ = point("Members asked how many practices still kept")
    assert "primary-care" not in themes
    # Retagging gives the same answer as ingesting.
    before = [dict(r) for r in db.query("select id, themes from questions order by id")]
    assert cli_run("retag", "--db", db_path).exit_code == 0
    assert [dict(r) for r in db.query("select id, themes from questions order by id")] == before


def test_names_of_bodies_and_offices_trigger_no_theme():
    tagger = Tagger(load_themes())
    # The body's or the office's name says who is meant, not what the passage is about.
    assert tagger.tag("It was recommended to the Health and Wellbeing Board that the report be noted.") == {}
    assert tagger.tag("The Cabinet Member for Adult Social Care and Public Health attended.") == {}
    assert tagger.tag("The Integrated Care Board would write to the Committee.") == {}
    # The same words outside a name still count.
    assert "public-health" in tagger.tag("Members discussed health and wellbeing in schools.")
    assert "adult-social-care" in tagger.tag("Spending on adult social care rose by 6 per cent.")


def test_short_names_and_heads_of_service_trigger_no_theme():
    tagger = Tagger(load_themes())
    # "the Commission" is the Scrutiny Commission itself, not commissioning.
    assert tagger.tag("Will the Commission be consulted before any decision is taken?") == {
        "patient-and-public-input": ["consulted"]}
    assert tagger.tag("The Head of Dental Commissioning attended.") == {}
    # A regulator's name is kept: it is what the point is about.
    assert "governance" in tagger.tag("homes rated Inadequate by the Care Quality Commission")
    assert "subcontracting" in tagger.tag("the Council would recommission the service next year")


def test_a_theme_file_without_ignore_names_ignores_nothing(tmp_path):
    path = tmp_path / "themes.yml"
    path.write_text("wellbeing:\n  label: Wellbeing\n  words: [wellbeing]\n", encoding="utf-8")
    tagger = Tagger(load_themes(path))
    assert tagger.tag("the Health and Wellbeing Board") == {"wellbeing": ["wellbeing"]}
