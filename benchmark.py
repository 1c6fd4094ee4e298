"""Print ingest speed figures: python benchmark.py [--jobs N] [FOLDER ...] (default: seeds and
tests/fixtures; N: one worker per processor)."""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import sqlite_utils

from minutes.ingest import default_jobs, ingest
from minutes.themes import load_themes


def first_and_again(folders: list[Path], themes, jobs: int) -> tuple[float, float, int, int, int]:
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite_utils.Database(Path(tmp) / "bench.db")
        start = time.perf_counter()
        results = list(ingest(db, folders, themes, jobs=jobs))
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = list(ingest(db, folders, themes, jobs=jobs))
        second = time.perf_counter() - start
        pages = db.execute("select coalesce(sum(pages), 0) from documents").fetchone()[0]
    stored = sum(r.status == "stored" for r in results)
    unchanged = sum(r.status == "unchanged" for r in again)
    return first, second, pages, stored, unchanged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--jobs", type=int, default=default_jobs())
    args = parser.parse_args()
    folders = args.folders or [Path("seeds"), Path("tests/fixtures")]
    themes = load_themes()
    for jobs in sorted({1, args.jobs}):
        first, second, pages, stored, unchanged = first_and_again(folders, themes, jobs)
        print(f"--jobs {jobs}")
        print(f"  first ingest : {stored} files, {pages} pages in {first:.2f}s "
              f"({pages / first:.1f} pages/s, {first / max(stored, 1) * 1000:.0f} ms/file)")
        print(f"  re-ingest    : {unchanged} unchanged files in {second:.2f}s ({first / max(second, 1e-9):.0f}x faster)")


if __name__ == "__main__":
    main()
