"""Blocks -> Document: type, meeting details, items, points, answers, resolutions, people.

The parser knows nothing of files or databases; cue phrases live in ``cues.yml``.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Block, Document, Extraction, Item
from .classify import classify
from .cues import load_cues
from .discussion import parse_item
from .items import RawItem, split_items
from .meeting import attendance_from_blocks, attendance_from_text, meeting_details, merge_attendees
from .packs import find_minutes

__all__ = ["parse"]


def parse(extraction: Extraction, document: Document) -> Document:
    """Fill ``document`` (which carries the file details) from ``extraction``.

    Minutes printed inside an agenda pack become ``document.parts``, documents of their own.
    """
    blocks = extraction.blocks
    document.pages = extraction.pages
    document.status = extraction.status
    document.text = "\n\n".join(b.text for b in blocks)
    sections = [] if extraction.metadata.get("doc_type") else find_minutes(blocks)
    if sections:
        inside = {i for start, end in sections for i in range(start, end)}
        rest = [b for i, b in enumerate(blocks) if i not in inside]
        doc_type, _ = classify(rest, extraction.metadata, document.filename)
        if doc_type in ("minutes", "questions"):
            doc_type = "agenda"
        for n, (start, end) in enumerate(sections, 1):
            part = replace(document, text="", part=f"minutes-{n}", parts=[], items=[], questions=[],
                           attendees=[], themes=[], evidence={})
            _parse_minutes(Extraction(blocks[start:end], pages=extraction.pages, status=extraction.status), part, "minutes")
            part.first_page, part.last_page = blocks[start].page, blocks[end - 1].page
            document.parts.append(part)
        blocks = rest
    else:
        doc_type, _ = classify(blocks, extraction.metadata, document.filename)
    return _parse_minutes(replace(extraction, blocks=blocks), document, doc_type)


def _parse_minutes(extraction: Extraction, document: Document, doc_type: str) -> Document:
    blocks = extraction.blocks
    if document.part:
        document.text = "\n\n".join(b.text for b in blocks)
    document.doc_type = doc_type
    details = meeting_details(blocks, extraction.metadata, doc_type)
    document.council = details["council"]
    document.committee = details["committee"]
    document.meeting_date = details["meeting_date"]
    document.title = details["title"]
    if doc_type not in ("minutes", "questions"):
        return document

    if doc_type == "questions":
        # A written record of questions put and answers given has no agenda items.
        document.questions, _ = parse_item(blocks)
        document.attendees = merge_attendees(extraction.attendees, attendance_from_blocks(blocks[:30]))
        return document

    preamble, raw_items = split_items(blocks)
    if not raw_items:
        raw_items = [RawItem("", document.title or document.filename, blocks[0].page if blocks else None, blocks)]
        preamble = []
    items = []
    item_people = []
    for raw in raw_items:
        body = _minute_blocks(raw.blocks)
        questions, resolutions = parse_item(body)
        text = "\n\n".join(b.text for b in body)
        item_people.append(attendance_from_text("\n".join(b.text for b in raw.blocks)))
        items.append(Item(raw.number, raw.title, text, raw.page, questions, resolutions))
    document.items = items
    document.attendees = merge_attendees(
        extraction.attendees, attendance_from_blocks(preamble or blocks[:30]), *item_people
    )
    return document


def _minute_blocks(blocks: list[Block]) -> list[Block]:
    """On ModernGov item pages the minute follows a "Minutes:" label; the rest is agenda text."""
    label = load_cues().minutes_label
    for i, block in enumerate(blocks):
        if label.match(block.text.strip()):
            return blocks[i + 1 :]
    return blocks
