"""The Stockport scrutiny minute in seeds/003 read exactly: one item, ten points, their
answers, one resolution, the people named, and theme tags with their evidence."""
from __future__ import annotations

import json
import re

import pytest

SEED = "003_1e58601baf7bf376.txt"
LEADIN = "The following comments were made/ issues raised:-"


@pytest.fixture(scope="module")
def bullets(seeds_dir) -> list[str]:
    """The bullets of the seed as written, whitespace normalised."""
    text = (seeds_dir / SEED).read_text("utf-8")
    body = text[text.index(LEADIN) + len(LEADIN) : text.index("RESOLVED")]
    found = [" ".join(b.split()) for b in body.split("·")[1:]]
    assert len(found) == 10  # the fixture itself
    return found


@pytest.fixture(scope="module")
def doc(seeds_db) -> dict:
    rows = list(seeds_db.query("select * from documents where filename = ?", [SEED]))
    assert len(rows) == 1
    return rows[0]


@pytest.fixture(scope="module")
def questions(seeds_db, doc) -> list[dict]:
    return list(
        seeds_db.query(
            """select questions.*, responses.text as response, responses.id as response_id
            from questions left join responses on responses.question_id = questions.id
            where questions.document_id = ? order by questions.position""",
            [doc["id"]],
        )
    )


def _find(questions: list[dict], start: str) -> dict:
    matches = [q for q in questions if q["text"].startswith(start)]
    assert len(matches) == 1, f"expected one question starting {start!r}, got {[q['text'][:60] for q in questions]}"
    return matches[0]


def test_is_minutes_of_the_scrutiny_committee(doc):
    assert doc["doc_type"] == "minutes"
    assert doc["committee"] == "Scrutiny Committee"
    assert doc["format"] == "txt"
    assert doc["status"] == "ok"


def test_exactly_one_item_holding_the_minute(seeds_db, doc):
    items = list(seeds_db.query("select * from items where document_id = ?", [doc["id"]]))
    assert len(items) == 1
    item = items[0]
    assert item["title"] == "Stockport Together - Multi-speciality Community Provider"
    assert item["number"] == ""
    # The minute starts after "Minutes:"; the agenda blurb and the page trailer are not in it.
    assert item["text"].startswith("The Corporate Director for People submitted a report")
    assert "To consider a report" not in item["text"]
    assert "Supporting documents" not in item["text"]


def test_ten_questions_one_per_bullet(questions, bullets):
    assert len(questions) == 10
    assert [q["position"] for q in questions] == list(range(1, 11))
    for question, bullet in zip(questions, bullets):
        head = bullet.split("In response")[0].strip()
        assert question["text"] == head, f"bullet {bullet[:50]!r}"


def test_each_answer_is_the_in_response_text_of_its_own_bullet(questions, bullets):
    for question, bullet in zip(questions, bullets):
        if "In response" in bullet:
            expected = bullet[bullet.index("In response") :].strip()
            assert question["response"] == expected, f"bullet {bullet[:50]!r}"
        else:
            assert question["response"] is None, f"bullet {bullet[:50]!r} has no answer"


def test_seven_answers_stored(seeds_db, doc):
    assert seeds_db.execute("select count(*) from responses where document_id = ?", [doc["id"]]).fetchone()[0] == 7


@pytest.mark.parametrize(
    "start",
    [
        "It was queried how do any disagreement between the four organisations",
        "Stockport Together and the current proposals",
        "Once the options appraisal was complete",
    ],
)
def test_bullets_without_an_answer_have_no_response_row(seeds_db, questions, start):
    question = _find(questions, start)
    assert question["response_id"] is None
    assert seeds_db.execute("select count(*) from responses where question_id = ?", [question["id"]]).fetchone()[0] == 0


@pytest.mark.parametrize(
    "start, kind",
    [
        ("Clarification was sought", "question"),
        ("Stockport Together and the current proposals", "comment"),
        ("Further information was requested", "request"),
        ("Was there wider public consultation", "question"),
        ("What could be learnt from experience elsewhere", "question"),
        ("Concerns were expressed", "concern"),
        ("Public health and prevention", "comment"),
        ("It was queried how", "question"),
        ("Members of the public were concerned", "concern"),
        ("Once the options appraisal was complete", "request"),
    ],
)
def test_kind_of_each_point(questions, start, kind):
    assert _find(questions, start)["kind"] == kind


def test_one_resolution_noting_the_report(seeds_db, doc):
    rows = list(seeds_db.query("select * from resolutions where document_id = ?", [doc["id"]]))
    assert len(rows) == 1
    assert rows[0]["text"].startswith("RESOLVED")
    assert "That the report be noted" in rows[0]["text"]
    assert rows[0]["outcome"] == "noted"


def test_attendees_with_their_roles(seeds_db, doc):
    people = {
        r["name"]: (r["role"], r["attendance"])
        for r in seeds_db.query("select * from attendees where document_id = ?", [doc["id"]])
    }
    assert people["Andrew Webb"] == ("Officer contact", "in_attendance")
    assert people["James Sumner"] == ("Deputy Chief Executive of Stockport NHS Foundation Trust", "in_attendance")
    assert people["Keith Spencer"] == ("Provider Director", "in_attendance")
    assert people["Councillor Tom McGee"] == ("Executive Councillor (Health)", "in_attendance")
    assert len(people) == 4


def test_question_themes_are_json_arrays(questions):
    for question in questions:
        themes = json.loads(question["themes"])
        assert isinstance(themes, list)
        assert all(isinstance(t, str) and re.fullmatch(r"[a-z0-9-]+", t) for t in themes)


def test_privatisation_bullet_is_tagged_with_evidence(seeds_db, questions):
    question = _find(questions, "Members of the public were concerned about the possibility of privatisation")
    assert "privatisation" in json.loads(question["themes"])
    tags = list(
        seeds_db.query(
            "select * from theme_tags where row_table = 'questions' and row_id = ? and theme = 'privatisation'",
            [question["id"]],
        )
    )
    assert len(tags) == 1
    evidence = json.loads(tags[0]["evidence"])
    assert "privatisation" in evidence
    assert tags[0]["document_id"] == question["document_id"]


def test_every_question_theme_has_a_tag_row(seeds_db, questions):
    for question in questions:
        tagged = {
            r["theme"]
            for r in seeds_db.query(
                "select theme from theme_tags where row_table = 'questions' and row_id = ?", [question["id"]]
            )
        }
        assert tagged == set(json.loads(question["themes"]))
