"""Extract text blocks from files: one module per format, each ``extract(path) -> Extraction``.

Adding a format is adding a module and a line to ``EXTRACTORS``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..model import Extraction
from . import docx, html, pdf, text, xml
from .errors import ExtractError, NotADocument

__all__ = ["EXTRACTORS", "SUPPORTED", "ExtractError", "NotADocument", "extract"]

EXTRACTORS: dict[str, Callable[[Path], Extraction]] = {
    ".pdf": pdf.extract,
    ".docx": docx.extract,
    ".html": html.extract,
    ".htm": html.extract,
    ".txt": text.extract,
    ".text": text.extract,
    ".xml": xml.extract,
}

SUPPORTED = tuple(sorted(EXTRACTORS))


def extract(path: Path) -> Extraction:
    path = Path(path)
    extractor = EXTRACTORS.get(path.suffix.lower())
    if extractor is None:
        raise ExtractError(
            f"unsupported file type {path.suffix or '(none)'!r}; "
            f"minutes reads {', '.join(SUPPORTED)}"
        )
    if path.stat().st_size == 0:
        raise ExtractError("the file is empty")
    return extractor(path)
