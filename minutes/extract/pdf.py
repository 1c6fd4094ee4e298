"""PDF: lines with positions from a PDF engine, turned into paragraph blocks.

The engine is an interface so a faster one can replace pdfplumber for archive-scale work:
anything with ``pages(path)`` yielding ``Page`` objects will do.
"""
from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator, Optional, Protocol

from ..markers import (AUTHORITY_NAME, BULLETS, DECISION_LABEL, MARKER, MINUTE_NUMBER, NAME_CELL, POST_START, PROSE_CELL, is_run_in_title,
                       starts_paragraph)
from ..model import Block, Extraction
from .errors import ExtractError
from .text import TERMINAL, clean, join_lines, resolve_hyphens


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float = 0.0
    bold: bool = False
    table: bool = False  # a row of a ruled table, cells joined by " | "
    halves: Optional[tuple] = None  # (x, left, right) when a wide gap parts the line
    entry: bool = False  # starts an entry of a list of people: a paragraph of its own
    right: Optional[float] = None  # the right edge of the table cell the line is set in
    italic: bool = False
    chars: Optional[list] = None  # the line's characters, to part it at a column found below or above


@dataclass
class Page:
    number: int
    width: float
    height: float
    # One list of lines per column, in reading order.
    columns: list[list[Line]] = field(default_factory=list)
    chars: int = 0
    images: int = 0  # a page with images and no characters is a scan


class PdfEngine(Protocol):
    def pages(self, path: Path) -> Iterator[Page]: ...


class PdfplumberEngine:
    """Lines from pdfplumber, with column detection and bold fonts."""

    def pages(self, path: Path) -> Iterator[Page]:
        import pdfplumber
        try:
            pdf = pdfplumber.open(path)
        except Exception as e:  # pdfminer raises many types for broken files
            if _is_encrypted(e):
                raise ExtractError("the PDF is encrypted (password protected); save an unlocked copy and ingest that")
            raise ExtractError(f"not a readable PDF ({_reason(e)}); check the download is complete")
        with pdf:
            try:
                count = len(pdf.pages)
            except Exception as e:
                raise ExtractError(f"not a readable PDF ({_reason(e)}); check the download is complete")
            # What earlier pages showed of the layout: the x where text starts beside titles
            # set in the margin, for a last page too short to show it again.
            layout: dict = {}
            held: Optional[Page] = None  # one page held back for what a table carries past it
            for index in range(count):
                try:
                    page = pdf.pages[index]
                    read = self._page(page, index + 1, layout)
                    page.close()
                except ExtractError:
                    raise
                except Exception as e:
                    raise ExtractError(f"page {index + 1} cannot be read ({_reason(e)})")
                if held is not None:
                    yield held
                held = read
            if held is not None:
                carried = layout.pop("beside_minute", [])
                if carried and held.columns:
                    bottom = max((line.bottom for line in held.columns[-1]), default=0.0)
                    held.columns[-1].extend(_placed(carried, bottom))
                yield held

    def _page(self, page, number: int, layout: Optional[dict] = None) -> Page:
        page = page.filter(_not_overlapping_space(page.chars))
        width, height = float(page.width), float(page.height)
        carried = (layout or {}).get("beside_minute")
        tables = _table_rows(page, layout)
        ruled = [bbox for bbox, _ in tables]
        tables += _unruled_exchanges(page.filter(lambda o: not any(_inside(o, box) for box in ruled)) if ruled else page)
        if carried is not None and layout.get("beside_minute") is carried:
            # A page with no minutes table after all: the cells wait no longer.
            del layout["beside_minute"]
            tables.append(((0, 0, 0, 0), _placed(carried, -1.0)))
        if tables:
            boxes = [bbox for bbox, _ in tables]
            page = page.filter(lambda o: not any(_inside(o, box) for box in boxes))
        panels = _panels(page, width)
        panel_lines = [self._lines(page.crop(box, strict=False)) for box in panels]
        if panels:
            page = page.filter(lambda o: not any(_inside(o, box) for box in panels))
        # Columns are looked for outside the tables: a table's columns are not the page's.
        words = page.extract_words()
        notes = _margin_notes(words, width, height)
        if notes:
            # An "ACTION" column naming who follows a minute up, beside the text: not the text.
            page = page.filter(lambda o: not any(x0 - 0.5 <= o.get("x0", -1) and o.get("x1", 1e9) <= x1 + 0.5
                                                 and top - 0.5 <= o.get("top", -1) <= bottom + 0.5
                                                 for x0, x1, top, bottom in notes))
            words = page.extract_words()
        gutter = _find_gutter(words, width, height)
        if gutter is None:
            regions = [page]
        else:
            regions = []
            for top, bottom, two_columns in _bands(words, gutter):
                band = (0, max(top - 1, 0), width, min(bottom + 1, height))
                if two_columns:
                    regions.append(page.crop((0, band[1], gutter, band[3]), strict=False))
                    regions.append(page.crop((gutter, band[1], width, band[3]), strict=False))
                else:
                    regions.append(page.crop(band, strict=False))
        columns = [self._lines(region, layout) for region in regions]
        if tables:
            rows = [line for _, lines in tables for line in lines]
            columns[0] = sorted(columns[0] + rows, key=lambda line: line.top)
        for box, lines in zip(panels, panel_lines):
            columns = _with_panel(columns, box, lines)
        return Page(number, width, height, columns, chars=len(page.chars), images=len(page.images))

    @staticmethod
    def _lines(region, layout: Optional[dict] = None) -> list[Line]:
        lines: list[Line] = []
        raws = [r for r in region.extract_text_lines(return_chars=True, strip=True, x_tolerance_ratio=0.25) if any(c["text"].strip() for c in r["chars"])]
        raws = _numbered_paragraphs(_without_line_numbers(raws))
        body_x = _side_head_column(raws, (layout or {}).get("side_x"))
        if layout is not None and body_x is not None:
            layout["side_x"] = body_x
        rules = _rules(region)
        sizes = sorted(c.get("size", 0) for r in raws for c in r["chars"])
        body_size = sizes[len(sizes) // 2] if sizes else 0.0
        side: list[Line] = []  # pieces of titles set in the margin beside the text
        for n, raw in enumerate(raws):
            chars = [c for c in raw["chars"] if c["text"].strip()]
            size = statistics.median(c.get("size", 0) for c in chars)
            parts = _side_split(chars, body_x, size) if body_x is not None else None
            if parts is None and body_x is not None:
                parts = _side_number(chars, body_x, size, raws[n + 1] if n + 1 < len(raws) else None,
                                     side[-1] if side and raw["top"] - side[-1].bottom < size * 0.9 else None)
            if parts is not None:
                left, right = parts
                side.append(Line(_chars_text(left, size), left[0]["x0"], left[-1]["x1"], raw["top"], raw["bottom"], size, True))
                if not right:
                    continue
                chars = right
                raw = {"text": _chars_text(right, size), "x0": right[0]["x0"], "x1": right[-1]["x1"],
                       "top": raw["top"], "bottom": raw["bottom"], "chars": right}
            letters = [c for c in chars if c["text"] != "."] or chars  # dot leaders are set plain
            opening = "".join(c["text"] for c in letters).rfind("(")
            if opening > 3 and letters[-1]["text"] == ")":
                letters = letters[:opening]  # "3. Minutes (Agenda item 3)": the reference is set plain
            bold = sum(1 for c in letters if _bold_char(c)) > len(letters) * 0.6 \
                and not _label_then_text(chars, size) or _underlined(raw, rules)
            # A title wrapped from a bold line above may end in one word: "25/00014)."
            run_in = _run_in_title(raw["chars"], size, 1 if lines and lines[-1].bold else 2)
            if run_in:
                # "(5) Access to NHS Dentistry. The Committee received ...": the bold title
                # is a heading; the minute starts after it on the same line.
                (title, at), (rest, x0) = run_in
                lines.append(Line(title, raw["x0"], at, raw["top"], raw["bottom"], size, True))
                lines.append(Line(rest, x0, raw["x1"], raw["top"] + 0.01, raw["bottom"], size, False))
                continue
            text = raw["text"]
            if _SPACED_OUT.search(text):
                text = _letter_spaced_text(chars, size, bold or size > body_size * 1.2) or text
            lines.append(Line(text, raw["x0"], raw["x1"], raw["top"], raw["bottom"], size, bold))
            lines[-1].halves = _halves(chars, size)
            lines[-1].chars = chars
            lines[-1].italic = sum(1 for c in letters if _is_italic(c.get("fontname", ""))) > len(letters) * 0.8
        if side:
            lines = sorted(lines + _side_titles(side), key=lambda line: line.top)
        return _labelled_rows(_name_role_rows(_side_by_side_lists(_name_grid(lines))))


def _rules(region) -> list[tuple[float, float, float]]:
    """Thin horizontal rules (x0, x1, top): underlines among them."""
    found = []
    for obj in list(region.rects) + list(region.lines):
        if abs(float(obj["bottom"]) - float(obj["top"])) < 2 and float(obj["x1"]) - float(obj["x0"]) > 10:
            found.append((float(obj["x0"]), float(obj["x1"]), float(obj["top"])))
    return found


def _underlined(raw: dict, rules: list[tuple[float, float, float]]) -> bool:
    """A title underlined rather than set in bold: "1. Apologies for Absence" with a rule under
    all of it but the number."""
    x0, x1, top, bottom = raw["x0"], raw["x1"], raw["top"], raw["bottom"]
    return len(raw["text"]) < 150 and any(
        r1 >= x1 - 3 and r0 <= x0 + max(0.4 * (x1 - x0), 40) and top + (bottom - top) / 2 <= r_top <= bottom + 3
        for r0, r1, r_top in rules
    )


def _numbered_paragraphs(raws: list[dict]) -> list[dict]:
    """Paragraph numbers set in a column of their own left of the text ("12   Councillor Doyle
    asked ...") written as list markers ("12. Councillor ..."), as a word processor prints them."""
    starts = Counter(round(r["x0"]) for r in raws)
    if not starts:
        return raws
    body_x = starts.most_common(1)[0][0]
    leads = []
    for i, raw in enumerate(raws):
        chars = sorted((c for c in raw["chars"] if c["text"].strip()), key=lambda c: c["x0"])
        k = 0
        while k < len(chars) and chars[k]["text"].isdigit() and (k == 0 or chars[k]["x0"] - chars[k - 1]["x1"] < 1.5):
            k += 1
        if 0 < k <= 3 < len(chars) and chars[0]["x0"] < body_x - 6 and abs(chars[k]["x0"] - body_x) <= 2 \
                and chars[k]["x0"] - chars[k - 1]["x1"] > 4 and chars[k]["text"] not in ".)":
            leads.append(i)
    if len(leads) < 3:
        return raws
    out = list(raws)
    for i in leads:
        number = re.match(r"\s*\d+", out[i]["text"]).group()
        out[i] = {**out[i], "text": f"{number}.{out[i]['text'][len(number):]}"}
    return out


def _without_line_numbers(raws: list[dict]) -> list[dict]:
    """Line numbers printed in the margin (1, 2, 3 ... as in legal drafts) taken off the lines
    they sit beside: most lines start with a small number at the same x, apart from the text."""
    leads = []
    for raw in raws:
        chars = sorted((c for c in raw["chars"] if c["text"].strip()), key=lambda c: c["x0"])
        k = 0  # the digits of the first word, up to the first space between characters
        while k < len(chars) and chars[k]["text"].isdigit() and (k == 0 or chars[k]["x0"] - chars[k - 1]["x1"] < 1.5):
            k += 1
        gap = chars[k]["x0"] - chars[k - 1]["x1"] if 0 < k < len(chars) else 0
        leads.append((k, chars[0]["x0"], chars) if 0 < k <= 3 and gap > 4 else None)
    found = [lead for lead in leads if lead]
    if len(found) < 5 or len(found) < len(raws) * 0.5:
        return raws
    x = statistics.median(lead[1] for lead in found)
    out = []
    for raw, lead in zip(raws, leads):
        if lead and abs(lead[1] - x) < 8:  # numbers set right-aligned start at different x
            chars = lead[2][lead[0]:]
            raw = {**raw, "chars": chars, "x0": chars[0]["x0"], "text": _chars_text(chars, statistics.median(c.get("size", 0) for c in chars))}
        out.append(raw)
    return out


def _side_head_column(raws: list[dict], before: Optional[float] = None) -> Optional[float]:
    """Where the text starts when each item's number and title sit in the margin beside it
    (a "side heading" layout): the x at which most lines start, to the right of the margin,
    with bold titles to its left on at least two lines. A short page may keep the x an
    earlier page showed (``before``) if a title still sits left of it."""
    starts = Counter(round(r["x0"]) for r in raws)
    if not starts:
        return None
    margin = min(starts)
    x, n = max(((x, n) for x, n in starts.items() if x > margin + 40), key=lambda t: t[1], default=(None, 0))
    needed = 2  # titles beside the text
    if x is not None and n >= 5:
        x = min(r["x0"] for r in raws if round(r["x0"]) == x)
    elif before is not None and sum(1 for r in raws if abs(r["x0"] - before) < 2) >= 2:
        x, needed = before, 1
    else:
        return None
    titled = 0
    for r in raws:
        chars = [c for c in r["chars"] if c["text"].strip()]
        parts = _side_split(chars, x, statistics.median(c.get("size", 0) for c in chars))
        titled += parts is not None and bool(parts[1])
    return x if titled >= needed else None


def _side_split(chars: list[dict], x: float, size: float) -> Optional[tuple[list[dict], list[dict]]]:
    """(title characters in the margin, text characters) for a line of a side-heading layout."""
    chars = sorted(chars, key=lambda c: c["x0"])
    left = [c for c in chars if c["x1"] <= x - 0.5]
    right = [c for c in chars if c["x1"] > x - 0.5]
    if not left or left[0]["x0"] > x - 20 or not all(_bold_char(c) for c in left):
        return None
    text = _chars_text(left, size)
    # (a label's colon may come close to the text: "attendance: (Associate Director ...")
    gap = max(size, 1.0) * (0.4 if text.rstrip().endswith(":") else 0.8)
    if right and (right[0]["x0"] < x - 1.5 or right[0]["x0"] - left[-1]["x1"] < gap):
        return None
    # A title has words; a minute number alone in the margin ("412", "OSC/44") or a decision
    # label ("RESOLVED") belongs with the text beside it.
    if DECISION_LABEL.match(text) or not any(re.fullmatch(r"\(?[A-Za-z]{3,}\)?[.:,;]?", token) for token in text.split()):
        return None
    return left, right


_SIDE_NUMBER = re.compile(r"[A-Z]{0,5}/?\d{1,4}(?:/\d{2,4})?[.:]?")


def _side_number(chars: list[dict], x: float, size: float, following: Optional[dict],
                 above: Optional[Line] = None) -> Optional[tuple[list[dict], list[dict]]]:
    """("EC88:", text) where a minute's number sits in the margin over its title's lines, which
    go on beside the text below: the number heads the title, not the text. Or where it sits
    under its title ("MINUTES" over "43", ``above`` the piece of title just over it), beside
    the minute's second line or alone."""
    chars = sorted(chars, key=lambda c: c["x0"])
    left = [c for c in chars if c["x1"] <= x - 0.5]
    right = [c for c in chars if c["x1"] > x - 0.5]
    if not left or left[0]["x0"] > x - 20 or not all(_bold_char(c) for c in left) \
            or not _SIDE_NUMBER.fullmatch(_chars_text(left, size).strip()):
        return None
    if above is not None and not _SIDE_NUMBER.fullmatch(above.text.strip()):
        return left, right
    below = [c for c in following["chars"] if c["text"].strip()] if following is not None else []
    if not right or not below or _side_split(below, x, statistics.median(c.get("size", 0) for c in below)) is None:
        return None
    return left, right


def _side_titles(pieces: list[Line]) -> list[Line]:
    """Pieces of a margin title on lines one under another make one heading, set just above
    the text beside its first line."""
    titles: list[Line] = []
    for piece in pieces:
        last = titles[-1] if titles else None
        near = last is not None and piece.top - last.bottom < piece.size * 0.9
        number = _SIDE_NUMBER.fullmatch(piece.text.strip())
        if near and number and not _SIDE_NUMBER.fullmatch(last.text.split()[0]):
            # ("MINUTES" over "43": the number under its title, which has none over it)
            last.text, last.bottom = f"{piece.text} {last.text}", piece.bottom
            continue
        # ("EC88:" over "APOLOGIES FOR" over "ABSENCE": the number heads the title)
        if near and not number and (not last.text.endswith(":") or _SIDE_NUMBER.fullmatch(last.text.strip())):
            last.text, last.bottom = f"{last.text} {piece.text}", piece.bottom
            last.x1 = max(last.x1, piece.x1)
            continue
        titles.append(Line(piece.text, piece.x0, piece.x1, piece.top - 0.05, piece.bottom, piece.size, True))
    return titles


# Two lists printed side by side (members on the left, officers on the right) are read
# one list after the other: a run of lines parted at the same place, at least a third of
# the right-hand parts starting with a person (wrapped roles make up the rest).
_LIST_RUN = 3
# "p Alan Westlake MBE": a name marked present ("p") or absent ("a") in a list of members
_MARKED_NAME = re.compile(r"[pa] [A-Z][a-z]+ (?:[A-Z]\.? )?[A-Z][\w'’-]+")
_PERSON_START = re.compile(r"^(?:[pa] (?=[A-Z]))?(?:(Councillors?|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor)\b|[A-Z][a-z]+ [A-Z][\w'’-]+,)")


def _run_in_title(chars: list[dict], size: float, words: int = 2) -> Optional[tuple[tuple[str, float], tuple[str, float]]]:
    """((title, its right edge), (text after it, its left edge)) where a line starts with a
    bold title ending in a full stop or colon and goes on in ordinary type."""
    letters = [c for c in chars if c["text"].strip()]
    k = _bold_lead(letters)
    if k in (0, len(letters)):
        return None
    title = _chars_text(letters[:k], size).strip()
    label = re.search(r"\.\s+(?=(RESOLVED|AGREED|DECIDED|NOTED)\b)", title)
    if label:
        # "24. Minutes. RESOLVED – That ...": the bold decision label starts the minute.
        k = len(re.sub(r"\s", "", title[: label.start() + 1]))
        title = _chars_text(letters[:k], size).strip()
    rest = _chars_text(letters[k:], size).strip()
    if not is_run_in_title(title, rest, words):
        return None
    return (title, letters[k - 1]["x1"]), (rest.lstrip("–—- "), letters[k]["x0"])


def _label_then_text(chars: list[dict], size: float) -> bool:
    """"Response (Cabinet Member for Children and Families): There are currently 41": a long
    bold label, then the text in ordinary type. The line is text, however much of it is bold."""
    letters = sorted((c for c in chars if c["text"].strip()), key=lambda c: c["x0"])
    k = _bold_lead(letters)
    if k in (0, len(letters)) or any(_bold_char(c) for c in letters[k:]):
        return False
    return _chars_text(letters[:k], size).rstrip().endswith(":") and len(_chars_text(letters[k:], size).split()) >= 2


def _bold_char(c: dict) -> bool:
    return _is_bold(c.get("fontname", ""))


def _bold_lead(letters: list[dict]) -> int:
    """How many characters at the start of a line are set in bold."""
    return next((k for k, c in enumerate(letters) if not _bold_char(c)), len(letters))


def _chars_text(part: list[dict], size: float) -> str:
    """The text of characters in reading order, a space where a gap parts two of them."""
    out = ""
    for prev, c in zip([None] + part[:-1], part):
        if prev is not None and c["x0"] - prev["x1"] > max(size, 1.0) * 0.2:
            out += " "
        out += c["text"]
    return out


# "H O S P I T A L  D I S C H A R G E": a title set with wide letter spacing, read a
# letter at a time.
_SPACED_OUT = re.compile(r"(?:\b[^\W\d_] ){4,}[^\W\d_]\b")


def _letter_spaced_text(chars: list[dict], size: float, heading: bool) -> Optional[str]:
    """The text of a line whose letters are spaced out, a space only where a word ends, or
    None when its single letters are words after all ("Y N Y Y N A" in a recorded vote).

    Letters spaced out are parted by the letter spacing, words by that and a space more, so
    the gaps fall into two sizes; a single word spaced out ("A G E N D A") has one size, and
    is taken as spaced out only in a heading line (bold or larger than the text). Gaps as
    wide as the letters are tall are columns, not spacing."""
    chars = sorted(chars, key=lambda c: c["x0"])
    gaps = [b["x0"] - a["x1"] for a, b in zip(chars, chars[1:])]
    wide = max(size, 1.0) * 0.2  # wider than the gap between two letters of a word set plainly
    # A letter is spaced out when the gaps on both sides of it are wide.
    spaced = [(k == 0 or gaps[k - 1] > wide) and (k == len(gaps) or gaps[k] > wide) for k in range(len(chars))]
    letter_gaps = sorted(g for k, g in enumerate(gaps) if spaced[k] and spaced[k + 1])
    if not letter_gaps or letter_gaps[-1] > max(size, 1.0) * 1.6:
        return None
    spacing = statistics.median([g for g in letter_gaps if g < letter_gaps[0] * 1.5])
    word_gaps = sum(1 for g in letter_gaps if g > spacing * 1.8)
    two_sizes = 0 < word_gaps < len(letter_gaps) - word_gaps
    if not (two_sizes or heading):
        return None
    out = chars[0]["text"]
    for k, c in enumerate(chars[1:]):
        word_gap = spacing * 1.8 if spaced[k] and spaced[k + 1] else wide
        out += (" " if gaps[k] > word_gap else "") + c["text"]
    return out


def _halves(chars: list[dict], size: float) -> Optional[tuple[float, str, str]]:
    """(x, left text, right text) where a line has a gap wide enough to part two columns."""
    chars = sorted(chars, key=lambda c: c["x0"])
    gap_at, widest = None, max(size, 1.0) * 2.5
    for a, b in zip(chars, chars[1:]):
        if b["x0"] - a["x1"] > widest:
            gap_at, widest = b["x0"], b["x0"] - a["x1"]
    if gap_at is None:
        return None
    return gap_at, _chars_text([c for c in chars if c["x0"] < gap_at], size), _chars_text([c for c in chars if c["x0"] >= gap_at], size)


def _cells(line: Line) -> list[tuple[float, float, str]]:
    """(x0, x1, text) of each stretch of a line parted from the next by a gap as wide as a column's."""
    chars = sorted(line.chars or [], key=lambda c: c["x0"])
    wide = max(line.size, 1.0) * 2.5
    cells: list[list[dict]] = []
    for prev, c in zip([None] + chars[:-1], chars):
        if prev is None or c["x0"] - prev["x1"] > wide:
            cells.append([])
        cells[-1].append(c)
    return [(cell[0]["x0"], cell[-1]["x1"], _chars_text(cell, line.size)) for cell in cells]


def _name_grid(lines: list[Line]) -> list[Line]:
    """Names set in three or more columns with no titles ("Tariq Abbasi   Paul Farrant   Ruth
    Lattimore   Steve Raikes"), read down each column as one name to a line."""
    cells = [_cells(line) for line in lines]
    out: list[Line] = []
    i = 0
    while i < len(lines):
        starts = [x0 for x0, _, _ in cells[i]]
        j = i
        while j < len(lines) and len(starts) >= 3:
            row = cells[j]
            aligned = 1 <= len(row) <= len(starts) and all(any(abs(x0 - s) < 4 for s in starts) for x0, _, _ in row)
            # (a short row ends the grid, unless it is the last)
            if not aligned or not all(NAME_CELL.match(t) and 2 <= len(t.split()) <= 5 for _, _, t in row) \
                    or (len(row) < len(starts) and j + 1 < len(lines) and len(cells[j + 1]) == len(starts)):
                break
            j += 1
        if j - i >= 2 and _names_down_columns(
                [t for k in range(i, j) for x0, _, t in cells[k] if abs(x0 - column) < 4] for column in starts):
            for column in sorted(starts):
                for k in range(i, j):
                    line = lines[k]
                    out.extend(Line(text, x0, x1, line.top, line.bottom, line.size, line.bold, entry=True)
                               for x0, x1, text in cells[k] if abs(x0 - column) < 4)
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out


# Words of a post, a body, a ward or a party, not of a person's name (not "Green" or "Clerk",
# which are surnames too)
# ("Ward" is a surname too: a column of wards is told by their shared last word)
_NOT_A_NAME = re.compile(r"\b(?:Party|Council|Trust|NHS|ICB|Group|Services?|Healthwatch|Board|Centre|Hospital|Team|"
                         r"Partnership|Independent|Labour|Conservatives?|Liberal|Democrats?|Reform|Officer|Manager|Chair(?:man|person|woman)?)\b")


def _names_down_columns(columns) -> bool:
    """Whether every column of a grid holds people's names alike: not a table whose columns
    pair up ("Councillor Anne Ames | Castle Ward | Labour Party", "Jane Smith | Chief
    Executive | Healthwatch"), where each column holds a different kind of thing."""
    columns = [column for column in columns if column]
    # (one column all titled beside one with no titles: "Councillor Anne Ames | Castle Ward")
    titled = {sum(bool(_PERSON_START.match(cell)) for cell in column) / len(column) for column in columns}
    for column in columns:
        # ("Tariq Abbasi (Chair)": a name with its post in brackets is a name still)
        column = [re.sub(r"\s*\([^()]*\)", "", cell).strip() or cell for cell in column]
        if any(POST_START.match(cell) or _NOT_A_NAME.search(cell) for cell in column):
            return False
        last = Counter(cell.split()[-1] for cell in column)
        if len(column) >= 2 and last.most_common(1)[0][1] * 2 > len(column):
            return False  # "Hill Top Ward", "Castle Ward": a column of one kind of place
    return not (1.0 in titled and 0.0 in titled)


def _side_by_side_lists(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    i = 0
    while i < len(lines):
        x = lines[i].halves[0] if lines[i].halves else None
        halves = {i: lines[i].halves}
        j = i + 1
        while x is not None and j < len(lines):
            # (a long name in the left list leaves less room before the right one: "Councillor
            # Peter Dunmore (co-opted, Carston  NHS Trust" is parted at the column too)
            parted = lines[j].halves if lines[j].halves and abs(lines[j].halves[0] - x) < 20 else _part_at(lines[j], x)
            if parted is None and lines[j].chars and not lines[j].bold and len(lines[j].text.split()) <= 3 \
                    and re.fullmatch(r"[^()]*\)[.,;]?", lines[j].text.strip()) and (lines[j].x0 >= x - 1 or lines[j].x1 < x - 6):
                # "Council)" alone under one list: the end of its name and post wrapped
                right = lines[j].x0 >= x - 1
                parted = (x, "" if right else lines[j].text, lines[j].text if right else "")
            if parted is None and j - 1 in halves and j + 1 < len(lines) and not lines[j].bold \
                    and (lines[j + 1].halves and abs(lines[j + 1].halves[0] - x) < 20 or _part_at(lines[j + 1], x)):
                # "Additional Local Authority Co-opted Member Additional Local ...": two posts
                # under two marked names, the left one running up to the right list's column
                parted = _part_near(lines[j], x)
                # (posts in title case on both sides; not a sentence across the page between
                # two lists: "Apologies for absence were received from Councillor ...")
                if parted is not None and not all(_title_cased(t) for t in parted[1:]):
                    parted = None
            if parted is None:
                break
            halves[j] = parted
            j += 1
        run = list(halves) if x is not None else [i]
        people = sum(1 for k in run if x is not None and not POST_START.match(halves[k][2])
                     and (_PERSON_START.match(halves[k][2]) or _MARKED_NAME.match(halves[k][2])))
        both = sum(1 for k in run if x is not None and halves[k][1] and halves[k][2])
        # (labels beside their names, "Co-opted:  Mr G Tennant", are no second list)
        # ("Members present:  Officers present:" heads two lists, one label to each)
        labels = sum(1 for k in run if x is not None and halves[k][1].rstrip().endswith(":")
                     and not halves[k][2].rstrip().endswith(":"))
        if both >= _LIST_RUN and people >= 2 and people * 3 >= len(run) and labels < 2:
            for side in (1, 2):
                for k in run:
                    line, (at, *texts) = lines[k], halves[k]
                    if not texts[side - 1]:
                        continue
                    left = side == 1
                    out.append(Line(texts[side - 1], line.x0 if left else at, at if left else line.x1, line.top, line.bottom,
                                    line.size, line.bold, entry=bool(_PERSON_START.match(texts[side - 1]))))
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out


def _part_at(line: Line, x: float) -> Optional[tuple[float, str, str]]:
    """(x, left text, right text) when a line has text on both sides of the column at ``x``
    with a clear gap before it."""
    if not line.chars or line.bold or starts_paragraph(line.text):
        return None  # ("6.8 RESOLVED: That ...": a numbered paragraph, not a list's line)
    chars = sorted(line.chars, key=lambda c: c["x0"])
    left = [c for c in chars if c["x0"] < x - 1]
    right = [c for c in chars if c["x0"] >= x - 1]
    if not left or not right or right[0]["x0"] - left[-1]["x1"] < max(line.size, 1.0) * 1.2:
        return None
    before = _chars_text(left, line.size)
    if before.rstrip().endswith(":"):
        return None  # "Date:  Wednesday, 19 November": a label and its value, not two lists
    return right[0]["x0"], before, _chars_text(right, line.size)


def _title_cased(text: str) -> bool:
    """A post or a name, not a sentence: its words capitalised but the small ones and one more
    ("Co-opted Member (non-voting)", "Representative from Healthwatch")."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", re.sub(r"\([^()]*\)?", "", text))
             if w not in ("of", "and", "for", "the", "to", "in", "on", "at", "with", "a", "an")]
    return bool(words) and sum(not w[0].isupper() for w in words) <= 1


def _part_near(line: Line, x: float) -> Optional[tuple[float, str, str]]:
    """(x, left text, right text) parted at the first word that starts just right of ``x``,
    for a line whose left text runs up to a column with no gap before it."""
    if not line.chars or starts_paragraph(line.text):
        return None
    chars = sorted((c for c in line.chars if c["text"].strip()), key=lambda c: c["x0"])
    space = max(line.size, 1.0) * 0.15
    for prev, c in zip(chars, chars[1:]):
        if x - 1 <= c["x0"] <= x + max(line.size, 1.0) * 2.5 and c["x0"] - prev["x1"] > space:
            left = [d for d in chars if d["x0"] < c["x0"]]
            right = [d for d in chars if d["x0"] >= c["x0"]]
            return c["x0"], _chars_text(left, line.size), _chars_text(right, line.size)
    return None


def _role_column_lines(lines: list[Line]) -> list[Line]:
    """Lines of a name-and-role list whose name left too narrow a gap to part them on its own
    ("S. Gallagher  Place Director (Pelsworth), ..."), parted at the role column of the lines
    beside them; a bold label before the name ("In attendance  D. Whitcombe  Executive
    Director, ...") set on a line of its own."""
    out = list(lines)
    for _ in range(2):  # out from the lines already parted, one line further each pass
        for k, line in enumerate(out):
            if line.halves or not line.chars or line.table:
                continue
            near = [n.halves[0] for n in out[max(k - 2, 0):k + 3]
                    if n.halves and NAME_CELL.match(n.halves[1].strip()) and not re.search(r"\d", n.halves[1])]
            parted = _part_on(line, near[0]) if near else None
            if parted is None:
                continue
            if NAME_CELL.match(parted[1].strip()) and not re.search(r"\d", parted[1]):
                line.halves = parted
                continue
            chars = sorted((c for c in line.chars if c["x0"] < parted[0] - 1), key=lambda c: c["x0"])
            n = next((i for i, c in enumerate(chars) if not _bold_char(c) and c["text"].strip()), 0)
            if n and all(_bold_char(c) for c in chars[:n] if c["text"].strip()) \
                    and chars[n]["x0"] - chars[n - 1]["x1"] > max(line.size, 1.0) * 1.2:
                label = _chars_text(chars[:n], line.size)
                name = _chars_text(chars[n:], line.size)
                if NAME_CELL.match(name.strip()):
                    rest = [c for c in line.chars if c["x0"] >= chars[n]["x0"]]
                    row = Line(f"{name} {parted[2]}", chars[n]["x0"], line.x1, line.top + 0.01, line.bottom, line.size, False,
                               halves=(parted[0], name, parted[2]), chars=rest)
                    out[k:k + 1] = [Line(label, line.x0, chars[n - 1]["x1"], line.top, line.bottom, line.size, True), row]
    return out


def _part_on(line: Line, x: float) -> Optional[tuple[float, str, str]]:
    """(x, left text, right text) when a word of the line starts on the column at ``x``, a
    word's gap or more after the text before it."""
    chars = sorted(line.chars or [], key=lambda c: c["x0"])
    left = [c for c in chars if c["x0"] < x - 1.5]
    right = [c for c in chars if c["x0"] >= x - 1.5]
    if not left or not right or abs(right[0]["x0"] - x) > 1.5 or right[0]["x0"] - left[-1]["x1"] < max(line.size, 1.0) * 0.8:
        return None
    return right[0]["x0"], _chars_text(left, line.size), _chars_text(right, line.size)


def _name_role_rows(lines: list[Line]) -> list[Line]:
    """Names in one column and roles or organisations in the next, a role wrapping onto a
    line of its own under the role column: one row per person, as in a table."""
    lines = _role_column_lines(lines)
    out: list[Line] = []
    i = 0
    while i < len(lines):
        x = lines[i].halves[0] if lines[i].halves else None
        rows: list[list] = []
        j = i
        while x is not None and j < len(lines):
            line = lines[j]
            if line.halves and abs(line.halves[0] - x) < 6 and NAME_CELL.match(line.halves[1].strip()) \
                    and not re.search(r"\d", line.halves[1]) \
                    and (not _PERSON_START.match(line.halves[2]) or POST_START.match(line.halves[2])):
                rows.append([line, line.halves[1].strip(), line.halves[2].strip()])
            elif rows and not line.halves and abs(line.x0 - x) < 6 and not line.bold:
                rows[-1][2] += " " + line.text.strip()  # the role carried on under its column
            else:
                break
            j += 1
        wrapped = j - i > len(rows)
        titled = all(_PERSON_START.match(name) for _, name, _ in rows)
        if len(rows) >= 3 or (len(rows) >= 2 and (wrapped or titled)):
            for line, name, role in rows:
                out.append(Line(f"{name} | {role}", line.x0, line.x1, line.top, line.bottom, line.size, line.bold, table=True))
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out


def _word_starts(line: Line) -> list[float]:
    chars = sorted(line.chars or [], key=lambda c: c["x0"])
    gap = max(line.size, 1.0) * 0.2
    return [c["x0"] for prev, c in zip([None] + chars[:-1], chars) if prev is None or c["x0"] - prev["x1"] > gap]


def _label_column(lines: list[Line]) -> Optional[float]:
    """The x where the second column of a borderless two-column list starts ("London Borough
    of Hornfleet:" | "Carol Whitlow (Chairman) and Graham Pettit"): a word starts there on at
    least three lines, at least two of them with a label ending in a colon to its left."""
    starts: Counter = Counter()
    labelled: Counter = Counter()
    margin = min((line.x0 for line in lines), default=0.0)
    for line in lines:
        if not line.chars or line.table or starts_paragraph(line.text):
            continue  # ("6.5 RESOLVED: The Select Committee noted ...": a numbered paragraph)
        for x in {round(x) for x in _word_starts(line)[1:] if x > margin + 40}:
            starts[x] += 1
            left = _chars_text([c for c in sorted(line.chars, key=lambda c: c["x0"]) if c["x1"] <= x], line.size).strip()
            labelled[x] += left.endswith(":") and not DECISION_LABEL.match(left) and re.search(r"[A-Za-z]{3}", left) is not None \
                or AUTHORITY_NAME.fullmatch(left) is not None
    found = [x for x, n in starts.items() if n >= 3 and labelled[x] >= 2]
    return float(max(found, key=lambda x: starts[x])) if found else None


def _labelled_rows(lines: list[Line]) -> list[Line]:
    """A borderless two-column list, labels on the left (wrapping onto a line of their own)
    and names on the right (wrapping under the names): one line per label, as printed
    across, each a paragraph of its own."""
    x = _label_column(lines)
    if x is None:
        return lines
    out: list[Line] = []
    rows: list[list] = []  # [label, names, its lines]
    edge = max(line.x1 for line in lines)
    for k, line in enumerate(lines):
        chars = sorted(line.chars or [], key=lambda c: c["x0"])
        left = [c for c in chars if c["x1"] <= x - 0.5]
        right = [c for c in chars if c["x0"] >= x - 1]
        fits = chars and len(left) + len(right) == len(chars) and not line.table
        if fits and left and right:
            # A label ends in a colon, on this line or on the line it wraps onto, and a clear
            # gap parts it from the names (not a line of prose with a word starting at x)
            label = _chars_text(left, line.size).strip()
            below = lines[k + 1] if k + 1 < len(lines) else None
            # ("Supporting officers" over "present:", each beside its names)
            under = _chars_text(sorted((c for c in below.chars if c["x1"] <= x - 0.5), key=lambda c: c["x0"]), below.size).strip() \
                if below is not None and below.chars is not None else ""
            # ("London Borough of Barkwell &" over "Daneford": a council's name wrapped)
            wraps = under.endswith(":") or bool(under) and AUTHORITY_NAME.fullmatch(f"{label} {under}") is not None
            fits = (label.endswith(":") or wraps or rows and label[:1].islower() or AUTHORITY_NAME.fullmatch(label)) \
                and len(label.split()) <= 8 \
                and right[0]["x0"] - left[-1]["x1"] >= max(line.size, 1.0) * 0.7
        # (names run on under the names when the line above them was full)
        above = next((n for n in reversed(rows[-1][2]) if n.x1 > x), None) if rows else None
        wrapped = above is not None and above.x1 >= edge - 4 * max(line.size, 1.0) \
            and not re.search(r"(?<!\b[A-Z])[.;?!]$", rows[-1][1].rstrip())  # (an initial, "S. A.", goes on)
        if fits and left and right and any(abs(s - x) < 1.5 for s in _word_starts(line)):
            label, names = _chars_text(left, line.size), _chars_text(right, line.size)
            if rows and not rows[-1][0].rstrip().endswith(":") and label[:1].islower():
                # "Supporting officers  Sarah Haddenham (Scrutiny Officer) and Martin Fulcher" /
                # "present:  (Democratic Services Officer).": the label and the names both wrap
                rows[-1][0] += " " + label
                rows[-1][1] += " " + names
                rows[-1][2].append(line)
            else:
                rows.append([label, names, [line]])
            continue
        if fits and rows and not left and abs(line.x0 - x) < 1.5:
            if wrapped:
                rows[-1][1] += " " + line.text.strip()  # the names wrapped under the names
                rows[-1][2].append(line)
            else:
                rows.append(["", line.text, [line]])  # a paragraph of its own under the names
            continue
        if fits and rows and not right and rows[-1][0].strip() and not rows[-1][0].rstrip().endswith(":") \
                and not (AUTHORITY_NAME.fullmatch(rows[-1][0].strip())
                         and not AUTHORITY_NAME.fullmatch(f"{rows[-1][0].strip()} {line.text.strip()}".rstrip(": "))):
            # (not "Co-opted Members:" or "Apologies:" under "London Borough of Leyhurst": a label of
            # its own; "Forest:" goes on with "London Borough of Waltham", the council's name)
            rows[-1][0] += " " + line.text.strip()  # the label wrapped under the label
            rows[-1][2].append(line)
            continue
        if fits and rows and not right and line.text.rstrip().endswith(":") and len(line.text.split()) <= 4:
            rows.append([line.text, "", [line]])  # "Apologies:" alone, heading the rows below it
            continue
        out += _rows_out(rows)
        rows = []
        out.append(line)
    return out + _rows_out(rows)


def _rows_out(rows: list[list]) -> list[Line]:
    if len(rows) < 2:
        return [line for _, _, lines in rows for line in lines]
    # ("London Borough of Fairmead" beside its members, no colon to part them: a table's row)
    return [Line(f"{label.strip()} | {names.strip()}", lines[0].x0, lines[0].x1, lines[0].top, lines[0].bottom, lines[0].size,
                 False, table=True) if AUTHORITY_NAME.fullmatch(label.strip()) and names.strip() else
            Line(f"{label.strip()} {names.strip()}".strip(), lines[0].x0, lines[0].x1, lines[0].top, lines[0].bottom, lines[0].size,
                 False, entry=True) for label, names, lines in rows]


def _table_rows(page, layout: Optional[dict] = None) -> list[tuple[tuple, list[Line]]]:
    """Ruled tables (attendance grids): their bounding boxes and one line per row."""
    layout = layout if layout is not None else {}
    # No ruling, no table (finding tables is slow, so skip the search); but the minutes table
    # of the pages before may go on in as little as two boxes and their two column rules.
    if len(page.rects) + len(page.lines) < (4 if layout.get("minute_columns") else 6):
        return []
    found = []
    for table in page.find_tables():
        table = _ruled_across(page, table) or table
        rows = [[" ".join((cell or "").split()) for cell in row] for row in table.extract()]
        columns = [round(cell[0]) for cell in table.rows[0].cells if cell is not None]
        if _minutes_table(rows) or _minutes_table_goes_on(rows, columns, layout.get("minute_columns")):
            layout["minute_columns"] = columns
            found.append((table.bbox, _minute_rows(page, table, rows, layout)))
            continue
        rows = [r for r in rows if any(r)]
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            continue  # a box drawn round a paragraph, not a table
        x0, top, x1, bottom = table.bbox
        step = (bottom - top) / len(rows)
        lines = [Line(" | ".join(c for c in row if c), x0, x1, top + k * step, top + (k + 1) * step, table=True)
                 for k, row in enumerate(rows)]
        found.append((table.bbox, lines))
    return found


# The heading row of questions and answers set side by side without rules: "Question raised
# | Response".
_QUESTION_HEAD = re.compile(r"(?i)^(questions?|questions? (raised|asked|put)|(issues?|points?|matters?) raised)$")
_ANSWER_HEAD = re.compile(r"(?i)^((officer |officers’ |officers' )?(responses?|answers?|repl(y|ies)))$")


def _unruled_exchanges(page) -> list[tuple[tuple, list[Line]]]:
    """Questions and their answers set in two columns with no rules, under a bold "Question
    raised | Response" heading: one row per exchange, "question | answer", as in a ruled
    table. Rows are parted by a blank line across both columns; the layout ends at a bold
    line or a line running across the columns."""
    # Most pages have no such heading: look for its words among the bold characters first.
    if not re.search(r"(?i)respon|answer|repl", "".join(c["text"] for c in page.chars if _bold_char(c))):
        return []
    found = []
    lines = page.extract_text_lines(return_chars=True, strip=True)
    i = 0
    while i < len(lines):
        boundary = _two_headings(lines[i])
        if boundary is None:
            i += 1
            continue
        body = []
        j = i + 1
        while j < len(lines):
            chars = [c for c in lines[j]["chars"] if c["text"].strip()]
            left = [c for c in chars if c["x0"] < boundary - 1]
            right = [c for c in chars if c["x0"] >= boundary - 1]
            across = left and right and min(c["x0"] for c in right) - max(c["x1"] for c in left) < 6
            above = body[-1][0] if body else lines[i]
            # (a page's footer, set well below the last row, is not part of it)
            far = lines[j]["top"] - above["bottom"] > 2 * (above["bottom"] - above["top"]) + 10
            if not chars or across or far or all(_bold_char(c) for c in chars):
                break
            body.append((lines[j], left, right))
            j += 1
        if not body:
            i += 1
            continue
        gaps = [b[0]["top"] - a[0]["bottom"] for a, b in zip(body, body[1:]) if b[0]["top"] - a[0]["bottom"] > 0]
        parting = max(6.0, 1.8 * statistics.median(gaps)) if gaps else 6.0
        rows: list[list] = []
        reach = None
        for line, left, right in body:
            if reach is None or line["top"] - reach > parting:
                rows.append([[], [], line["top"], line["bottom"]])
            reach = max(reach or 0.0, line["bottom"])
            rows[-1][0].extend(left)
            rows[-1][1].extend(right)
            rows[-1][3] = reach
        head = lines[i]
        size = statistics.median(c.get("size", 0) for c in head["chars"] if c["text"].strip())
        out = [Line(" | ".join(_cell_text(cs, size) for cs in _two_cells(head, boundary)), head["x0"], head["x1"],
                    head["top"], head["bottom"], size, True, table=True)]
        for left, right, top, bottom in rows:
            out.append(Line(f"{_cell_text(left, size)} | {_cell_text(right, size)}", head["x0"], head["x1"], top, bottom,
                            size, table=True))
        last = body[-1][0]
        found.append(((min(l["x0"] for l, _, _ in body + [(head, 0, 0)]) - 1, head["top"] - 1,
                       max(l["x1"] for l, _, _ in body + [(head, 0, 0)]) + 1, last["bottom"] + 1), out))
        i = j
    return found


def _two_headings(line: dict) -> Optional[float]:
    """Where the second column starts, when a bold line holds "Question raised" and, well to
    its right, "Response"."""
    chars = [c for c in line["chars"] if c["text"].strip()]
    if not chars or not all(_bold_char(c) for c in chars):
        return None
    chars.sort(key=lambda c: c["x0"])
    cut = next((k for k in range(1, len(chars)) if chars[k]["x0"] - chars[k - 1]["x1"] > 30), None)
    if cut is None:
        return None
    size = statistics.median(c.get("size", 0) for c in chars)
    if _QUESTION_HEAD.match(_chars_text(chars[:cut], size).strip()) and _ANSWER_HEAD.match(_chars_text(chars[cut:], size).strip()):
        return chars[cut]["x0"]
    return None


def _two_cells(line: dict, boundary: float) -> tuple[list, list]:
    chars = [c for c in line["chars"] if c["text"].strip()]
    return [c for c in chars if c["x0"] < boundary - 1], [c for c in chars if c["x0"] >= boundary - 1]


def _cell_text(chars: list[dict], size: float) -> str:
    """A cell's characters, line by line in reading order, as one paragraph."""
    by_line: dict[int, list[dict]] = {}
    for c in chars:
        by_line.setdefault(round(c["top"]), []).append(c)
    texts = [_chars_text(sorted(cs, key=lambda c: c["x0"]), size).strip() for _, cs in sorted(by_line.items())]
    return clean(join_lines([t for t in texts if t]))


def _ruled_across(page, table):
    """A table whose heading row is boxed but whose body is ruled only across, between rows:
    pdfplumber finds the heading alone. The body takes the heading's columns, down to the last
    rule of the run below it."""
    x0, top, x1, bottom = table.bbox
    header = table.rows[0].cells
    if len(table.rows) > 3 or len(header) < 2 or any(c is None for c in header):
        return None
    cover: dict[float, float] = {}
    for edge in page.edges:
        if edge["orientation"] == "h" and edge["x0"] >= x0 - 3 and edge["x1"] <= x1 + 3 and edge["top"] > bottom + 1:
            y = round(edge["top"])
            cover[y] = cover.get(y, 0.0) + edge["x1"] - edge["x0"]
    rules = [y for y in sorted(cover) if cover[y] >= 0.9 * (x1 - x0)]
    columns = [header[0][0]] + [cell[2] for cell in header]
    inner = columns[1:-1]
    run: list[float] = []
    for y in rules:
        above = run[-1] if run else bottom
        words = page.crop((x0, above, x1, y), strict=False).extract_words()
        # A row ends the run when a line of it runs across the columns (a title band).
        if y - above > 60 or any(w["x0"] < x - 1 < w["x1"] for w in words for x in inner):
            break
        run.append(y)
    if len(run) < 2:
        return None
    # The last row may be left open below: words starting under two or more columns within a
    # row's height of the last rule are its cells.
    step = statistics.median(b - a for a, b in zip(run, run[1:]))
    below = [w for w in page.crop((x0, run[-1] + 1, x1, min(run[-1] + step * 1.5, page.height)), strict=False).extract_words()]
    starts = {k for w in below for k, x in enumerate(columns[:-1]) if x <= w["x0"] <= x + 10}
    end = run[-1]
    if len(starts) >= 2:
        end = max(w["bottom"] for w in below)
        # ... and the lines that carry its cells on, set close below
        for w in sorted(page.crop((x0, end, x1, page.height), strict=False).extract_words(), key=lambda w: w["top"]):
            if w["top"] > end + 3:
                break
            end = max(end, w["bottom"])
        end += 2
    region = page.crop((x0 - 1, top - 1, x1 + 1, end + 1), strict=False)
    found = region.find_tables({"vertical_strategy": "explicit", "explicit_vertical_lines": columns,
                                "horizontal_strategy": "lines", "explicit_horizontal_lines": [end]})
    return found[0] if found and len(found[0].rows) > len(table.rows) else None


def _minutes_table(rows: list[list[str]]) -> bool:
    """Minutes laid out as a table, "Item | Discussion | Action / Owner": a row numbered like
    a minute with a cell of prose beside the number."""
    if rows and any(re.match(r"(?i)\W*(questions?|answers?|responses?|repl(y|ies))\b", c or "") for c in rows[0]):
        return False  # "No. | Question | Answer": numbered questions, read as a table of them
    numbered = [r for r in rows if len(r) >= 2 and _cell_number(r[0] or "")[0]
                and any(len(c or "") > PROSE_CELL for c in r[1:])]
    return bool(numbered)


def _minutes_table_goes_on(rows: list[list[str]], columns: list[int], before: Optional[list[int]]) -> bool:
    """The minutes table of the pages before, carried on: the same columns, and each first
    cell empty (a minute going on) or a minute's number, though no cell is long enough to
    show it is prose (the last, short minutes of the meeting)."""
    return bool(before) and len(columns) == len(before) and all(abs(a - b) <= 3 for a, b in zip(columns, before)) \
        and any(row and row[0] for row in rows) and all(not row[0] or _cell_number(row[0])[0] for row in rows if row)


_CONTINUED = re.compile(r"\(?\s*cont(?:inued|[’']?d)?\.?\s*\)?", re.I)
# A column of its own for the minute's title: "No. | Item | Discussion | Action"
_TITLE_COLUMN = re.compile(r"(?:agenda\s+)?(?:item|subject|title|topic)s?(?:\s+title)?", re.I)


def _cell_number(text: str) -> tuple[str, str]:
    """(minute number, title) of a table's first cell: "21", or "21 Apologies and
    Substitutes" with the title beside the number; ("", "") when it is neither. "24 (cont.)"
    carries on minute 24 from the page before: its title is "(cont.)"."""
    text = text.strip()
    if MINUTE_NUMBER.match(text):
        return text, ""
    m = re.match(r"^(\S+)\s+(.+)$", text, re.S)
    if m and MINUTE_NUMBER.match(m.group(1)) and (re.search(r"[A-Za-z]{3}", m.group(2)) or _CONTINUED.fullmatch(m.group(2))):
        return m.group(1), m.group(2)
    return "", ""


def _minute_rows(page, table, rows: list[list[str]], layout: dict) -> list[Line]:
    """Each numbered row becomes its heading (the number and the bold title at the top of
    the prose cell) and the lines of its minute; a row without a number carries on the
    minute before it, across a page break. Other cells (actions, owners) follow the minute
    under their column's name."""
    header = None
    lines: list[Line] = []
    # A row's other cells ("RESOLVED: ..."), read after all of its minute: when the minute's
    # last sentence breaks off at the foot of the page, after its "(cont.)" row on the next.
    beside_minute: list[Line] = layout.pop("beside_minute", [])

    def cell_text(bbox, text: str) -> str:
        # Read as the page's other lines are, so words keep their spaces.
        found = PdfplumberEngine._lines(page.crop(bbox, strict=False)) if bbox else []
        return clean(join_lines([line.text for line in found])) if found else text

    for row, texts in zip(table.rows, rows):
        cells = list(zip(row.cells, texts))
        number, beside = _cell_number(texts[0] or "")
        if not any(len(t or "") > PROSE_CELL for _, t in cells[1:]) and not number:
            header = header or texts  # "Item | Discussion | Action / Owner", on every page
            continue
        if _CONTINUED.fullmatch(beside):
            number = beside = ""  # "24 (cont.)": minute 24 goes on from the page before
        if number:  # a new minute: what the one before has beside it comes first
            lines.extend(_placed(beside_minute, lines[-1].bottom if lines else table.bbox[1] - 1))
            beside_minute = []
        prose = max(range(1, len(cells)), key=lambda k: len(cells[k][1] or ""))
        body = PdfplumberEngine._lines(page.crop(cells[prose][0], strict=False)) if cells[prose][0] else []
        for line in body:
            line.right = cells[prose][0][2] - 4  # the cell's padding
        titled = next((k for k, (_, text) in enumerate(cells) if 0 < k != prose and text and header
                       and k < len(header) and _TITLE_COLUMN.fullmatch((header[k] or "").strip())), None)
        if number:
            title = []
            if titled is not None and not beside:
                beside = cell_text(cells[titled][0], cells[titled][1])  # "2. | Action sheet of the meeting ..."
            elif beside:
                # "21 Apologies and Substitutes": the title set under the number in its cell
                beside = cell_text(cells[0][0], beside)
                beside = beside[len(number):].strip() if beside.startswith(number) else beside
            else:
                while body and body[0].bold and len(title) < 3:
                    title.append(body.pop(0))
            first = title[0] if title else (body[0] if body else None)
            if first is not None:
                text = " ".join([number, beside] if beside else [number] + [line.text for line in title])
                lines.append(Line(text, first.x0, first.x1, first.top - 0.1, first.bottom, first.size, bold=True))
        lines.extend(body)
        for k, (bbox, text) in enumerate(cells):
            if k in (0, prose, titled) or not text or not re.search(r"\w", text) or bbox is None:
                continue
            text = cell_text(bbox, text)
            name = header[k] if header and k < len(header) and header[k] else None
            if DECISION_LABEL.match(text):
                name = None  # "RESOLVED: that ..." under "Resolved / Action" says what it is
            last = lines[-1] if lines else None
            top = last.bottom + 0.1 if last is not None else bbox[1]
            beside_minute.append(Line(f"{name}: {text}" if name else text, bbox[0], bbox[2], top, top + 1, entry=True))
    if lines and beside_minute and not TERMINAL.search(lines[-1].text) and not lines[-1].entry:
        layout["beside_minute"] = beside_minute
        return lines
    return lines + _placed(beside_minute, lines[-1].bottom if lines else table.bbox[1])


def _placed(entries: list[Line], top: float) -> list[Line]:
    """Entry lines set just below ``top``, in their order."""
    return [replace(line, top=top + 0.1 * (k + 1), bottom=top + 0.1 * (k + 1) + 1) for k, line in enumerate(entries)]


def _panels(page, width: float) -> list[tuple]:
    """Boxed panels set beside the text (the attendance in a narrow box at the side of the
    first page): a drawn rectangle under half the page's width holding several lines, with
    the minutes running beside it. Read as a block of their own, not line by line across."""
    found = []
    boxes = [(r["x0"], r["top"], r["x1"], r["bottom"]) for r in page.rects
             if width * 0.15 < r["x1"] - r["x0"] < width * 0.5 and r["bottom"] - r["top"] > 60]
    chars = [c for c in page.chars if c["text"].strip()] if boxes else []
    for x0, top, x1, bottom in boxes:
        inside = [c for c in chars if _inside(c, (x0, top, x1, bottom))]
        beside = [c for c in chars if top < c["top"] < bottom and (c["x1"] < x0 - 6 or c["x0"] > x1 + 6)]
        if len({round(c["top"]) for c in inside}) >= 3 and len({round(c["top"]) for c in beside}) >= 3:
            found.append((x0, top, x1, bottom))
    return sorted(found, key=lambda box: box[1])


def _with_panel(columns: list[list[Line]], box: tuple, panel: list[Line]) -> list[list[Line]]:
    """The panel's lines read where the panel starts: after the lines above its top. Lines
    set beside it end at its edge, not the page's margin."""
    x0, top, _, bottom = box
    beside = [line for column in columns for line in column if top - 1 <= line.top < bottom and line.x1 < x0]
    measure = max((line.x1 for line in beside), default=None)
    for line in beside:
        line.right = measure
    for k, column in enumerate(columns):
        at = next((i for i, line in enumerate(column) if line.top >= top - 1), None)
        if at is not None:
            return columns[:k] + [column[:at], panel, column[at:]] + columns[k + 1:]
    return columns + [panel]


def _inside(obj, box) -> bool:
    x0, top, x1, bottom = box
    return obj["x0"] >= x0 - 1 and obj["x1"] <= x1 + 1 and obj["top"] >= top - 1 and obj["bottom"] <= bottom + 1


def _is_encrypted(e: BaseException) -> bool:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    seen = 0
    while e is not None and seen < 5:
        if isinstance(e, (PDFPasswordIncorrect, PDFEncryptionError)):
            return True
        if any(isinstance(a, (PDFPasswordIncorrect, PDFEncryptionError)) for a in getattr(e, "args", ())):
            return True
        e, seen = e.__cause__ or e.__context__, seen + 1
    return False


def _reason(e: Exception) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else ""
    return f"{type(e).__name__}: {text}"[:120] if text else type(e).__name__


def _is_italic(fontname: str) -> bool:
    return bool(re.search(r"italic|oblique|,i\b", fontname, re.I))


def _is_bold(fontname: str) -> bool:
    return bool(re.search(r"bold|black|heavy|semibold|,b\b", fontname, re.I))


def _pale(c: dict) -> bool:
    """Set in a light grey or colour, as watermarks are."""
    colour = c.get("non_stroking_color")
    values = colour if isinstance(colour, (tuple, list)) else (colour,) if isinstance(colour, (int, float)) else ()
    return len(values) in (1, 3) and all(isinstance(v, (int, float)) and v > 0.6 for v in values)


def _slanted(c: dict) -> bool:
    """A character set at a slant, neither level nor at a right angle: a "DRAFT" watermark
    or a stamp across the page, not words of the text."""
    a, b = c.get("matrix", (1, 0, 0, 1, 0, 0))[:2]
    angle = abs(math.degrees(math.atan2(b, a))) % 90
    return 5 < angle < 85


def _not_overlapping_space(chars):
    """Some PDFs draw a space on top of a letter ("A pologies"); drop those spaces. A slanted
    watermark goes too, its letters being no part of the lines they cross: set large or pale
    (names printed at a slant over the columns of a voting grid stay)."""
    sizes = sorted(c.get("size", 0) for c in chars)
    body = sizes[len(sizes) // 2] if sizes else 0
    bad = {id(c) for c in chars if _slanted(c) and (c.get("size", 0) > body * 1.5 or _pale(c))}
    by_line: dict[int, list] = {}
    for c in chars:
        by_line.setdefault(round(c["top"]), []).append(c)
    for line in by_line.values():
        letters = [c for c in line if c["text"].strip()]
        for c in line:
            if c["text"] == " " and any(l["x0"] - 0.1 <= c["x0"] < l["x1"] - 0.5 for l in letters):
                bad.add(id(c))
    return lambda obj: id(obj) not in bad


def _margin_notes(words: list[dict], width: float, height: float) -> list[tuple[float, float, float, float]]:
    """Words set in a narrow column at the right of the text, beside its lines: names in an
    "ACTION" column ("Dominic" / "Farrant" beside the minute that asks him for something).
    Their boxes, or none when the page has no such column."""
    body = [w for w in words if height * 0.08 < w["top"] < height * 0.92]  # not headers and footers
    if len(body) < 60:
        return []
    # ("Action" heading the column at the top of each page, over its notes or none)
    headed = [w for w in words if w["x0"] > width * 0.7 and w["top"] < height * 0.12
              and re.fullmatch(r"(?i)actions?:?|action\s*by:?", w["text"])]
    for x in range(int(width * 0.70), int(width * 0.92), 2):
        if any(w["x0"] < x < w["x1"] for w in body):
            continue
        right = [w for w in body if w["x0"] >= x]
        left = [w for w in body if w["x1"] <= x]
        if not (1 if headed else 2) <= len(right) <= 0.08 * len(body):
            continue
        # The text runs up to the column: its lines end just short of it.
        ends: dict[int, float] = {}
        for w in left:
            ends[round(w["top"])] = max(ends.get(round(w["top"]), 0.0), w["x1"])
        if x - statistics.median(ends.values()) > width * 0.12:
            continue
        # Most notes sit on a line of the text, and there is a wide gap before each.
        beside = [w for w in right if any(abs(round(w["top"]) - t) <= 2 for t in ends)]
        gaps = [w["x0"] - max((e for t, e in ends.items() if abs(round(w["top"]) - t) <= 2), default=0.0) for w in beside]
        # ("Action" heading the column at the top of the page: its notes may fall between the
        # text's lines, as its own lines run)
        heads = [w for w in headed if w["x0"] >= x - 2]
        # (two lines of notes or more, one of them perhaps falling between the text's lines)
        if len(beside) < (0.2 if heads else 0.6) * len(right) or len({round(w["top"]) for w in right}) < (1 if heads else 2) \
                or not gaps or min(gaps) < 12:
            continue
        return [(w["x0"], w["x1"], w["top"], w["bottom"]) for w in right + heads]
    if headed and all(w["x1"] < min(h["x0"] for h in headed) - 12 for w in body):
        return [(w["x0"], w["x1"], w["top"], w["bottom"]) for w in headed]  # the heading over no notes
    return []


def _find_gutter(words: list[dict], width: float, height: float) -> Optional[float]:
    """The x of an empty vertical strip splitting the body text into two columns."""
    body = [w for w in words if height * 0.08 < w["top"] < height * 0.92]
    if len(body) < 40:
        return None
    best, best_crossing = None, None
    for x in range(int(width * 0.35), int(width * 0.65), 2):
        crossing = sum(1 for w in body if w["x0"] < x < w["x1"])
        if best_crossing is None or crossing < best_crossing:
            best, best_crossing = x, crossing
    if best is None or best_crossing > 2:
        return None
    left = [w for w in body if w["x1"] <= best]
    right = [w for w in body if w["x0"] >= best]
    # Both sides must hold many lines of text, not a label column beside a body column.
    left_lines = {round(w["top"]) for w in left}
    right_lines = {round(w["top"]) for w in right}
    if len(left_lines) < 6 or len(right_lines) < 6 or len(left) < 0.12 * len(body) or len(right) < 0.12 * len(body):
        return None
    # Lines that run straight across the gutter mean one column with a table, not two.
    shared = len(left_lines & right_lines)
    if shared > 0.8 * min(len(left_lines), len(right_lines)):
        left_ends = statistics.median(w["x1"] for w in left)
        if best - left_ends > width * 0.2:
            return None
        # Prose set in columns runs up to the gutter; names beside their roles stop short.
        line_ends: dict[int, float] = {}
        for w in left:
            line_ends[round(w["top"])] = max(line_ends.get(round(w["top"]), 0.0), w["x1"])
        if best - statistics.median(line_ends.values()) > width * 0.08:
            return None
    return float(best)


def _bands(words: list[dict], gutter: float, min_gap: float = 9.0) -> list[tuple[float, float, bool]]:
    """Horizontal bands of the page in reading order: (top, bottom, two_columns).

    A row of words that runs across the gutter with no wide gap (a title, a full-width
    attendance list) is full width; runs of other rows are read column by column.
    """
    rows: dict[int, list[dict]] = {}
    for w in words:
        rows.setdefault(round(w["top"] / 3), []).append(w)
    bands: list[list] = []
    for key in sorted(rows):
        row = rows[key]
        left = [w["x1"] for w in row if w["x1"] <= gutter]
        right = [w["x0"] for w in row if w["x0"] >= gutter]
        crossing = any(w["x0"] < gutter < w["x1"] for w in row)
        full = crossing or (left and right and min(right) - max(left) < min_gap)
        top, bottom = min(w["top"] for w in row), max(w["bottom"] for w in row)
        if bands and bands[-1][2] == (not full):
            bands[-1][1] = max(bands[-1][1], bottom)
        else:
            bands.append([top, bottom, not full])
    return [tuple(b) for b in bands]


# A bullet whose first words are in bold is still one paragraph.
_BULLET = re.compile(rf"^\s*[{BULLETS}]\s")


# Page furniture: "Page 3", "3", "- 3 -", "3 of 12".
_PAGE_NUMBER = re.compile(r"^(page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(\s*(of|/)\s*\d{1,4})?$", re.I)


_DECISION_LEADIN = re.compile(r"(?i)^\W*it was (?:unanimously )?(?:resolved|agreed|decided|recommended)\b")


def _furniture(pages: list[Page]) -> set[tuple[int, int, int]]:
    """(page, column, line index) of running headers, footers and page numbers."""
    drop = set()
    seen: Counter = Counter()
    margin_lines = []
    later_tops: dict[str, list[float]] = {}
    for page in pages:
        for ci, column in enumerate(page.columns):
            for li, line in enumerate(column):
                in_margin = line.top < page.height * 0.12 or line.bottom > page.height * 0.88
                # (the heading row of a table, "Question raised | Response", repeated at the top
                # of each page over more rows, tells the rows below it what they are)
                if not in_margin or line.table and (line.bold or sum(1 for l in column[li + 1:li + 3] if l.table) == 2):
                    continue
                if _PAGE_NUMBER.match(line.text.strip()):
                    drop.add((page.number, ci, li))
                    continue
                if (DECISION_LABEL.match(line.text) or _DECISION_LEADIN.match(line.text)) and len(line.text) < 40:
                    continue  # "RESOLVED:", "It was agreed:" at the top or foot of pages is no running line
                key = re.sub(r"\d+", "#", line.text.lower()).strip()
                margin_lines.append((key, page.number, ci, li, line.top if page is pages[0] else None))
                if page is not pages[0]:
                    later_tops.setdefault(key, []).append(line.top)
    for key, number in {(k, n) for k, n, _, _, _ in margin_lines}:
        seen[key] += 1
    threshold = max(2, int(len(pages) * 0.5))
    for key, number, ci, li, first_top in margin_lines:
        # (the first page's title, set lower there than the running header it becomes on the
        # pages after it, is kept: "ADULTS AND COMMUNITY WELLBEING SCRUTINY COMMITTEE / 22 JANUARY 2025")
        title = first_top is not None and first_top < pages[0].height * 0.12 and key in later_tops \
            and abs(first_top - statistics.median(later_tops[key])) > 2
        if len(pages) >= 2 and seen[key] >= threshold and not title:
            drop.add((number, ci, li))
    return drop


def _blocks(pages: list[Page], drop: set[tuple[int, int, int]]) -> list[Block]:
    # The body text's size: a short line set larger is a heading even when not bold (titles
    # in white on a coloured band).
    sizes = [round(line.size, 1) for page in pages for column in page.columns for line in column if line.size]
    body_size = Counter(sizes).most_common(1)[0][0] if sizes else 0.0
    blocks: list[Block] = []
    breaks: set[int] = set()  # blocks that start a new column or page
    for page in pages:
        for ci, column in enumerate(page.columns):
            kept = [l for li, l in enumerate(column) if (page.number, ci, li) not in drop]
            if not kept:
                continue
            breaks.add(len(blocks))
            # (the lines of the text, not of the tables set among them, give the usual gap)
            prose = [l for l in kept if not l.table] or kept
            gaps = [b.top - a.bottom for a, b in zip(prose, prose[1:]) if 0 <= b.top - a.bottom < 30]
            usual_gap = statistics.median(gaps) if gaps else 2.0
            # The text's measure; a bold title may run past it into the margin, and a line set
            # beyond the page's edge (a centring slip) says nothing of it.
            plain = [l.x1 for l in kept if not l.bold and l.x1 <= page.width]
            right_edge = max(plain) if len(plain) >= 3 else max(l.x1 for l in kept)
            left_edge = min(l.x0 for l in kept)
            width = max(right_edge - left_edge, 1.0)
            # Text set in a narrower column than the rest of the page (minute numbers at its
            # left, an "Action" column at its right, the attendance across the page above):
            # its lines run to its own edge.
            starts: dict[int, list[float]] = {}
            for l in kept:
                if not l.bold and not l.table and l.x1 <= page.width:
                    starts.setdefault(round(l.x0 / 6), []).append(l.x1)

            def edge_from(x0: float) -> float:
                ends = starts.get(round(x0 / 6), [])
                narrower = max(ends) if len(ends) >= 4 else right_edge
                return narrower if narrower < right_edge - width * 0.1 else right_edge

            current: list[Line] = []

            def flush() -> None:
                if not current:
                    return
                text = clean(join_lines([l.text for l in current]))
                if text:
                    bold = all(l.bold for l in current)
                    larger = body_size and all(l.size >= body_size + 1.0 for l in current)
                    style = "heading" if (bold or larger) and len(text) < 200 else None
                    if style is None and all(l.italic for l in current) and blocks and blocks[-1].style is None \
                            and len(text.split()) >= 6 and not text.startswith("("):
                        # a paragraph set in italics under a point, not under a label: its answer
                        style = "response"
                    blocks.append(Block(text=text, page=page.number, style=style, level=round((current[0].x0 - left_edge) / 18)))
                current.clear()

            for line in kept:
                if line.table:
                    flush()
                    blocks.append(Block(text=line.text, page=page.number, style="table"))
                    continue
                if current:
                    prev = current[-1]
                    gap = line.top - prev.bottom
                    # Lines in a table cell end at the cell's edge, not the column's.
                    edge = prev.right if prev.right is not None else (
                        edge_from(prev.x0) if round(line.x0 / 6) == round(prev.x0 / 6) else right_edge)
                    span = width if prev.right is None else max(edge - prev.x0, 1.0)
                    starts_new = (
                        (starts_paragraph(line.text) and not _year_goes_on(prev.text, line.text))
                        or gap > max(usual_gap * 1.8, usual_gap + 4)
                        or (line.bold != prev.bold and not _BULLET.match(current[0].text)
                            and not (_GOES_ON.search(prev.text) and re.search(r"[.;]\s*$", line.text)))
                        # (a bold line after a bullet's full stop heads what follows: "Decision")
                        or (line.bold and not prev.bold and TERMINAL.search(prev.text))
                        # A sentence starting left of a bullet, after its full stop, is a
                        # paragraph of its own.
                        or (_BULLET.match(current[0].text) and line.x0 < current[0].x0 - 3
                            and line.text[:1].isupper() and TERMINAL.search(prev.text))
                        or (line.italic != prev.italic and TERMINAL.search(prev.text))
                        or abs(line.size - prev.size) >= 1.0
                        or (prev.x1 < edge - span * 0.2 and TERMINAL.search(prev.text))
                        # A line well short of the margin ended its paragraph: lists of
                        # people, one to a line, with no full stops.
                        # (not after a word no sentence ends with: "... the next meeting would
                        # be held on" over "Wednesday 11 March 2026 ...")
                        or (prev.x1 < edge - span * 0.4 and line.text[:1].isupper() and not _OPEN_SHORT.search(prev.text))
                        # The next line's first word would have fitted on this one.
                        or (line.text[:1].isupper() and _word_would_fit(prev, line.text, edge) and not _OPEN_WORD.search(prev.text))
                        # Right-aligned or centred text ("Motion carried.") is not a
                        # continuation of the paragraph at the margin. (A sentence going on
                        # in lower case under the text after a label, "RECOMMENDATION TO
                        # CABINET: That ... of" / "the contract ...", is.)
                        or (line.x0 > current[0].x0 + span * 0.35
                            and not (line.text[:1].islower() and not TERMINAL.search(prev.text))
                            and not (len(current) > 1 and abs(line.x0 - prev.x0) < 2 and not TERMINAL.search(prev.text))
                            and not _year_goes_on(prev.text, line.text))
                        or line.entry
                    )
                    if starts_new:
                        flush()
                current.append(line)
            flush()
    return _join_across_breaks(blocks, breaks)


# A line ending in a word no sentence ends with goes on below, whatever its type, when the
# next line ends the sentence: "RESOLVED that the Plan be" / "NOTED." with the verb set in
# bold (not "... and it was" over "RESOLVED" heading the decision below it).
_GOES_ON_WORDS = "be|been|being|is|are|was|were|of|the|a|an|to|that|for|with|by|from"
_GOES_ON = re.compile(rf"\b(?:{_GOES_ON_WORDS})$")
# ... and words after which a line goes on whatever follows: "... would be held on" over "Wednesday ..."
_OPEN_WORD = re.compile(rf"\s(?:{_GOES_ON_WORDS}|on|at|in|and|or|would|will|held)$")
# ... and, on a line well short of the margin, fewer: a list's short lines end in "to focus
# on", "who have moved in", "... be agreed; and"
_OPEN_SHORT = re.compile(rf"\s(?:{_GOES_ON_WORDS})$|\b(?:held|be|place) (?:on|at|in)$")


def _word_would_fit(prev: Line, following: str, right_edge: float) -> bool:
    words = following.split()
    if not words or len(prev.text) < 2:
        return False
    char = (prev.x1 - prev.x0) / len(prev.text)
    return prev.x1 + char * (len(words[0]) + 1) < right_edge - char


# A figure going on from the line before: "... had risen by" / "6.7 per cent".
_FIGURE = re.compile(r"\d+(?:\.\d+)? ?(?:per cent|percent|%|million|billion|pm|am)\b")


def _year_goes_on(before: str, line: str) -> bool:
    """"... ended in March" / "2026. The Director": a year, not a list number "292."; "...
    had risen by" / "6.7 per cent": a figure, not paragraph 6.7; "..., Councillors" / "G.
    Carver, E. Lowther": an initial, not item G."""
    initial = re.match(r"[A-Z]\.\s+[A-Z][a-z]", line) and re.search(r"(\b(Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)|,)$", before)
    # ("... ON TUESDAY, 11 MARCH" / "2025 AT 10:00": a date's year wrapped onto the next line)
    dated = re.search(r"\b(january|february|march|april|may|june|july|august|september|october|november|december)$", before, re.I) \
        and re.match(r"(19|20)\d\d\b", line)
    return bool(re.match(r"(19|20)\d\d\.\s", line) or _FIGURE.match(line) or initial or dated) and not TERMINAL.search(before)


def _only_marker(text: str) -> bool:
    m = MARKER.match(text)
    return bool(m) and m.end() == len(text.rstrip())


_OPEN_END = re.compile(
    r"\b(?:to|the|of|and|or|a|an|in|on|for|with|that|by|from|at|as|be|is|are|was|were|which|who|whether"
    r"|since|than|into|about|but|if|when|while|because|after|before|until|between|has|have|had|will|would|could|should)$")


_NAME_CUT = re.compile(r"\b(?:of|for|and|the|to|on|in|at|with)\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+$")
# ... not where the next page begins a section or a sentence of its own.
_OPENS_SECTION = re.compile(r"(?:Apologies|Present|The|This|It|Councillors?|Cllrs?|Minutes|RESOLVED|Officers?|Also|In attendance)\b")


def _join_across_breaks(blocks: list[Block], breaks: set[int]) -> list[Block]:
    """A paragraph cut by a page or column break continues at the top of the next one."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if out and out[-1].style is None and block.style is None and _only_marker(out[-1].text) and not starts_paragraph(block.text):
            # "(ii)" left alone at the foot of a page, its text on the next.
            out[-1].text = f"{out[-1].text.strip()} {block.text}"
        elif out and i in breaks and block.style == out[-1].style == "heading" and DECISION_LABEL.match(out[-1].text) \
                and not TERMINAL.search(out[-1].text) and block.text[:1].islower():
            # a decision set in bold, cut by the page: "RESOLVED: That the Work Plan be approved,
            # subject to the addition of" | "the items requested by Councillors ..."
            out[-1].text = join_lines([out[-1].text, block.text])
        elif (
            out
            and i in breaks
            and block.style is None
            and out[-1].style is None
            and not TERMINAL.search(out[-1].text)
            and (
                (block.text[:1].islower() and not starts_paragraph(block.text))
                # "... an item on access to" | "NHS dentistry be added": no sentence ends on "to"
                or (_OPEN_END.search(out[-1].text) and not starts_paragraph(block.text))
                # "... thanked Mrs" | "Bosworth for attending ...": a title ends no sentence
                or (re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor)$", out[-1].text)
                    and not starts_paragraph(block.text))
                # "... ended in March" | "2026. The Director ..."
                or re.match(r"(19|20)\d\d\b", block.text) or _FIGURE.match(block.text)
                # A long paragraph stopped mid-sentence: "... handover delays at Northwick" |
                # "General remained among the worst ...", or in a name after "of", "for":
                # "... recommend to the Cabinet Member for Adult" | "Social Care and Public Health"
                # ("... asked the sub-committee to look at the new" | "Pharmacy First service ...":
                # a sentence of a paragraph stopped on a word, not a list entry without its stop)
                or (len(out[-1].text) >= 60 and re.search(r"\b[a-z]{2,}$", out[-1].text) and not MARKER.match(out[-1].text)
                    and not starts_paragraph(block.text) and not _PERSON_START.match(block.text)
                    and not _OPENS_SECTION.match(block.text) and not re.match(r"(?:Members?|Officers?|AGREED|NOTED)\b", block.text))
                or ((len(out[-1].text) >= 120 and re.search(r"[a-z]$", out[-1].text)
                     or len(out[-1].text) >= 60 and _NAME_CUT.search(out[-1].text) and not out[-1].text.rstrip().endswith(":")
                     and not _OPENS_SECTION.match(block.text))
                    and not starts_paragraph(block.text) and not _PERSON_START.match(block.text))
            )
        ):
            out[-1].text = join_lines([out[-1].text, block.text])
        else:
            out.append(block)
    return out


def _page_list(numbers: list[int]) -> str:
    """"3-5, 9" from [3, 4, 5, 9]."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def extract(path: Path, engine: Optional[PdfEngine] = None) -> Extraction:
    if path.read_bytes()[:1024].find(b"%PDF") < 0:
        raise ExtractError("not a PDF (no %PDF header); check the file type")
    engine = engine or PdfplumberEngine()
    pages = list(engine.pages(path))
    drop = _furniture(pages)
    blocks = _blocks(pages, drop)
    resolve_hyphens(blocks)
    status = "ok"
    scanned = [p.number for p in pages if p.chars == 0 and p.images]
    if pages and not blocks:
        status = "no text layer (needs OCR)"
    elif scanned:
        # Minutes scanned in with typed papers: say which pages nobody can search.
        status = f"no text layer on page{'s' if len(scanned) > 1 else ''} {_page_list(scanned)} (needs OCR)"
    header = _first_running_header(pages, drop)
    return Extraction(blocks=blocks, pages=len(pages), status=status, metadata={"running_header": header} if header else {})


def _first_running_header(pages: list[Page], drop: set[tuple[int, int, int]]) -> str:
    """The running header dropped from the first page ("Ashcombe County Council – Learning
    Disability Partnership Board – 12 March 2025"): it may be the only place the meeting is named."""
    if not pages:
        return ""
    page = pages[0]
    return " ".join(line.text.strip() for ci, column in enumerate(page.columns) for li, line in enumerate(column)
                    if (page.number, ci, li) in drop and line.top < page.height * 0.12
                    and not _PAGE_NUMBER.match(line.text.strip()))
