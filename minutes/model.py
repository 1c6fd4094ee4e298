"""Plain data passed between the stages: extract -> parse -> tag -> store."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Block:
    """A paragraph-sized piece of text as laid out in the source file.

    ``style`` is a layout hint from the extractor: ``heading`` (a bold, styled or marked-up
    heading), ``list`` (a list paragraph whose number the format keeps apart from the text),
    ``table`` (a row of a table, cells joined by " | "), ``response`` (set apart in italics
    after a point in the same list entry, as some councils print officers' answers) or
    ``None`` for body text.
    ``number`` carries a list or heading number the format stores outside the text (Word
    numbering, ModernGov item numbers).
    """

    text: str
    page: Optional[int] = None
    style: Optional[str] = None
    number: Optional[str] = None
    level: int = 0


@dataclass
class Extraction:
    """What an extractor gives back: blocks plus any metadata the format states outright."""

    blocks: list[Block]
    pages: Optional[int] = None
    # Metadata the format carries explicitly (ModernGov XML, HTML <title>): committee,
    # meeting_date, title, council. The parser prefers these over guesses from the text; a
    # PDF's first-page running_header (dropped from the text) it reads last.
    metadata: dict = field(default_factory=dict)
    # Attendees the format lists explicitly, as (name, role, attendance) tuples.
    attendees: list["Attendee"] = field(default_factory=list)
    # e.g. "no text layer (needs OCR)"
    status: str = "ok"


@dataclass
class Attendee:
    name: str
    role: Optional[str] = None
    attendance: str = "present"  # present | apologies | in_attendance | absent
    party: Optional[str] = None  # as printed: "Labour", "Lab", "LAB"


@dataclass
class Response:
    text: str
    given_by: Optional[str] = None
    page: Optional[int] = None


@dataclass
class Question:
    """A point raised by members or the public: a question, concern, request or comment."""

    text: str
    kind: str = "comment"  # question | concern | request | comment
    asked_by: Optional[str] = None
    page: Optional[int] = None
    response: Optional[Response] = None
    themes: list[str] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Resolution:
    text: str
    outcome: str = "other"  # noted | agreed | recommended | deferred | rejected | other
    page: Optional[int] = None
    themes: list[str] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Item:
    number: str
    title: str
    text: str
    page: Optional[int] = None
    questions: list[Question] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Document:
    path: str
    filename: str
    format: str
    sha256: str
    text: str
    doc_type: str = "other"  # minutes | questions | agenda | report | news | other
    council: Optional[str] = None
    committee: Optional[str] = None
    meeting_date: Optional[str] = None
    title: Optional[str] = None
    pages: Optional[int] = None
    status: str = "ok"
    items: list[Item] = field(default_factory=list)
    # Points that belong to no agenda item: a written record of questions and answers.
    questions: list[Question] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)
    # Minutes printed inside an agenda pack are documents of their own ("minutes-1"), found
    # on pages first_page..last_page of the pack.
    part: Optional[str] = None
    first_page: Optional[int] = None
    last_page: Optional[int] = None
    parts: list["Document"] = field(default_factory=list)
