"""Blocks -> Document: type, meeting details, items, points, answers, resolutions, people.

The parser knows nothing of files or databases; cue phrases live in ``cues.yml``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..markers import QUESTION_ANSWER_COLUMN
from ..model import Block, Document, Extraction, Item
from .classify import classify
from .cues import load_cues
from .discussion import opens_with_answer, parse_item, surname
from .items import RawItem, split_items
from .meeting import attendance_at_end, attendance_from_blocks, attendance_from_text, meeting_details, merge_attendees
from .parts import find_meetings, find_minutes, meeting_reference
from .points import raises_point
from .sentences import sentences

__all__ = ["parse"]


def parse(extraction: Extraction, document: Document) -> Document:
    """Fill ``document`` (which carries the file details) from ``extraction``.

    Minutes printed inside an agenda pack, and each meeting of an issue history, become
    ``document.parts``: documents of their own, with their own meeting.
    """
    cues = load_cues()
    blocks = [b for b in extraction.blocks if not cues.image_placeholder.match(b.text)]
    document.pages = extraction.pages
    document.status = extraction.status
    document.text = "\n\n".join(b.text for b in blocks)
    # The text stored keeps both languages; the parser reads the English side of a label.
    blocks = [replace(b, text=cues.bilingual_prefix.sub("", b.text)) if " / " in b.text else b for b in blocks]
    extraction = replace(extraction, blocks=blocks)
    if extraction.metadata.get("doc_type"):
        return _parse_minutes(extraction, document, extraction.metadata["doc_type"])

    meetings = find_meetings(blocks)
    if meetings:
        for n, (start, end, ref) in enumerate(meetings, 1):
            metadata = {"committee": ref["committee"], "meeting_date": ref["meeting_date"]}
            part = _part(document, f"meeting-{n}", Extraction(blocks[start + 1 : end], extraction.pages, metadata, status=extraction.status), ref["number"])
            document.parts.append(part)
        return _parse_minutes(replace(extraction, blocks=blocks[: meetings[0][0]]), document, "issue")

    sections = find_minutes(blocks)
    if sections:
        for n, (start, end) in enumerate(sections, 1):
            document.parts.append(_part(document, f"minutes-{n}", Extraction(blocks[start:end], extraction.pages, status=extraction.status)))
        inside = {i for start, end in sections for i in range(start, end)}
        blocks = [b for i, b in enumerate(blocks) if i not in inside]
        # One file holding a meeting's papers with earlier minutes among them is that
        # meeting's agenda pack.
        return _parse_minutes(replace(extraction, blocks=blocks), document, "agenda")

    # A single agenda-item page names its meeting: "Meeting: 04/03/2026 - Health Panel (Item 5)".
    ref = next((r for b in blocks[:12] if (r := meeting_reference(b.text))), None)
    if ref:
        metadata = {"committee": ref["committee"], "meeting_date": ref["meeting_date"], **extraction.metadata}
        extraction = replace(extraction, metadata=metadata)
    doc_type, _ = classify(blocks, extraction.metadata, document.filename)
    return _parse_minutes(extraction, document, doc_type, ref["number"] if ref else "")


def _part(document: Document, name: str, extraction: Extraction, item_number: str = "") -> Document:
    part = replace(document, text="", part=name, parts=[], items=[], questions=[], attendees=[],
                   themes=[], evidence={})
    _parse_minutes(extraction, part, "minutes", item_number)
    part.first_page, part.last_page = extraction.blocks[0].page, extraction.blocks[-1].page
    return part


def _parse_minutes(extraction: Extraction, document: Document, doc_type: str, item_number: str = "") -> Document:
    """Meeting details, and for minutes their items, points, answers, decisions and people.
    ``item_number`` numbers a lone unnumbered item (the item of an agenda-item page)."""
    blocks = extraction.blocks
    cues = load_cues()
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
    _endnotes_in_place(raw_items)
    _annex_rows_to_items(raw_items)
    items = []
    item_people = []
    for raw in raw_items:
        body = _minute_blocks(raw.blocks)
        text = "\n\n".join(b.text for b in body)
        asked = cues.asked_by_line.match(body[0].text) if body and raw.title.rstrip().endswith("?") else None
        if asked:
            # The item's title is the question this line says who asked (the text stored is
            # the minute as printed).
            body = [replace(body[0], text=f"{asked.group('who')} asked: {raw.title.strip()}")] + body[1:]
        questions, resolutions = parse_item(body)
        item_people.append(attendance_from_text("\n".join(b.text for b in raw.blocks), raw.title))
        items.append(Item(raw.number, raw.title, text, raw.page, questions, resolutions))
    if item_number and len(items) == 1 and not items[0].number:
        items[0].number = item_number
        # "9 Care Home Commissioning" as the title of item 9
        items[0].title = re.sub(rf"^{re.escape(item_number)}[.)]?\s+", "", items[0].title)
    _answer_from_log(items)
    document.items = _decisions_from_log(items)
    document.attendees = merge_attendees(
        extraction.attendees, attendance_from_blocks(preamble or blocks[:30]),
        # A record of attendance after the last minute lists people in full; the minutes
        # above it name them in passing ("Cllr Parry attended as substitute").
        attendance_at_end(raw_items[-1].blocks) if raw_items else [],
        # "1) Welcome, introductions and apologies" over "Forum members present:" and its list
        attendance_from_blocks(raw_items[0].blocks[:30]) if preamble and raw_items else [],
        # "Councillor A attended as a substitute for Councillor B" under the attendance list
        attendance_from_text("\n".join(b.text for b in preamble)), *item_people,
    )
    _unknown_names_alone(document, document.text)
    return document


# "Simon Arkwright, Head of Inclusion", "Anita Pryor (AP)": a person named in full
_FULL_NAME = re.compile(
    r"(?-i:\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)((?: [A-Z]\.?)* [A-Z][\w’'-]+)(?=,| \(| [–—-] |\s+(?:and|was|were|had|has|from|of|"
    r"introduced|presented|gave|outlined|attended|joined|led|delivered|provided|reported|explained|spoke|set out)\b))"
    r"|(?<=\bby )(?-i:([A-Z][a-z]+(?:-[A-Z][a-z]+)?)((?: [A-Z]\.?)* [A-Z][\w’'-]+))")


def _unknown_names_alone(document: Document, text: str) -> None:
    """A single word is taken for who spoke only when the minutes name that person in full
    somewhere: "Simon explained ..." beside "Simon Arkwright, Head of Inclusion", "AP
    confirmed ..." beside "Adrian Pellow"; not "Funding explained part of the rise"."""
    cues = load_cues()
    full = [a.name for a in document.attendees]
    full += [m.group(0) for m in _FULL_NAME.finditer(text)]
    full += [m.group(0) for m in cues.speaker_person.finditer(text)]
    known: set[str] = set()
    for name in full:
        words = [w for w in re.sub(r"\([^()]*\)", " ", name).split() if not cues.person_title.match(w + " ")]
        known.update(w.strip(".,") for w in words)
        known.add("".join(w[0] for w in words if w[:1].isupper()))
        # ("STJ" for "Sarah Thompson-Jones")
        known.add("".join(part[0] for w in words for part in w.split("-") if part[:1].isupper()))
        if len(words) > 2:
            known.add(words[0][0] + words[-1][0])
    known.update(re.findall(r"(?-i:\(([A-Z]{2,4})\))", text))
    ordinary = cues.role_words | cues.office_words | set(cues.organisation_words)

    def kept(who: Optional[str]) -> Optional[str]:
        # (a first name, surname or initials alone: "Simon explained ...", "AP confirmed ...")
        if who and cues.speaker_alone.fullmatch(who) and who not in known and who.lower() not in ordinary \
                and who.lower().removesuffix("s") not in ordinary:
            return None
        return who

    questions = document.questions + [q for item in document.items for q in item.questions]
    for question in questions:
        question.asked_by = kept(question.asked_by)
        if question.response is not None:
            question.response.given_by = kept(question.response.given_by)


_NOTE = re.compile(r"^\[(\d{1,3})\]\s*(\S.*)$", re.S)
# A footnote printed plainly at the foot of a page, "1 Written answer from ...", pointed to by
# a raised figure in the text: "... last winter.¹"
_FOOTNOTE = re.compile(r"^(\d{1,2})\s+(?=[A-Z])(\S.*)$", re.S)
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# "[3]", or a raised figure after a word or a full stop ("winter.¹"; "200m²" is a unit)
_NOTE_REF = re.compile(r"\[(\d{1,3})\]|(?:(?<=[A-Za-z]{2})|(?<=[.,;:!?)”’\"]))([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?!\w)")


def _ref_number(m: re.Match) -> str:
    return m.group(1) or m.group(2).translate(_SUPERSCRIPT)


def _endnotes_in_place(raw_items: list[RawItem]) -> None:
    """Minutes that keep each exchange in a note ("[1] Councillor Banerjee asked ... Mr
    Haslam replied ..."), pointed to from a summary in the minute ("Members asked about the
    longest waits.[1]"), or a written answer in a footnote ("... last winter.¹" and "1 Written
    answer from ..."): each note is read in the place that points to it."""
    cues = load_cues()
    blocks = [b for raw in raw_items for b in raw.blocks]
    raised = {m.group(2).translate(_SUPERSCRIPT) for b in blocks for m in _NOTE_REF.finditer(b.text) if m.group(2)}

    def note(block: Block) -> Optional[re.Match]:
        if block.style in ("heading", "table", "list"):
            return None
        m = _NOTE.match(block.text.strip()) or _FOOTNOTE.match(block.text.strip())
        return m if m and (m.re is _NOTE or m.group(1) in raised) else None

    notes = {m.group(1): replace(b, text=m.group(2)) for b in blocks if (m := note(b))}
    if len(notes) < 2:
        return
    for raw in raw_items:
        kept: list[Block] = []
        cut = False
        for b in raw.blocks:
            if note(b):
                cut = True
                continue
            if cut and kept and kept[-1].style is None and b.style is None and b.text[:1].islower() \
                    and not re.search(r"[.:;!?]\W*$", kept[-1].text):
                # a paragraph carried over the foot of the page, under its footnotes
                kept[-1] = replace(kept[-1], text=f"{kept[-1].text} {b.text}")
            else:
                kept.append(b)
            cut = False
        if raw is raw_items[-1] and kept and cues.endnotes_heading.match(kept[-1].text.strip()):
            kept = kept[:-1]  # "Endnotes" over the notes
        raw.blocks = kept
    for raw in raw_items:
        out: list[Block] = []
        for block in raw.blocks:
            marks = [m for m in _NOTE_REF.finditer(block.text) if _ref_number(m) in notes] if block.style != "table" else []
            if not marks:
                out.append(block)
                continue
            # The text up to each mark, and the note it points to; each note is read once.
            start = 0
            for m in marks:
                part, note_block = block.text[start:m.start()].strip(), notes.pop(_ref_number(m), None)
                start = m.end()
                if note_block is not None and raises_point(note_block.text):
                    out.append(note_block)  # the note records the exchange the minute sums up
                    continue
                if part:
                    # The note answers the point ("Written answer from the Head of ...: ...")
                    # in place of a sentence saying the answer would come in writing.
                    said = sentences(part)
                    if note_block is not None:
                        said = [x for x in said if not cues.answered_later.search(x)] or said[:1]
                    out.append(replace(block, text=" ".join(said)))
                if note_block is not None:
                    out.append(note_block)
            if block.text[start:].strip():
                out.append(replace(block, text=block.text[start:].strip()))
        raw.blocks = out


def _annex_rows_to_items(raw_items: list[RawItem]) -> None:
    """An annex of the questions asked at the meeting, a table row per question naming the
    minute it was asked under ("No. | Minute | Question and answer"): each row goes to that
    minute, under the table's heading row. Only an annex after the minutes (in the last item,
    or under an "Annex" heading) and only to a minute above it: a table of the last meeting's
    actions under "Matters arising", "Minute | Question and response | Status", names that
    meeting's minutes, not this one's."""
    cues = load_cues()
    numbered = {item.number.strip(".").lower(): item for item in raw_items if item.number}
    order = {id(item): k for k, item in enumerate(raw_items)}
    for at, item in enumerate(raw_items):
        kept: list[Block] = []
        header: Optional[Block] = None
        column = both = 0
        annexed = at == len(raw_items) - 1
        moved: set[int] = set()
        last: Optional[tuple[list[Block], int]] = None  # where the row read last now stands
        for block in item.blocks:
            cells = [c.strip() for c in block.text.split(" | ")] if block.style == "table" else []
            if not cells and cues.annex_heading.match(block.text):
                annexed = True
            minute = next((k for k, c in enumerate(cells) if cues.minute_column.match(c)), None)
            if minute is not None and any(QUESTION_ANSWER_COLUMN.match(c) for c in cells):
                header, column, last = block, minute, None
                both = next(k for k, c in enumerate(cells) if QUESTION_ANSWER_COLUMN.match(c))
                kept.append(block)
                continue
            named = numbered.get(cells[column].strip(".").lower()) if header is not None and column < len(cells) else None
            if header is not None and last is not None and named is None and (
                    opens_with_answer(block.text) if not cells else
                    (column >= len(cells) or not re.search(r"\w", cells[column])) and any(re.search(r"\w", c) for c in cells)):
                # the row above going on in a row of its own, its number and minute cells left
                # empty: "Answer (Clinical Lead for Stroke) Patients were ..." (an HTML row whose
                # empty cells were dropped) goes under it as a row of the table, "– | – | ... the
                # rest of the question" (a row broken by a page) joins it
                rows, k = last
                above = [c.strip() for c in rows[k].text.split(" | ")]
                more = " ".join(c for c in (cells[both:] if len(cells) > both else cells[-1:]) if re.search(r"\w", c)) \
                    if cells else block.text.strip()
                if opens_with_answer(more):
                    rows.insert(k + 1, replace(block, text=" | ".join(["–"] * both + [more]), style="table"))
                    last = (rows, k + 1)
                    continue
                if both < len(above):
                    above[both] = f"{above[both]} {more}".strip()
                    rows[k] = replace(rows[k], text=" | ".join(above))
                    continue
            if header is not None and not cells and block.style == "heading":
                header = None  # a heading of its own after the table: the annex is over
            target = named if annexed and named is not None and order[id(named)] < at else None
            if target is not None:
                if id(target) not in moved:
                    target.blocks.append(header)
                    moved.add(id(target))
                target.blocks.append(block)
                last = (target.blocks, len(target.blocks) - 1)
                continue
            if header is not None and named is not None and kept and kept[-1].style != "table":
                kept.append(header)  # (a row after a page's footer: still a row of the table above)
            kept.append(block)
            last = (kept, len(kept) - 1) if header is not None and cells else None
        item.blocks[:] = kept


def _answer_from_log(items: list[Item]) -> None:
    """A log of questions taken away, answered in writing after the meeting ("Contractual
    remedies (Item 4) | Cllr Okafor | Service credits ..."), or answers given under a later
    item to questions put off to it: each row answers the question its member asked under
    that item, and is not a point of its own. A row that finds no one question left open
    stays where it is."""
    cues = load_cues()
    numbered = {item.number.strip(".").lower(): item for item in items if item.number}
    for k, item in enumerate(items):
        kept = []
        for row in item.questions:
            # (or, under a later item, "In answer to the question from Mr Holt (minute 44), ...":
            # an item above this one, not the previous meeting's minute of that number)
            later = cues.answer_to_earlier.match(row.text)
            ref = cues.asked_under_item.search(row.text) if later is None else later \
                if later.group("number").strip(".").lower() in {i.number.strip(".").lower() for i in items[:k] if i.number} else None
            asked_under = numbered.get(ref.group("number").strip(".").lower()) if ref else None
            if asked_under is not None and asked_under is not item and row.response and row.asked_by:
                family = surname(row.asked_by)
                open_ = [q for q in asked_under.questions if q.asked_by and surname(q.asked_by) == family
                         and (q.response is None or cues.answered_later.search(q.response.text))]
                if len(open_) == 1:
                    open_[0].response = row.response
                    continue
            kept.append(row)
        item.questions = kept


def _decisions_from_log(items: list[Item]) -> list[Item]:
    """A "Decisions and actions log" at the end, a row per minute ("65 | The Committee noted
    ... | Circulate ... | Owner | Due"), read as items of their own: each row's decisions go to
    the minute it names."""
    out: list[Item] = []
    seen: dict[str, Item] = {}
    for item in items:
        earlier = seen.get(item.number) if item.number else None
        if earlier is not None and item.title.strip() in ("", item.number) and not item.questions:
            earlier.resolutions.extend(item.resolutions)
            continue
        seen.setdefault(item.number, item)
        out.append(item)
    return out


def _minute_blocks(blocks: list[Block]) -> list[Block]:
    """On ModernGov item pages the minute follows a "Minutes:" label and the decision a
    "Decision:" label; the rest is agenda text. A decision usually repeats what the minute
    resolves, so it is read only when the minute records no decision of its own."""
    cues = load_cues()

    def label(i: int) -> bool:
        text = blocks[i].text.strip()
        # (a site's tags, "Minutes" over "Health", are no label: one without its colon
        # heads a paragraph)
        following = blocks[i + 1].text.strip() if i + 1 < len(blocks) else ""
        return bool(cues.minutes_label.match(text) or cues.decision_label.match(text)) and (
            ":" in text or len(following) >= 40
            or cues.minutes_label.match(text) is not None and following.endswith((".", "!", "?")))

    labels = [(i, "minutes" if cues.minutes_label.match(b.text.strip()) else "decision")
              for i, b in enumerate(blocks) if label(i)]
    sections: dict[str, list[Block]] = {}
    for k, (i, kind) in enumerate(labels):
        end = labels[k + 1][0] if k + 1 < len(labels) else len(blocks)
        sections.setdefault(kind, blocks[i + 1 : end])
    if not sections:
        return blocks
    if "minutes" not in sections:
        # No "Minutes:" label. A line or two of agenda text ("To approve the minutes ...")
        # before "Decision:" is not minutes; a discussion before it is, and the label
        # then marks the item's own decision.
        before = blocks[: labels[0][0]]
        if len(before) <= 2 and not any(raises_point(b.text) for b in before):
            return blocks[labels[0][0] :]
        return blocks
    minute = sections["minutes"]
    decision = sections.get("decision", [])
    if decision and not any(cues.resolution_start.match(b.text.strip()) for b in minute):
        if not cues.resolution_start.match(decision[0].text.strip()):
            decision = [Block("RESOLVED:", decision[0].page)] + decision
        return minute + decision
    return minute
