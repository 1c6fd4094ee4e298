"""Documents inside documents, each stored as a document of its own with its own meeting.

* Agenda packs: ModernGov and most other systems publish one PDF per meeting holding the
  agenda front sheet, the minutes of the previous meeting (to be confirmed) and the reports.
* Issue histories (ModernGov ``ieIssueDetails.aspx``): one subject at several meetings, each
  introduced by "Meeting: 12/03/2026 - Cabinet (Item 9)".
"""
from __future__ import annotations

from itertools import groupby
from typing import Optional

from ..model import Block
from .cues import load_cues
from .meeting import find_date

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


def meeting_reference(text: str) -> Optional[dict]:
    """{"committee", "meeting_date", "number"} from "Meeting: 12/03/2026 - Cabinet (Item 9)"."""
    m = load_cues().meeting_reference.match(text.strip())
    meeting_date = find_date(m.group("date")) if m else None
    if not meeting_date:
        return None
    return {"committee": m.group("committee").strip(), "meeting_date": meeting_date,
            "number": (m.group("number") or "").strip()}


def find_meetings(blocks: list[Block]) -> list[tuple[int, int, dict]]:
    """(start, end, meeting) for each meeting of an issue history; none for a single meeting."""
    refs = [(i, ref) for i, b in enumerate(blocks) if (ref := meeting_reference(b.text))]
    if len({(r["committee"], r["meeting_date"]) for _, r in refs}) < 2:
        return []
    bounds = [i for i, _ in refs] + [len(blocks)]
    return [(i, bounds[k + 1], ref) for k, (i, ref) in enumerate(refs)]


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
