"""Kent County Council's printed minutes (PDF): meeting details, item headings, resolutions,
attendance, page furniture and the points members raised.

The three PDFs are ingested once for the module. Expected values are read from the PDFs
themselves (see tests/gold/kent-*.json for the full annotations)."""
from __future__ import annotations

import re

import pytest
import sqlite_utils

CABINET_30 = "Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"
CABINET_09 = "Minutes of the meeting held on 9th January 2025.pdf"
COUNCIL_09 = "Printed minutes 09th-Jan-2025 10.00 County Council.pdf"
FILES = {
    CABINET_30: "cabinet-2025-01-30/originals",
    CABINET_09: "cabinet-2025-01-30/originals",
    COUNCIL_09: "council-2025-01-09/originals",
}


@pytest.fixture(scope="module")
def kent_db(tmp_path_factory, kent_dir, ingest) -> sqlite_utils.Database:
    db_path = tmp_path_factory.mktemp("kent") / "kent.db"
    result = ingest(db_path, *[kent_dir / folder / name for name, folder in FILES.items()])
    assert result.exit_code == 0, result.output
    assert "3 stored" in result.output
    return sqlite_utils.Database(db_path)


def _doc(db, filename) -> dict:
    rows = list(db.query("select * from documents where filename = ?", [filename]))
    assert len(rows) == 1
    return rows[0]


def _items(db, filename) -> list[dict]:
    doc = _doc(db, filename)
    return list(db.query("select * from items where document_id = ? order by position", [doc["id"]]))


def _item(db, filename, number) -> dict:
    found = [i for i in _items(db, filename) if i["number"] == number]
    assert len(found) == 1, f"item {number!r} not found; items are {[i['number'] for i in _items(db, filename)]}"
    return found[0]


def _people(db, filename) -> dict[str, dict]:
    doc = _doc(db, filename)
    return {r["name"]: r for r in db.query("select * from attendees where document_id = ?", [doc["id"]])}


# --- Meeting details --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "filename, committee, meeting_date",
    [
        (CABINET_30, "Cabinet", "2025-01-30"),
        (CABINET_09, "Cabinet", "2025-01-09"),
        (COUNCIL_09, "County Council", "2025-01-09"),
    ],
)
def test_meeting_details(kent_db, filename, committee, meeting_date):
    doc = _doc(kent_db, filename)
    assert doc["doc_type"] == "minutes"
    assert doc["committee"] == committee
    assert doc["meeting_date"] == meeting_date
    assert doc["format"] == "pdf"
    assert doc["status"] == "ok"


# --- Items --------------------------------------------------------------------------------------

CABINET_30_TITLES = {
    "84": "Apologies",
    "85": "Declarations of Interest",
    "86": "Minutes of the Meeting held on 9th January 2025",
    "87": "Cabinet Member Updates",
    "88": "24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25",
    "89": "Draft Revenue Budget 2025-26, MTFP 2025-28, Draft Capital Programme 2025-35 and Treasury Management Strategy",
    "90": "24/00109 - Transfer the 18-25 section of the Strengthening Independence Service from the Children Young "
    "People and Education Directorate to the Adult Social Care and Health Directorate",
    "91": "24/00115 - Kent County Council Integrated Care Strategy (KCC ICS) Delivery Plan",
    "92": "24/00096 - Commissioning Plan for Education Provision in Kent 2025-29",
}
CABINET_09_TITLES = {
    "76": "Apologies",
    "77": "Declarations of Interest",
    "78": "Minutes of the Meeting held on 28 November 2024",
    "79": "Cabinet Member Updates",
    "80": "Provisional Local Government Finance Settlement 2025-26",
    "81": "Quarterly Performance Report, Q2 2024-2025",
    "82": "Corporate Risk Register",
    "83": "English Devolution White Paper",
}
COUNCIL_09_TITLES = {
    "": "Election of Chair",
    "283": "Apologies for Absence",
    "284": "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda",
    "285": "English Devolution White Paper",
}


def test_cabinet_30_january_items_are_84_to_92(kent_db):
    assert [i["number"] for i in _items(kent_db, CABINET_30)] == [str(n) for n in range(84, 93)]


def test_cabinet_9_january_items_are_76_to_83(kent_db):
    assert [i["number"] for i in _items(kent_db, CABINET_09)] == [str(n) for n in range(76, 84)]


def test_county_council_items(kent_db):
    assert [i["number"] for i in _items(kent_db, COUNCIL_09)] == list(COUNCIL_09_TITLES)


@pytest.mark.parametrize(
    "filename, number, title",
    [(CABINET_30, n, t) for n, t in CABINET_30_TITLES.items()]
    + [(CABINET_09, n, t) for n, t in CABINET_09_TITLES.items()]
    + [(COUNCIL_09, n, t) for n, t in COUNCIL_09_TITLES.items()],
)
def test_item_title(kent_db, filename, number, title):
    assert _item(kent_db, filename, number)["title"] == title


@pytest.mark.parametrize("filename", list(FILES))
def test_item_references_are_not_in_titles_or_text(kent_db, filename):
    for item in _items(kent_db, filename):
        assert "(Item" not in item["title"]
        assert not re.search(r"\bItem \d", item["title"])
        lines = [line.strip() for line in item["text"].split("\n")]
        assert not any(re.fullmatch(r"\(Item \d+\)", line) for line in lines), item["number"]


def test_titles_have_no_split_first_letter(kent_db):
    # The County Council PDF draws a space over the second letter of each heading.
    titles = [i["title"] for i in _items(kent_db, COUNCIL_09)]
    assert "Apologies for Absence" in titles
    for title in titles:
        assert not re.match(r"^[A-Z] [a-z]", title), title
    assert not re.search(r"\bA pologies|\bD eclarations|\bE nglish", _doc(kent_db, COUNCIL_09)["text"])


@pytest.mark.parametrize("filename", list(FILES))
def test_page_numbers_do_not_leak_into_item_text(kent_db, filename):
    for item in _items(kent_db, filename):
        for paragraph in item["text"].split("\n"):
            paragraph = paragraph.strip()
            assert not re.fullmatch(r"(page\s*)?\d{1,3}", paragraph, re.I), f"item {item['number']}: {paragraph!r}"
            assert not re.search(r"[.;:!?)]\s+\d{1,3}$", paragraph), f"item {item['number']}: ...{paragraph[-80:]!r}"
            assert not re.search(r"\bPage \d+ of \d+\b", paragraph)


@pytest.mark.parametrize("filename", list(FILES))
def test_page_numbers_do_not_leak_into_document_text(kent_db, filename):
    for paragraph in _doc(kent_db, filename)["text"].split("\n\n"):
        assert not re.fullmatch(r"\s*\d{1,3}\s*", paragraph), repr(paragraph)


# --- Resolutions --------------------------------------------------------------------------------

RESOLUTIONS = [
    (CABINET_30, "86", "RESOLVED that the minutes of the meeting on 9 January 2025 were a correct record", None, "agreed"),
    (CABINET_30, "88", "RESOLVED that Cabinet agree to:", "Note the forecast revenue overspend of £23.3m", "agreed"),
    (CABINET_30, "89", "RESOLVED that Cabinet considered the proposed amendments", "endorsed the draft budget", "agreed"),
    (CABINET_30, "90", "RESOLVED that Cabinet agree to transfer the statutory functions", None, "agreed"),
    (CABINET_30, "91", "RESOLVED that Cabinet agree to:", "Adopt the Integrated Care Strategy Delivery Plan", "agreed"),
    (CABINET_30, "92", "RESOLVED that Cabinet agree the Commissioning Plan for Education Provision", None, "agreed"),
    (CABINET_09, "78", "RESOLVED that the minutes of the meeting on 28 November 2024 were a correct record", None, "agreed"),
    (CABINET_09, "80", "RESOLVED that Cabinet note the provisional settlement", "agree to delegate", "agreed"),
    (CABINET_09, "81", "RESOLVED that Cabinet note the Quarter 2 Performance Report", None, "noted"),
    (CABINET_09, "82", "RESOLVED that Cabinet note the report.", None, "noted"),
    (CABINET_09, "83", "RESOLVED that Cabinet:", "Agree to submit a request to Government", "agreed"),
    (COUNCIL_09, "", "RESOLVED that Mr Cooke be elected to Chair the meeting.", None, "agreed"),
    (COUNCIL_09, "285", "RESOLVED that the County Council:", "Endorses the ongoing joint work", "agreed"),
]


@pytest.mark.parametrize(
    "filename, number, start, contains, outcome",
    RESOLUTIONS,
    ids=[f"{f[:20]}-{n or 'chair'}" for f, n, *_ in RESOLUTIONS],
)
def test_resolved_that(kent_db, filename, number, start, contains, outcome):
    item = _item(kent_db, filename, number)
    found = [
        r for r in kent_db.query("select * from resolutions where item_id = ? order by position", [item["id"]])
        if r["text"].startswith(start)
    ]
    assert len(found) == 1, f"no resolution starting {start!r} in item {number}"
    if contains:
        assert contains in found[0]["text"]
    assert found[0]["outcome"] == outcome


def test_amendment_lost_does_not_swallow_the_next_paragraph(kent_db):
    doc = _doc(kent_db, COUNCIL_09)
    lost = [r["text"] for r in kent_db.query(
        "select text from resolutions where document_id = ? and text like '%Amendment lost%'", [doc["id"]]
    )]
    assert len(lost) == 4
    for text in lost:
        assert "proposed and" not in text and "put the substantive motion" not in text, text
        # The row says what was put to the vote, not only that it was lost.
        assert "put the amendment set out in paragraph" in text and text.endswith("Amendment lost."), text


# --- Attendance -----------------------------------------------------------------------------------

@pytest.mark.parametrize("filename", [CABINET_30, CABINET_09])
def test_present_with_the_chairman(kent_db, filename):
    people = _people(kent_db, filename)
    assert people["Mr R W Gough"]["role"] == "Chairman"
    assert people["Mr R W Gough"]["attendance"] == "present"
    for name in ("Mr N Baker", "Mrs S Chandler", "Mr R C Love, OBE", "Mr P J Oakford", "Mr R J Thomas"):
        assert people[name]["attendance"] == "present", name


@pytest.mark.parametrize(
    "name, role",
    [
        ("Dr A Ghosh", "Director of Public Health"),
        ("Mrs A Beer", "Chief Executive"),
        ("Mr B Watts", "General Counsel"),
        ("Mrs C Head", "Head of Finance Operations"),
        ("Ms C McInnes", "Director of Education"),
        # IN ATTENDANCE VIRTUALLY
        ("Mr S Jones", "Corporate Director of Growth, Environment and Transport"),
        ("Dr M Gogarty", "Interim Strategic Lead for Public Health"),
        ("Mrs L Gannon", "Director of Technology"),
    ],
)
def test_in_attendance(kent_db, name, role):
    people = _people(kent_db, CABINET_30)
    assert name in people
    assert people[name]["attendance"] == "in_attendance"
    assert people[name]["role"] == role


def test_apologies_sentence(kent_db):
    people = _people(kent_db, CABINET_30)
    assert people["Mrs C Bell"]["attendance"] == "apologies"
    # Present at the meeting of 9 January.
    assert _people(kent_db, CABINET_09)["Mrs C Bell"]["attendance"] == "present"


def test_county_council_apologies_and_officers(kent_db):
    people = _people(kent_db, COUNCIL_09)
    for name in ("Mr Beaney", "Mr Campkin", "Miss Carey", "Mrs Prendergast"):
        assert people[name]["attendance"] == "apologies", name
    assert people["Mr J Cook"]["attendance"] == "in_attendance"
    assert people["Mr J Cook"]["role"] == "Democratic Services Manager"
    assert people["Mr G Cooke"]["attendance"] == "present"


def test_job_title_fragments_are_not_people(kent_db):
    # "David Whittle, Director of Strategy, Policy, Relationships & Corporate Assurance ... were in
    # attendance": the words after the commas are his job title, not more people.
    names = set(_people(kent_db, CABINET_09))
    assert not names & {"Policy", "Relationships", "Corporate Assurance", "Delivery Assurance", "General Counsel"}


# --- Points raised ----------------------------------------------------------------------------------

FURTHER_TO_COMMENTS = [
    (CABINET_30, "89", [
        "Members expressed their gratitude to Mr Oakford",
        "Without a resolution from Government on the funding issues",
        "The Children, Young People and Education directorate had received",
        "Concerns were expressed on the implications of local government reorganisation",
        "Members noted the challenges of managing limited funding",
        "Furthermore, comparison was made between Kent County Council and Birmingham",
    ]),
    (CABINET_30, "91", [
        "Members commented on the approach to children's mental health",
        "Mr Watkins and the Leader were part of the membership",
        "Low-level interventions at the neighbourhood community level",
        "A proposal from the Government's Working Party",
        "The Integrated Care Strategy remained a partnership effort",
    ]),
    (CABINET_30, "92", [
        "Members commented on the impact of the retrospective VAT",
        "Members remarked on the plan's flexibility",
        "In response to concerns regarding the new requirement",
        "With regard to proposed housing plans",
    ]),
    (CABINET_09, "80", [
        "That whilst the allocation of the Recovery Grant",
        "The assessed needs for Recovery Grant",
        "Furthermore, government had also indicated",
        "Members commented on the reduced level of funding",
        "The risk of not moving towards the devolution agenda",
    ]),
    (CABINET_09, "81", [
        "In response to the % of pupils (with EHCPs)",
        "From September 2024, inspections of state funded schools",
        "The number of properties brought back into active use",
        "Unaccompanied Asylum Seeking Children (UASC)",
        "A significant amount of work had been undertaken",
    ]),
    (CABINET_09, "82", [
        "It was noted that risk CRR0056 SEND Delivery Improvement and High Needs Funding shortfall",
        "It was noted that risk CRR0015 sustainability of the social care market would likely remain",
        "In response to how English Devolution would impact",
    ]),
]


@pytest.mark.parametrize(
    "filename, number, starts", FURTHER_TO_COMMENTS, ids=[f"{f[:20]}-{n}" for f, n, _ in FURTHER_TO_COMMENTS]
)
def test_bullets_after_further_to_comments_become_questions(kent_db, filename, number, starts):
    """"Further to comments and questions from Members it was noted:" then one point per bullet."""
    item = _item(kent_db, filename, number)
    texts = [
        " ".join(q["text"].split())
        for q in kent_db.query("select text from questions where item_id = ? order by position", [item["id"]])
    ]
    assert len(texts) == len(starts), texts
    for text, start in zip(texts, starts):
        assert text.startswith(start), (start, text[:100])


def test_noted_bullets_are_not_resolutions(kent_db):
    doc = _doc(kent_db, CABINET_09)
    texts = [r["text"] for r in kent_db.query("select text from resolutions where document_id = ?", [doc["id"]])]
    assert not [t for t in texts if t.startswith("It was noted that risk")]


def test_in_response_to_concerns_keeps_the_concern_with_the_question(kent_db):
    """"In response to concerns regarding X, assurance was provided that Y": X belongs to the
    point raised, Y is the answer."""
    doc = _doc(kent_db, CABINET_30)
    rows = list(kent_db.query(
        """select questions.text, questions.kind, responses.text as response from questions
        left join responses on responses.question_id = questions.id
        where questions.document_id = ? and questions.text like 'In response to concerns%'""",
        [doc["id"]],
    ))
    assert len(rows) == 1
    assert "9 to 36-month provision" in rows[0]["text"]
    assert rows[0]["kind"] == "concern"
    assert rows[0]["response"] is not None
    assert rows[0]["response"].startswith("assurance was provided")
