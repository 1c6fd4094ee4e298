"""Agenda packs: find the minutes of an earlier meeting printed inside a meeting's pack.

ModernGov and most other systems publish one PDF per meeting holding the agenda front sheet,
the minutes of the previous meeting (to be confirmed) and the reports. Those minutes are a
document of their own, with their own meeting date.
"""
from __future__ import annotations

from itertools import groupby
from typing import Optional

from ..model import Block
from .cues import load_cues

# How far down a page a heading may sit and still start a paper (page furniture, a council
# name and a committee name can come first).
TOP_BLOCKS = 6
# How many blocks into the section the evidence that it is minutes must appear.
EVIDENCE_BLOCKS = 40


def find_minutes(blocks: list[Block]) -> list[tuple[int, int]]:
    """(start, end) block ranges of each set of minutes that begins after the first page."""
    cues = load_cues()
    pages = [(page, [i for i, _ in group]) for page, group in groupby(enumerate(blocks), key=lambda ib: ib[1].page)]
    if len(pages) < 2:
        return []
    sections: list[tuple[int, int]] = []
    p = 1  # minutes starting on the first page make the whole file minutes, not a pack
    while p < len(pages):
        heading = _heading(blocks, pages[p][1], cues.pack_minutes_heading)
        if heading is None or not _is_minutes(blocks[heading : heading + EVIDENCE_BLOCKS]):
            p += 1
            continue
        # Minutes start on a fresh page; the council and committee names above the heading
        # belong to them.
        start = pages[p][1][0]
        end, p = _end(blocks, pages, p, start)
        sections.append((start, end))
    return sections


def _heading(blocks: list[Block], indexes: list[int], pattern) -> Optional[int]:
    for i in indexes[:TOP_BLOCKS]:
        if pattern.search(blocks[i].text.strip()):
            return i
    return None


def _is_minutes(blocks: list[Block]) -> bool:
    evidence = load_cues().pack_minutes_evidence
    return any(evidence.search(b.text) for b in blocks)


def _end(blocks: list[Block], pages: list, p: int, start: int) -> tuple[int, int]:
    """Where the minutes starting at ``start`` (on page index ``p``) end, and the next page."""
    cues = load_cues()
    q = p
    while q < len(pages):
        indexes = [i for i in pages[q][1] if i >= start]
        for i in indexes:
            if cues.meeting_closed.search(blocks[i].text.strip()):
                return i + 1, q + 1
        q += 1
        if q < len(pages) and (
            _heading(blocks, pages[q][1], cues.pack_document_start) is not None
            or _heading(blocks, pages[q][1], cues.pack_minutes_heading) is not None
        ):
            return pages[q][1][0], q
    return len(blocks), len(pages)
