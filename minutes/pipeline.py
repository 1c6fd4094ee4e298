"""One file in, documents out: extract -> parse -> tag. No database here."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Optional

from .extract import SUPPORTED, extract
from .model import Document
from .parse import parse
from .themes import Tagger, load_themes, tag_document


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_document(path: Path, tagger: Optional[Tagger] = None, sha256: Optional[str] = None) -> Document:
    """Read, parse and tag one file. Raises ExtractError for a file that cannot be read."""
    path = Path(path)
    tagger = tagger or Tagger(load_themes())
    extraction = extract(path)
    document = Document(
        path=str(path.resolve()),
        filename=path.name,
        format=path.suffix.lower().lstrip("."),
        sha256=sha256 or file_sha256(path),
        text="",
    )
    parse(extraction, document)
    tag_document(document, tagger)
    return document


def find_files(paths: list[Path]) -> list[Path]:
    """Files to ingest: the files given, and every supported file under the folders given."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in SUPPORTED and not p.name.startswith(".")
            )
        else:
            found.append(path)
    return found
