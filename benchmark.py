"""Print ingest speed figures: python benchmark.py [FOLDER ...] (default: seeds and tests/fixtures)."""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import sqlite_utils

from minutes.ingest import ingest
from minutes.themes import load_themes


def main(paths: list[str]) -> None:
    folders = [Path(p) for p in paths] or [Path("seeds"), Path("tests/fixtures")]
    themes = load_themes()
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite_utils.Database(Path(tmp) / "bench.db")
        start = time.perf_counter()
        results = list(ingest(db, folders, themes))
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = list(ingest(db, folders, themes))
        second = time.perf_counter() - start
        pages = db.execute("select coalesce(sum(pages), 0) from documents").fetchone()[0]
    stored = sum(r.status == "stored" for r in results)
    unchanged = sum(r.status == "unchanged" for r in again)
    print(f"first ingest : {stored} files, {pages} pages in {first:.2f}s "
          f"({pages / first:.1f} pages/s, {first / max(stored, 1) * 1000:.0f} ms/file)")
    print(f"re-ingest    : {unchanged} unchanged files in {second:.2f}s ({first / max(second, 1e-9):.0f}x faster)")


if __name__ == "__main__":
    main(sys.argv[1:])
