"""Bulk ingest: read each file, store it, and carry on past files that cannot be read."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

import sqlite_utils

from .extract import ExtractError, NotADocument
from .pipeline import file_sha256, find_files, read_document
from .store import ensure_db_shape, mark_duplicate_minutes, record_error, save_document, save_themes, stored_copy
from .themes import Tagger, Theme


@dataclass
class IngestResult:
    path: Path
    status: str  # stored | unchanged | failed | skipped
    message: str = ""
    document_id: Optional[str] = None
    doc_type: Optional[str] = None
    items: int = 0
    questions: int = 0
    resolutions: int = 0
    # Minutes found inside an agenda pack: (meeting date, items, questions, resolutions).
    parts: list = field(default_factory=list)


def ingest(
    db: sqlite_utils.Database, paths: list[Path], themes: list[Theme], force: bool = False
) -> Iterator[IngestResult]:
    """Ingest files and folders, yielding one result per file."""
    ensure_db_shape(db)
    save_themes(db, themes)
    tagger = Tagger(themes)
    for path in find_files(paths):
        yield ingest_file(db, path, tagger, force)
    ensure_db_shape(db)
    mark_duplicate_minutes(db)


def ingest_file(db: sqlite_utils.Database, path: Path, tagger: Tagger, force: bool = False) -> IngestResult:
    resolved = str(Path(path).resolve())
    try:
        if not path.exists():
            raise ExtractError("no such file")
        if not path.is_file():
            raise ExtractError("not a file")
        sha256 = file_sha256(path)
        copy = None if force else stored_copy(db, sha256)
        if copy == resolved:
            return IngestResult(path, "unchanged", "already stored")
        if copy is not None:
            # Minutes reappear in later agenda packs: identical files are stored once.
            return IngestResult(path, "unchanged", f"identical to {copy}")
        document = read_document(path, tagger, sha256=sha256)
    except NotADocument as e:
        return IngestResult(path, "skipped", str(e))
    except ExtractError as e:
        record_error(db, resolved, path.name, str(e))
        return IngestResult(path, "failed", str(e))
    except Exception as e:  # a parser bug must not stop a bulk run
        message = f"unexpected {type(e).__name__}: {e}; please report this file"
        record_error(db, resolved, path.name, message)
        return IngestResult(path, "failed", message)
    doc_id = save_document(db, document)
    return IngestResult(
        path,
        "stored",
        document.status if document.status != "ok" else "",
        doc_id,
        document.doc_type,
        *_counts(document),
        parts=[(part.meeting_date, *_counts(part)) for part in document.parts],
    )


def _counts(document) -> tuple[int, int, int]:
    return (
        len(document.items),
        len(document.questions) + sum(len(i.questions) for i in document.items),
        sum(len(i.resolutions) for i in document.items),
    )
