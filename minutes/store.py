"""SQLite storage with sqlite-utils: the public schema, and saving one document at a time."""
from __future__ import annotations

import datetime
import itertools
import re
from typing import Callable, Iterable, Optional

import sqlite_utils

from .model import Document
from .similarity import word_runs
from .themes import Theme

# The public schema. Users' SQL depends on these names: add columns, never rename them.
TABLES = {
    "documents": dict(
        columns={
            "id": str, "filename": str, "path": str, "format": str, "sha256": str, "doc_type": str,
            "council": str, "committee": str, "meeting_date": str, "title": str, "pages": int,
            "status": str, "themes": str, "text": str, "ingested_at": str,
            # Minutes printed inside an agenda pack: the pack's id and where they sit in it.
            "part_of": str, "first_page": int, "last_page": int,
            # Minutes of a meeting already stored from another file (the next meeting's pack
            # reprints them): the id of the copy kept; null for that copy.
            "duplicate_of": str,
        },
        pk="id",
        foreign_keys=[("part_of", "documents", "id"), ("duplicate_of", "documents", "id")],
    ),
    "items": dict(
        columns={
            "id": str, "document_id": str, "number": str, "title": str, "text": str,
            "position": int, "page": int, "themes": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    ),
    "questions": dict(
        columns={
            "id": str, "item_id": str, "document_id": str, "position": int, "kind": str,
            "text": str, "asked_by": str, "page": int, "themes": str,
        },
        pk="id",
        foreign_keys=[("item_id", "items", "id"), ("document_id", "documents", "id")],
    ),
    "responses": dict(
        columns={
            "id": str, "question_id": str, "item_id": str, "document_id": str, "text": str,
            "given_by": str, "page": int,
        },
        pk="id",
        foreign_keys=[("question_id", "questions", "id"), ("item_id", "items", "id"), ("document_id", "documents", "id")],
    ),
    "resolutions": dict(
        columns={
            "id": str, "item_id": str, "document_id": str, "position": int, "text": str,
            "outcome": str, "page": int, "themes": str,
        },
        pk="id",
        foreign_keys=[("item_id", "items", "id"), ("document_id", "documents", "id")],
    ),
    "attendees": dict(
        columns={"id": str, "document_id": str, "name": str, "role": str, "attendance": str, "party": str},
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    ),
    "themes": dict(
        columns={"slug": str, "label": str, "description": str, "words": str, "phrases": str},
        pk="slug",
    ),
    "theme_tags": dict(
        columns={
            "id": str, "theme": str, "row_table": str, "row_id": str, "document_id": str,
            "evidence": str,
        },
        pk="id",
        foreign_keys=[("theme", "themes", "slug"), ("document_id", "documents", "id")],
    ),
    "ingest_errors": dict(
        columns={"path": str, "filename": str, "error": str, "failed_at": str},
        pk="path",
    ),
}

FTS = {
    "documents": ["title", "text"],
    "items": ["title", "text"],
    "questions": ["text", "asked_by"],
    "responses": ["text", "given_by"],
    "resolutions": ["text"],
}

INDEXES = {
    "documents": [["doc_type"], ["committee"], ["meeting_date"], ["path"]],
    "items": [["document_id"]],
    "questions": [["item_id"], ["document_id"], ["kind"]],
    "responses": [["question_id"]],
    "resolutions": [["item_id"], ["document_id"], ["outcome"]],
    "attendees": [["document_id"], ["name"]],
    "theme_tags": [["theme"], ["row_table", "row_id"], ["document_id"]],
}

VIEWS = {
    # Each point with its answer and meeting, as a reader of the minutes would see it.
    "question_answers": """
select
  questions.id as question_id, documents.committee, documents.meeting_date,
  items.number as item_number, items.title as item_title, questions.kind,
  questions.asked_by, questions.text as question, responses.given_by,
  responses.text as response, questions.themes, documents.filename, questions.page,
  documents.id as document_id, documents.duplicate_of
from questions
left join items on items.id = questions.item_id
join documents on documents.id = questions.document_id
left join responses on responses.question_id = questions.id
""",
    # Resolutions with their meeting, for counting decisions by committee and month.
    "resolution_details": """
select
  resolutions.id as resolution_id, documents.committee, documents.meeting_date,
  substr(documents.meeting_date, 1, 7) as month, items.number as item_number,
  items.title as item_title, resolutions.outcome, resolutions.text, resolutions.themes,
  documents.filename, resolutions.page, documents.id as document_id, documents.duplicate_of
from resolutions
join items on items.id = resolutions.item_id
join documents on documents.id = resolutions.document_id
""",
}


def ensure_db_shape(db: sqlite_utils.Database) -> None:
    """Create tables, full-text indexes, indexes and views; safe to run again."""
    for name, spec in TABLES.items():
        if not db[name].exists():
            db[name].create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys"), not_null=None)
        else:
            missing = {c: t for c, t in spec["columns"].items() if c not in db[name].columns_dict}
            for column, kind in missing.items():
                db[name].add_column(column, kind)
    for name, columns in FTS.items():
        if not db[f"{name}_fts"].exists():
            db[name].enable_fts(columns, create_triggers=True, tokenize="porter")
    for name, indexes in INDEXES.items():
        existing = {tuple(ix.columns) for ix in db[name].indexes}
        for columns in indexes:
            if tuple(columns) not in existing:
                db[name].create_index(columns)
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)


def mark_duplicate_minutes(db: sqlite_utils.Database) -> int:
    """Point every repeated copy of a meeting's minutes at the copy kept: a file of its own
    rather than minutes inside a pack, then the first stored. Returns how many repeat.

    Two copies are one meeting when they share committee and date and do not name two
    different councils. Many councils hold a "Health Scrutiny Committee" on the same day
    and a pack's copy often names no council, so a copy naming none must also share four
    fifths of its runs of words with the other."""
    rows = db.query("""
        select id, council, committee, meeting_date, duplicate_of from documents
        where doc_type = 'minutes' and committee is not null and meeting_date is not null
        order by lower(committee), meeting_date, part_of is not null, ingested_at, rowid
    """)
    duplicate_of: dict[str, str] = {}
    before: dict[str, Optional[str]] = {}
    for _, group in itertools.groupby(rows, key=lambda r: (r["committee"].lower(), r["meeting_date"])):
        group = list(group)
        before.update((r["id"], r["duplicate_of"]) for r in group)
        if len(group) < 2:
            continue
        runs: dict[str, set[int]] = {}  # the wording of this meeting's copies, read when needed

        def wording(doc_id: str) -> set[int]:
            if doc_id not in runs:
                runs[doc_id] = word_runs(db["documents"].get(doc_id)["text"] or "")
            return runs[doc_id]

        kept: list[dict] = []
        for row in group:
            same = next((k for k in kept if _same_meeting(row, k, wording)), None)
            if same:
                duplicate_of[row["id"]] = same["id"]
            else:
                kept.append(row)
    stale = [doc_id for doc_id, was in before.items() if was is not None and doc_id not in duplicate_of]
    stale += [r["id"] for r in db.query(
        "select id from documents where duplicate_of is not null and (doc_type != 'minutes' or committee is null or meeting_date is null)")]
    with db.atomic():
        # Only rows whose link changes are written: each write re-indexes the row's text.
        for doc_id in stale:
            db["documents"].update(doc_id, {"duplicate_of": None})
        for doc_id, kept_id in duplicate_of.items():
            if before.get(doc_id) != kept_id:
                db["documents"].update(doc_id, {"duplicate_of": kept_id})
    return len(duplicate_of)


# Ways of writing one council's name: "London Borough of Hounslow" and "Hounslow Council" are
# one council ("Dover Town Council" and "Dover District Council" are two).
_COUNCIL_KIND = re.compile(r"^(the )?((london|royal) borough|city|county borough) of |\bcouncil\b|^the ")


def _same_meeting(a: dict, b: dict, wording: Callable[[str], set[int]]) -> bool:
    """Whether two sets of minutes with the same committee and date record one meeting."""
    councils = [" ".join(_COUNCIL_KIND.sub(" ", (r["council"] or "").lower().strip()).split()) for r in (a, b)]
    if all(councils):
        return councils[0] == councils[1]
    a_words, b_words = wording(a["id"]), wording(b["id"])
    shorter = min(len(a_words), len(b_words))
    return shorter >= 20 and len(a_words & b_words) >= 0.8 * shorter



def save_themes(db: sqlite_utils.Database, themes: list[Theme]) -> None:
    with db.atomic():
        db["themes"].delete_where()
        db["themes"].insert_all(
            {"slug": t.slug, "label": t.label, "description": t.description, "words": t.words, "phrases": t.phrases}
            for t in themes
        )


def stored_copy(db: sqlite_utils.Database, sha256: str) -> Optional[str]:
    """The path of a stored document with exactly this content, if any."""
    rows = list(db.query("select path from documents where sha256 = ?", [sha256]))
    return rows[0]["path"] if rows else None


def _delete_document(db: sqlite_utils.Database, where: str, args: list) -> None:
    ids = [r["id"] for r in db.query(f"select id from documents where {where}", args)]
    for doc_id in ids:
        for table in ("theme_tags", "responses", "questions", "resolutions", "items", "attendees"):
            db[table].delete_where("document_id = ?", [doc_id])
        db["documents"].delete(doc_id)


def save_document(db: sqlite_utils.Database, document: Document) -> str:
    """Store one parsed document and the minutes found inside it, replacing any earlier
    version of the same file, all or nothing."""
    doc_id = document.sha256[:16]
    with db.atomic():
        _delete_document(db, "path = ? or id = ? or part_of = ?", [document.path, doc_id, doc_id])
        db["ingest_errors"].delete_where("path = ?", [document.path])
        _insert_document(db, document, doc_id)
        for part in document.parts:
            _insert_document(db, part, f"{doc_id}-{part.part}", part_of=doc_id)
    return doc_id


def _insert_document(db: sqlite_utils.Database, document: Document, doc_id: str, part_of: Optional[str] = None) -> None:
    now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    db["documents"].insert(
        {
            "id": doc_id, "filename": document.filename, "path": document.path,
            "format": document.format, "sha256": document.sha256, "doc_type": document.doc_type,
            "council": document.council, "committee": document.committee,
            "meeting_date": document.meeting_date, "title": document.title,
            "pages": document.pages, "status": document.status, "themes": document.themes,
            "text": document.text, "ingested_at": now, "part_of": part_of,
            "first_page": document.first_page, "last_page": document.last_page,
        }
    )
    for table, records in _rows(document, doc_id).items():
        if records:
            db[table].insert_all(records)


def _rows(document: Document, doc_id: str) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {t: [] for t in ("items", "questions", "responses", "resolutions", "attendees", "theme_tags")}

    def tags(table: str, row_id: str, evidence: dict) -> None:
        for slug, words in evidence.items():
            rows["theme_tags"].append(
                {"id": f"{row_id}:{slug}", "theme": slug, "row_table": table, "row_id": row_id,
                 "document_id": doc_id, "evidence": words}
            )

    tags("documents", doc_id, document.evidence)

    def add_questions(questions, item_id, prefix):
        for q, question in enumerate(questions, 1):
            question_id = f"{prefix}-q{q}"
            rows["questions"].append(
                {"id": question_id, "item_id": item_id, "document_id": doc_id, "position": q,
                 "kind": question.kind, "text": question.text, "asked_by": question.asked_by,
                 "page": question.page, "themes": question.themes}
            )
            tags("questions", question_id, question.evidence)
            if question.response is not None:
                rows["responses"].append(
                    {"id": f"{question_id}-a", "question_id": question_id, "item_id": item_id,
                     "document_id": doc_id, "text": question.response.text,
                     "given_by": question.response.given_by, "page": question.response.page}
                )

    add_questions(document.questions, None, doc_id)
    for i, item in enumerate(document.items, 1):
        item_id = f"{doc_id}-{i}"
        rows["items"].append(
            {"id": item_id, "document_id": doc_id, "number": item.number, "title": item.title,
             "text": item.text, "position": i, "page": item.page, "themes": item.themes}
        )
        tags("items", item_id, item.evidence)
        add_questions(item.questions, item_id, item_id)
        for r, resolution in enumerate(item.resolutions, 1):
            resolution_id = f"{item_id}-r{r}"
            rows["resolutions"].append(
                {"id": resolution_id, "item_id": item_id, "document_id": doc_id, "position": r,
                 "text": resolution.text, "outcome": resolution.outcome, "page": resolution.page,
                 "themes": resolution.themes}
            )
            tags("resolutions", resolution_id, resolution.evidence)
    for a, person in enumerate(document.attendees, 1):
        rows["attendees"].append(
            {"id": f"{doc_id}-p{a}", "document_id": doc_id, "name": person.name, "role": person.role,
             "attendance": person.attendance, "party": person.party}
        )
    return rows


def record_error(db: sqlite_utils.Database, path: str, filename: str, error: str) -> None:
    """Note a file that could not be read; whatever was stored for it before stays."""
    now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    with db.atomic():
        db["ingest_errors"].upsert({"path": path, "filename": filename, "error": error, "failed_at": now}, pk="path")


def retag_rows(db: sqlite_utils.Database, tagger, themes: list[Theme]) -> dict[str, int]:
    """Re-apply a theme list to stored rows without re-reading any file."""
    from .themes import tag_point

    counts = {"documents": 0, "items": 0, "questions": 0, "resolutions": 0}
    with db.atomic():
        save_themes(db, themes)
        db["theme_tags"].delete_where()
        point_sql = (
            "select {t}.id, {t}.document_id, {t}.text, items.title as item_title "
            "from {t} left join items on items.id = {t}.item_id"
        )
        sources: Iterable = [
            ("documents", "select id, id as document_id, text from documents",
             lambda r: tagger.tag(r["text"] or "")),
            ("items", "select id, document_id, title, text from items",
             lambda r: tagger.tag(f"{r['title'] or ''}\n{r['text'] or ''}")),
            ("questions", point_sql.format(t="questions"),
             lambda r: tag_point(tagger, r["text"] or "", r["item_title"])),
            ("resolutions", point_sql.format(t="resolutions"),
             lambda r: tag_point(tagger, r["text"] or "", r["item_title"])),
        ]
        for table, sql, tag in sources:
            updates, tag_rows = [], []
            for row in db.query(sql):
                evidence = tag(row)
                updates.append({"id": row["id"], "themes": list(evidence)})
                for slug, words in evidence.items():
                    tag_rows.append({"id": f"{row['id']}:{slug}", "theme": slug, "row_table": table,
                                     "row_id": row["id"], "document_id": row["document_id"], "evidence": words})
            db[table].upsert_all(updates, pk="id")
            db["theme_tags"].insert_all(tag_rows)
            counts[table] = len(updates)
    return counts
