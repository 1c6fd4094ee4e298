"""Blocks -> Document: type, meeting details, items, points, answers, resolutions, people.

The parser knows nothing of files or databases; cue phrases live in ``cues.yml``.
"""
from __future__ import annotations

from ..model import Block, Document, Extraction, Item
from .classify import classify
from .cues import load_cues
from .discussion import parse_item
from .items import RawItem, split_items
from .meeting import attendance_from_blocks, attendance_from_text, meeting_details, merge_attendees

__all__ = ["parse"]


def parse(extraction: Extraction, document: Document) -> Document:
    """Fill ``document`` (which carries the file details) from ``extraction``."""
    blocks = extraction.blocks
    document.pages = extraction.pages
    document.status = extraction.status
    document.text = "\n\n".join(b.text for b in blocks)
    doc_type, _ = classify(blocks, extraction.metadata, document.filename)
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
