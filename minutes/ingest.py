"""Bulk ingest: read each file, store it, and carry on past files that cannot be read."""
from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional, Union

import sqlite_utils

from .extract import ExtractError, NotADocument
from .model import Document
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


@dataclass
class _Failure:
    """Why a file could not be read, as plain data so it can come back from a worker."""
    status: str  # failed | skipped
    message: str
    record: bool = True  # note it in ingest_errors


def ingest(
    db: sqlite_utils.Database, paths: list[Path], themes: list[Theme], force: bool = False, jobs: int = 1
) -> Iterator[IngestResult]:
    """Ingest files and folders, yielding one result per file in the order found.

    With ``jobs`` above 1, files are read and parsed in that many worker processes; the
    database is only ever written here, one file at a time, so a run stopped part way keeps
    every file stored so far.
    """
    ensure_db_shape(db)
    save_themes(db, themes)
    files = find_files(paths)
    if jobs <= 1 or len(files) < 2:
        tagger = Tagger(themes)
        for path in files:
            yield ingest_file(db, path, tagger, force)
    else:
        yield from _ingest_in_parallel(db, files, themes, force, jobs)
    ensure_db_shape(db)
    mark_duplicate_minutes(db)


def ingest_file(db: sqlite_utils.Database, path: Path, tagger: Tagger, force: bool = False) -> IngestResult:
    """Read and store one file, unless the same content is already stored."""
    checked = _check(db, path, force)
    if isinstance(checked, IngestResult):
        return checked
    return _store(db, path, _read(path, tagger, checked))


def default_jobs() -> int:
    """One worker per processor this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def _check(db: sqlite_utils.Database, path: Path, force: bool) -> Union[IngestResult, str]:
    """The file's SHA-256 if it needs reading, else the result that says why not."""
    try:
        if not path.exists():
            raise ExtractError("no such file")
        if not path.is_file():
            raise ExtractError("not a file")
        sha256 = file_sha256(path)
    except ExtractError as e:
        return _store(db, path, _Failure("failed", str(e)))
    except OSError as e:
        return _store(db, path, _Failure("failed", f"cannot be read: {e.strerror or e}"))
    if not force:
        unchanged = _unchanged(db, path, sha256)
        if unchanged:
            return unchanged
    return sha256


def _unchanged(db: sqlite_utils.Database, path: Path, sha256: str) -> Optional[IngestResult]:
    copy = stored_copy(db, sha256)
    if copy == str(Path(path).resolve()):
        return IngestResult(path, "unchanged", "already stored")
    if copy is not None:
        # Minutes reappear in later agenda packs: identical files are stored once.
        return IngestResult(path, "unchanged", f"identical to {copy}")
    return None


def _read(path: Path, tagger: Tagger, sha256: str) -> Union[Document, _Failure]:
    """Read one file; never raises, so one bad file cannot stop a run."""
    try:
        return read_document(path, tagger, sha256=sha256)
    except NotADocument as e:
        return _Failure("skipped", str(e), record=False)
    except ExtractError as e:
        return _Failure("failed", str(e))
    except Exception as e:  # a parser bug must not stop a bulk run
        return _Failure("failed", f"unexpected {type(e).__name__}: {e}; please report this file")


def _store(db: sqlite_utils.Database, path: Path, outcome: Union[Document, _Failure]) -> IngestResult:
    if isinstance(outcome, _Failure):
        if outcome.record:
            record_error(db, str(Path(path).resolve()), path.name, outcome.message)
        return IngestResult(path, outcome.status, outcome.message)
    document = outcome
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


# Each worker process builds its tagger once, not once per file.
_worker_tagger: Optional[Tagger] = None


def _start_worker(themes: list[Theme]) -> None:
    global _worker_tagger
    _worker_tagger = Tagger(themes)


def _read_in_worker(path: Path, sha256: str) -> Union[Document, _Failure]:
    return _read(path, _worker_tagger, sha256)


def _ingest_in_parallel(
    db: sqlite_utils.Database, files: list[Path], themes: list[Theme], force: bool, jobs: int
) -> Iterator[IngestResult]:
    # A bounded window keeps memory flat on archive-sized runs while every worker stays busy.
    window: deque[tuple[Path, Union[IngestResult, Future]]] = deque()
    pool = _pool(themes, jobs)
    try:
        todo = iter(files)
        while True:
            while len(window) < jobs * 4 and (path := next(todo, None)) is not None:
                checked = _check(db, path, force)
                window.append((path, checked if isinstance(checked, IngestResult)
                               else _submit(pool, path, checked)))
            if not window:
                break
            path, pending = window.popleft()
            if isinstance(pending, IngestResult):
                yield pending
                continue
            try:
                outcome = pending.result()
            except BrokenProcessPool:
                # A worker died (out of memory, say) on one of the files in hand: read those
                # again one at a time to find which, then carry on with a fresh pool.
                pool.shutdown(cancel_futures=True)
                retry = [(path, pending)] + list(window)
                window.clear()
                pool = None
                for path, pending in retry:
                    yield pending if isinstance(pending, IngestResult) else _store_checked(
                        db, path, _read_alone(path, themes), force)
                pool = _pool(themes, jobs)
                continue
            yield _store_checked(db, path, outcome, force)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, path: Path, sha256: str) -> Future:
    try:
        return pool.submit(_read_in_worker, path, sha256)
    except BrokenProcessPool as e:  # a worker died since the last file was handed out
        broken: Future = Future()
        broken.set_exception(e)
        return broken


def _pool(themes: list[Theme], jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(themes,))


def _read_alone(path: Path, themes: list[Theme]) -> Union[Document, _Failure]:
    with _pool(themes, 1) as pool:
        try:
            return pool.submit(_read_in_worker, path, file_sha256(path)).result()
        except BrokenProcessPool:
            return _Failure("failed", "the process reading it stopped (out of memory?); check that "
                            "the file opens, split it if it is huge, and ingest it again")


def _store_checked(
    db: sqlite_utils.Database, path: Path, outcome: Union[Document, _Failure], force: bool
) -> IngestResult:
    # Two copies of one file in a single run: the first stored wins, as when read in turn.
    if isinstance(outcome, Document) and not force:
        unchanged = _unchanged(db, path, outcome.sha256)
        if unchanged:
            return unchanged
    return _store(db, path, outcome)


def _counts(document) -> tuple[int, int, int]:
    return (
        len(document.items),
        len(document.questions) + sum(len(i.questions) for i in document.items),
        sum(len(i.resolutions) for i in document.items),
    )
