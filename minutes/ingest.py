"""Bulk ingest: read each file, store it, and carry on past files that cannot be read."""
from __future__ import annotations

import os
import threading
import time
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

    With ``jobs`` above 1 (0: one per processor), files are read and parsed in that many
    worker processes; the database is only ever written here, one file at a time and in the
    order found, so the rows are the same as when reading in turn and a run stopped part way
    keeps every file stored before it.
    """
    ensure_db_shape(db)
    save_themes(db, themes)
    tagger = Tagger(themes)  # a theme list that cannot be used fails here, once
    files = find_files(paths)
    jobs = min(jobs or default_jobs(), len(files), _jobs_the_file_limit_allows())
    if jobs <= 1:
        for path in files:
            yield ingest_file(db, path, tagger, force)
    else:
        yield from _ingest_in_parallel(db, files, themes, tagger, force, jobs)
    ensure_db_shape(db)
    mark_duplicate_minutes(db)


def ingest_file(db: sqlite_utils.Database, path: Path, tagger: Tagger, force: bool = False) -> IngestResult:
    """Read and store one file, unless the same content is already stored."""
    checked = _check(db, path, force)
    if isinstance(checked, str):
        checked = _read(path, tagger, checked)
    return checked if isinstance(checked, IngestResult) else _store(db, path, checked)


def default_jobs() -> int:
    """One worker per processor this process may use (at most 32)."""
    try:
        count = len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        count = os.cpu_count() or 1
    return max(1, min(count, 32))


def _jobs_the_file_limit_allows() -> int:
    """Each worker holds a few pipes open: not more workers than the open-file limit allows."""
    try:
        import resource
    except ImportError:  # not on Windows
        return 32
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return 32 if soft == resource.RLIM_INFINITY else max(1, (soft - 32) // 8)


def _check(db: sqlite_utils.Database, path: Path, force: bool) -> Union[IngestResult, _Failure, str]:
    """The file's SHA-256 if it needs reading, else why not: unchanged, or unreadable."""
    try:
        if not path.exists():
            raise ExtractError("no such file")
        if not path.is_file():
            raise ExtractError("not a file")
        sha256 = file_sha256(path)
    except ExtractError as e:
        return _Failure("failed", str(e))
    except OSError as e:
        return _Failure("failed", f"cannot be read: {e.strerror or e}")
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
    except OSError as e:  # gone or locked since it was checked
        return _Failure("failed", f"cannot be read: {e.strerror or e}")
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


def _start_worker(themes: list[Theme], parent: int) -> None:
    global _worker_tagger
    _worker_tagger = Tagger(themes)
    # A worker whose run was killed outright (SIGKILL, a closed terminal) ends too, rather
    # than wait for work for ever holding the database and the run's output open.
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _read_in_worker(path: Path, sha256: str) -> Union[Document, _Failure]:
    return _read(path, _worker_tagger, sha256)


def _ready() -> bool:
    return True


class _Reader:
    """Worker processes reading files; where they cannot start or run, files are read here."""

    def __init__(self, themes: list[Theme], tagger: Tagger, jobs: int):
        self.themes, self.tagger, self.jobs = themes, tagger, jobs
        self.pool: Optional[ProcessPoolExecutor] = self._pool(jobs)

    def _pool(self, jobs: int) -> Optional[ProcessPoolExecutor]:
        pool = None
        try:
            pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(self.themes, os.getpid()))
            pool.submit(_ready).result()  # workers that cannot start fail here, not file by file
            return pool
        except (BrokenProcessPool, OSError, RuntimeError):
            # (a script with no "if __name__ == '__main__':", too few file handles): the workers
            # that did start are stopped, so that nothing waits for them at exit
            if pool is not None:
                for process in list((getattr(pool, "_processes", None) or {}).values()):
                    process.terminate()
                pool.shutdown(wait=False, cancel_futures=True)
            return None

    def submit(self, path: Path, sha256: str) -> Future:
        if self.pool is not None:
            try:
                return self.pool.submit(_read_in_worker, path, sha256)
            except (BrokenProcessPool, OSError, RuntimeError):
                pass  # a worker died since the last file was handed out: read it below
        done: Future = Future()
        done.set_result(_NOT_TAKEN)
        return done

    def result(self, future: Future, path: Path, sha256: str) -> Union[Document, _Failure]:
        try:
            outcome = future.result()
        except BrokenProcessPool:
            # A worker died (out of memory, say) on a file in hand: this one is read again
            # alone, in a process of its own, to see whether it was the one.
            return self.alone(path, sha256)
        except Exception as e:  # a result that could not come back from the worker
            return _Failure("failed", f"unexpected {type(e).__name__}: {e}; please report this file")
        return _read(path, self.tagger, sha256) if outcome is _NOT_TAKEN else outcome

    def alone(self, path: Path, sha256: str) -> Union[Document, _Failure]:
        pool = self._pool(1)
        if pool is None:
            return _read(path, self.tagger, sha256)
        with pool:
            try:
                return pool.submit(_read_in_worker, path, sha256).result()
            except BrokenProcessPool:
                return _Failure("failed", "the process reading it stopped (out of memory?); check that "
                                "the file opens, split it if it is huge, and ingest it again")

    def renew(self) -> None:
        """A fresh pool after a worker died; the files in hand are read again."""
        self.close()
        self.pool = self._pool(self.jobs)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


# A file no worker took: read in this process when its turn comes.
_NOT_TAKEN = object()


def _ingest_in_parallel(
    db: sqlite_utils.Database, files: list[Path], themes: list[Theme], tagger: Tagger, force: bool, jobs: int
) -> Iterator[IngestResult]:
    # A bounded window keeps memory flat on archive-sized runs while every worker stays busy.
    window: deque[tuple[Path, Union[IngestResult, _Failure, tuple[str, Future]]]] = deque()
    reader = _Reader(themes, tagger, jobs)
    try:
        todo = iter(files)
        while True:
            while len(window) < jobs * 4 and (path := next(todo, None)) is not None:
                checked = _check(db, path, force)
                window.append((path, (checked, reader.submit(path, checked)) if isinstance(checked, str) else checked))
            if not window:
                break
            path, pending = window.popleft()
            if isinstance(pending, IngestResult) and pending.message.startswith("identical to"):
                # (the copy it matched may have been replaced since: read it after all)
                again = _check(db, path, force)
                pending = again if not isinstance(again, str) else (again, reader.submit(path, again))
            if isinstance(pending, IngestResult):
                yield pending
                continue
            if isinstance(pending, _Failure):
                yield _store(db, path, pending)  # recorded now, in its turn
                continue
            sha256, future = pending
            outcome = reader.result(future, path, sha256)
            if future.done() and isinstance(future.exception(), BrokenProcessPool):
                # The pool is spent: what the other files in hand had read is kept, the rest
                # go to a fresh pool.
                reader.renew()
                window = deque(_resubmitted(reader, window))
            yield _store_checked(db, path, outcome, force)
    finally:
        reader.close()


def _resubmitted(reader: _Reader, window: deque) -> Iterator[tuple]:
    for path, pending in window:
        if isinstance(pending, tuple):
            sha256, future = pending
            if not (future.done() and future.exception() is None):
                future = reader.submit(path, sha256)
            pending = (sha256, future)
        yield path, pending


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
