"""Plain text: paragraphs split on blank lines and list markers.

Shared by the other extractors for turning lines of text into paragraph blocks.
"""
from __future__ import annotations

import datetime
import email
import email.policy
import re
from pathlib import Path

import yaml
from typing import Iterable, Optional

from ..markers import DECISION_LABEL, MARKER, NAME_CELL, WRAPPED_ATTENDANCE_LABEL, starts_paragraph
from ..model import Block, Extraction
from .errors import ExtractError


TERMINAL = re.compile(r"[.:;?!”\"')]\s*$")


# Text exported from a typeset PDF keeps its ligatures ("ﬁnance", "staﬀ") and the Symbol
# font's private-use bullets ("\uf0b7").
_GLYPHS = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                         "\ufb05": "st", "\ufb06": "st", "\uf0b7": "•", "\uf0a7": "▪"})


def read_text(path: Path) -> str:
    return _read_text(path).translate(_GLYPHS)


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    # Windows saves "Unicode" text as UTF-16, with a byte-order mark or, from some tools,
    # without one: every other byte of plain English is then zero.
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return without_mojibake(raw.decode("utf-16"))
    head = raw[:4096]
    for encoding, zeros, letters in (("utf-16-le", head[1::2], head[::2]), ("utf-16-be", head[::2], head[1::2])):
        # (a few zero low bytes are characters such as "─", U+2500)
        if len(head) >= 8 and zeros.count(0) > 0.9 * len(zeros) and letters.count(0) < 0.02 * len(letters):
            try:
                return without_mojibake(raw[: len(raw) // 2 * 2].decode(encoding))
            except UnicodeDecodeError:
                break
    if b"\x00" in head:
        raise ValueError("binary data, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return without_mojibake(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _cp1252_char(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)  # bytes cp1252 leaves undefined come through as control characters


# Text once encoded as UTF-8 and read back as Windows-1252 ("mojibake"): "â€™" for ’, "â€“"
# for –, "Â£" for £. Each character stands for one byte of the UTF-8 it came from.
_BYTE_OF = {_cp1252_char(b): b for b in range(0x80, 0x100)}
_CONTINUATION = "".join(re.escape(_cp1252_char(b)) for b in range(0x80, 0xC0))
# ("Â£" for £, "Ã©" for é, "â€“" for –: the lead bytes of Latin-1 letters and punctuation.
# A capital "É’" in real text stays as it is.)
_MOJIBAKE = re.compile(rf"[\u00c2\u00c3][{_CONTINUATION}]|\u00e2[{_CONTINUATION}]{{2}}")


def without_mojibake(text: str) -> str:
    """Text with its mojibake turned back into the characters meant, when there is enough
    of it to be sure ("Â£" alone could be meant)."""
    if len(re.findall("â€|Â[£ \u00a0]", text)) < 3:
        return text

    def repair(m: re.Match) -> str:
        try:
            meant = bytes(_BYTE_OF[c] for c in m.group(0)).decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            return m.group(0)
        return m.group(0) if "\u0080" <= meant <= "\u009f" else meant  # no control characters

    return _MOJIBAKE.sub(repair, text)


def clean(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\t", " ")
    return re.sub(r"[ \u2000-\u200b]+", " ", text).strip()


# A line that cannot end a paragraph: it stops at an initial, inside a bracket or after "and"
_CUT_SHORT = re.compile(r"(?:[,(]\s*(?:[A-Z]\.?\s*){1,3}|\([^()]*|\s(?:and|&|of|the|for))$")


def _wrapped_narrow(current: list[str], line: str) -> bool:
    """A paragraph set narrower than the page (beside a label in a column of its own): its
    lines all run to its own measure, and the next word would not have fitted."""
    local = max(len(x) for x in current)
    return len(current) >= 2 and min(len(x) for x in current) >= max(50, local * 0.85) \
        and len(current[-1]) + 1 + len(line.split()[0]) > local \
        and not re.match(r"[A-Z][\w ]{0,25}:", line)  # (not "Subject: ..." under an email's "To: ...")


def lines_to_blocks(lines: Iterable[str], page: Optional[int] = None, wrapped: bool = True) -> list[Block]:
    """Group lines into paragraphs.

    With ``wrapped`` a paragraph runs until a blank line or a list marker (hard-wrapped
    text); without it every non-empty line is a paragraph of its own.
    """
    blocks: list[Block] = []
    current: list[str] = []
    raw = list(lines)
    lines = [clean(line) for line in raw]
    # A deeper indent than the line above is a hanging indent: the same entry going on.
    indents = [len(line.expandtabs()) - len(line.expandtabs().lstrip()) for line in raw]
    lengths = sorted(len(line) for line in lines if line)
    # The text's measure: lines of a wrapped paragraph run close to it, all but the last.
    measure = lengths[int(len(lengths) * 0.9)] if lengths else 0
    # ... and where lines end, indents counted: an indented entry's lines end at the margin too.
    ends = [len(line.expandtabs().rstrip()) for line in raw]
    right = sorted(e for e, line in zip(ends, lines) if line)
    margin = right[int(len(right) * 0.9)] if right else 0
    last_end = 0

    def flush() -> None:
        if current:
            text = clean(join_lines(current))
            if text:
                blocks.append(Block(text=text, page=page))
            current.clear()

    previous_indent = first_indent = 0
    hung = False
    spans: Optional[list[int]] = None  # where the columns of a fixed-width table start
    people = _name_columns(raw)
    for k, (line, indent, end) in enumerate(zip(lines, indents, ends)):
        if raw[k].startswith(_TABLE_ROW):
            flush()
            blocks.append(Block(text=raw[k][len(_TABLE_ROW):], page=page, style="table"))
            continue
        if k in people:
            flush()
            if people[k]:
                blocks.append(Block(text=people[k], page=page, style="table"))
            continue
        if spans is not None:
            if line:
                blocks.append(Block(text=_cells(raw[k], spans), page=page, style="table"))
                continue
            spans = None
        rule = _COLUMN_RULE.match(raw[k].expandtabs())
        if rule and len(current) == 1 and k:
            # "NAME   ROLE   ATTENDANCE" over "-----  -----  -----": a table set in fixed-width
            # columns, one row to a line below until a blank line.
            spans = [m.start() for m in re.finditer(r"-{3,}", raw[k].expandtabs())]
            current.clear()
            blocks.append(Block(text=_cells(raw[k - 1], spans), page=page, style="table"))
            continue
        if not line:
            flush()
            continue
        answer = _ANSWER_MARK.match(line)
        if answer:
            # "  > Dr Wyke said ...", "-> Officers agreed ...": the answer to the point above,
            # set on lines of its own under it.
            flush()
            blocks.append(Block(text=line[answer.end():], page=page, style="response"))
            previous_indent = indent
            continue
        if blocks and blocks[-1].style == "response" and not current \
                and indent > 0 and not starts_paragraph(line):
            blocks[-1].text = clean(join_lines([blocks[-1].text, line]))  # the answer wraps
            continue
        was_indent = previous_indent
        hanging, previous_indent = current and indent > previous_indent, indent
        if not current:
            first_indent, hung = indent, False
        # Entries set with a hanging indent ("Also attending: Dr Wyke (Clinical" / "  Director)
        # - item 4"): a line back out at the entry's own indent starts the next entry.
        back_out = bool(current) and hung and indent == first_indent < was_indent
        if current and hanging:
            hung = True
        if _RULE.match(line):
            # A heading underlined with "====" or "----" about as long as itself; a rule
            # across the page only closes the paragraph above.
            if len(current) == 1 and _looks_like_heading(current[0]) \
                    and abs(len(line) - len(current[0])) <= max(3, len(current[0]) // 4):
                blocks.append(Block(text=current.pop(), page=page, style="heading"))
            flush()
            continue
        if (
            not wrapped
            or back_out
            or (starts_paragraph(line) and not _number_wrapped(current, line, measure))
            # A line that stopped although the next word would have fitted on it ended its
            # paragraph: lists of people, one to a line ("Chief Executive - Ms F Leggett").
            # (not a line cut inside a name or a bracket: "R Denholm (Vice-Chairman), S" / "Carrow")
            or (current and line[:1].isupper() and not hanging and not _CUT_SHORT.search(current[-1])
                and not _wrapped_narrow(current, line) and (
                len(current[-1]) < measure * 0.6 or last_end + len(line.split()[0]) + _SLACK < margin))
            # Records one to a line: "Name – Role – Organisation".
            or (current and _RECORD.search(current[-1]) and _RECORD.search(line))
            # Entries under labels alike: "From Ashdown Borough Council: Cllrs ..." then "From
            # Fairbourne Borough Council: ..."
            or (current and _same_label(current[0], line))
            # "Agreed: ...", "Action: ..." at a line's start begins an entry of its own, and so
            # does "Resolved to recommend ... that:" after a sentence has ended.
            or (current and DECISION_LABEL.match(line) and re.match(r"[A-Z][A-Za-z]*(?:\s*[:–—]|\s+-\s)", line))
            or (current and TERMINAL.search(current[-1]) and re.match(r"(?:RESOLVED|Resolved|AGREED|RECOMMENDED)\s+(?:to|that)\b", line))
            # A heading after a sentence; a line running to the measure is prose going on.
            # (a numbered title in capitals may run to the measure: "6 GULLSEA TEACHING
            # HOSPITALS: URGENT AND EMERGENCY CARE – WINTER 2024/2025 REVIEW")
            or (current and re.search(r"[.:?!]\s*$", current[-1]) and _looks_like_heading(line)
                and not (wrapped and len(line) >= measure * 0.85 and not (line.isupper() and re.match(r"\d", line))))
            # A short line alone is a heading, unless it ran to the measure and wrapped.
            or (len(current) == 1 and _looks_like_heading(current[0]) and len(current[0]) < 60 and not hanging
                and not (wrapped and len(current[0]) >= measure * 0.6 and not line[:1].isupper()))
        ):
            flush()
        current.append(line)
        last_end = end
    flush()
    return blocks


def _name_columns(raw: list[str]) -> dict[int, str]:
    """People listed in two aligned columns, "  Cllr Rosemary Vane        Marshfold District
    Council (Chair)": runs of two or more lines whose name is spaced off from its role or
    organisation at the same column. {line index: "name | role"}."""
    found: dict[int, tuple[int, str]] = {}
    for k, line in enumerate(raw):
        m = re.match(r"^(\s*)(\S.*?\S)\s{3,}(\S.*\S|\S)\s*$", line.expandtabs())
        # ("Mr G. Lowe      - Chief Finance Officer": a record with a dash, read as such)
        if m and NAME_CELL.match(m.group(2)) and len(m.group(2).split()) <= 6 and "   " not in m.group(3) \
                and not re.match(r"[-–—]\s", m.group(3)):
            found[k] = (m.start(3), f"{m.group(2)} | {m.group(3)}")
    rows: dict[int, str] = {}
    for k, (column, text) in found.items():
        # rows above and below at the same column, or the role wrapped onto the next line
        near = [j for j in range(k - 3, k + 4) if j != k and j in found and abs(found[j][0] - column) <= 1]
        if near:
            rows[k] = text
    # "   Stuart Penhale      Head of Housing Needs and Temporary" / "Accommodation Strategy"
    # set under the role: the role goes on.
    for k in sorted(rows):
        j = k + 1
        while j < len(raw) and j not in found and raw[j].strip() \
                and abs((len(raw[j].expandtabs()) - len(raw[j].expandtabs().lstrip())) - found[k][0]) <= 1:
            rows[k] = f"{rows[k]} {raw[j].strip()}"
            rows[j] = ""
            j += 1
    return rows


# Text copied from a PDF set in a proportional font wraps a few characters short of the
# margin as often as not: a line must stop this much shorter to have ended its paragraph.
_SLACK = 3
_RULE = re.compile(r"^[=\-_~*#]{3,}$")
_COLUMN_RULE = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")


def _cells(raw: str, starts: list[int]) -> str:
    """A fixed-width line cut at the columns' starts: "Cllr A   Chair   Present" -> "Cllr A |
    Chair | Present"."""
    raw = raw.expandtabs()
    bounds = starts[1:] + [len(raw)]
    cells = [clean(raw[a:b]) for a, b in zip([0] + starts[1:], bounds)]
    return " | ".join(cells)


_LABEL = re.compile(r"^([A-Z][\w’'-]*)(?: [\w’'&-]+){0,5}:\s")


def _same_label(first: str, line: str) -> bool:
    """Whether ``line`` opens with a label like the one that opened the paragraph."""
    a, b = _LABEL.match(first), _LABEL.match(line)
    return bool(a and b) and a.group(1) == b.group(1)


_ANSWER_MARK = re.compile(r"^(?:>|->|=>|→)\s+(?=\S)")
_RECORD = re.compile(r"\s[–—|-]\s.*\s[–—|-]\s")


def _looks_like_heading(line: str) -> bool:
    # "[27] APOLOGIES", "4. Minutes": a heading may open with its item number.
    line = re.sub(r"^[\[(]?\d{1,4}[\]).]?\s+", "", line)
    # ("Councillor Pocklington asked whether the": a sentence wrapped in a narrow column)
    return len(line) < (160 if line.isupper() else 80) and not TERMINAL.search(line) and line[:1].isupper() \
        and not re.search(r"\b(the|a|an|of|and|or|to|in|on|for|with|whether|that|by|at|from|its|their|his|her)$|\bthat\b", line)


def _number_wrapped(current: list[str], line: str, measure: int) -> bool:
    """"... with the Council, and that it held 64 units against a target of" / "120.": a
    number that wrapping put at the start of a line, mid-sentence, is not a list number."""
    m = MARKER.match(line)
    if not current or not m or not (m.group("num") or m.group("dec") or re.match(r"[-–]\s", line)):
        return False
    rest = line[m.end():]
    previous = current[-1]
    if re.match(r"[-–]\s", line):
        # "... The Assistant Director" / "- Education advised that ...": a post split at its
        # dash, the speaker's verb after it; "... funding for the" / "- given the pressures -
        # scheme would ...": an aside in dashes (not a list of points set with dashes)
        if TERMINAL.search(previous) or len(previous) < measure * 0.85:
            return False
        return bool(previous.split()[-1][:1].isupper() and re.match(
            r"[-–]\s+(?:[A-Z][\w&,’'-]*\s+){1,4}(?:advised|said|explained|confirmed|stated|reported|noted|added|responded|replied)\b", line)
            or line[2:3].islower())
    return (not rest or rest[:1].islower()) and not TERMINAL.search(previous) \
        and len(previous) >= measure * 0.85


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines; a line-end hyphen inside a word becomes a soft hyphen that
    ``resolve_hyphens`` settles once the whole document's vocabulary is known."""
    out = ""
    for line in lines:
        if not out:
            out = line
        elif re.search(r"[A-Za-z]-$", out) and line[:1].islower():
            out = out[:-1] + "\u00ad" + line
        else:
            out = out + " " + line
    return out


_SOFT = re.compile(r"(\w+)\u00ad(\w+)")


def resolve_hyphens(blocks: list[Block]) -> None:
    """Drop a line-end hyphen when the joined word is used elsewhere in the document
    ("organi-" + "sation") or the parts are not both words ("includ-" + "ing"); keep it for
    compounds ("decision-making")."""
    if not any("\u00ad" in b.text for b in blocks):
        return
    vocab = set()
    for b in blocks:
        # The broken words themselves say nothing: count only the words around them.
        vocab.update(w.lower() for w in re.findall(r"[\w-]+", _SOFT.sub(" ", b.text)))

    def settle(m: re.Match) -> str:
        a, b = m.group(1), m.group(2)
        joined = (a + b).lower()
        if (a + "-" + b).lower() in vocab:
            return a + "-" + b
        if joined in vocab:
            return a + b
        # Neither form is used elsewhere: a compound joins two words ("long-term"); a word
        # broken by the layout leaves a fragment ("includ-ing", "for-mal").
        if a.lower() in vocab and b.lower() in vocab and len(a) > 2 and len(b) > 2:
            return a + "-" + b
        return a + b

    for block in blocks:
        if "\u00ad" in block.text:
            block.text = _SOFT.sub(settle, block.text).replace("\u00ad", "-")


def is_hard_wrapped(lines: list[str]) -> bool:
    """True when most lines stop short at a fixed width (text saved from a PDF or email)."""
    lengths = [len(l.strip()) for l in lines if l.strip()]
    if len(lengths) < 8:
        return False
    long_lines = sum(1 for n in lengths if n > 110)
    return long_lines / len(lengths) < 0.1


# Minutes kept in Markdown: "## 5. Title" headings, "**RESOLVED:**", "> " quotes, pipe tables.
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
_MD_TABLE = re.compile(r"^\s*\|.*\|\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\3(?![\w*])")


# A grid table (Pandoc's, or drawn by hand): "+------+------+" rules between rows whose cells
# may wrap onto several "|   |   |" lines.
_GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+){2,}\s*$")


def grid_tables(lines: list[str]) -> list[str]:
    """Each row of a grid table as one "| a | b |" line, its cells' wrapped lines joined."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        if not _GRID_RULE.match(lines[k]):
            out.append(lines[k])
            k += 1
            continue
        rule = lines[k]
        edges = [m.start() for m in re.finditer(r"\+", rule)]

        def aligned(line: str) -> bool:
            return all(e < len(line) and line[e] in "|+" for e in edges)

        groups: list[list[list[str]]] = [[]]  # the lines between rules, cut at the rule's edges
        start = k
        k += 1
        while k < len(lines) and (_GRID_RULE.match(lines[k]) or (lines[k].lstrip().startswith("|") and aligned(lines[k]))):
            if _GRID_RULE.match(lines[k]):
                groups.append([])
            else:
                groups[-1].append([lines[k][a + 1:b].strip() for a, b in zip(edges, edges[1:])])
            k += 1
        groups = [g for g in groups if g]
        # Ruled between every row, a row's lines are its cells wrapped; ruled only round the
        # heading (as database tools print them), each line is a row.
        one_per_line = len(groups) <= 2
        for group in groups:
            out.extend(_grid_rows(group, one_per_line and group is groups[-1]))
        if k == start + 1:
            out.append(rule)  # a rule with no table under it
    return out


def _grid_rows(group: list[list[str]], one_per_line: bool) -> list[str]:
    if one_per_line:
        return ["| " + " | ".join(cells) + " |" for cells in group]
    joined = [" ".join(line[n] for line in group if n < len(line) and line[n]) for n in range(max(map(len, group)))]
    return ["| " + " | ".join(joined) + " |"]


def is_markdown(lines: list[str]) -> bool:
    headings = sum(1 for line in lines if _MD_HEADING.match(line))
    bold = sum(1 for line in lines if "**" in line)
    return headings >= 2 or (headings and bold >= 2)


def markdown_to_blocks(lines: list[str], page: Optional[int] = None) -> list[Block]:
    """Headings and table rows as blocks of their own; paragraphs run to a blank line or the
    next list entry, with emphasis marks and quote marks taken off."""
    blocks: list[Block] = []
    run: list[str] = []

    def flush() -> None:
        text = clean(join_lines([clean(line) for line in run]))
        if text:
            blocks.append(Block(text=text, page=page))
        run.clear()

    for line in lines:
        heading = _MD_HEADING.match(line)
        if heading:
            flush()
            blocks.append(Block(text=clean(_plain(heading.group("text"))), page=page, style="heading"))
        elif _MD_TABLE_RULE.match(line) and "|" in line:
            continue
        elif _MD_TABLE.match(line):
            flush()
            cells = [clean(_plain(c)) for c in line.strip().strip("|").split("|")]
            blocks.append(Block(text=" | ".join(c for c in cells if c), page=page, style="table"))
        else:
            line = re.sub(r"^\s*>\s?", "", line)
            called = _callout(line)
            if called is not None:
                flush()  # a callout is a paragraph of its own
                line = called
            line = _plain(re.sub(r"^(\s*[-*+]\s+)\[[ xX]\]\s+", r"\1", line))  # "- [ ] Officer to circulate ..."
            if not line.strip() or starts_paragraph(line.strip()):
                flush()
            run.append(line)
    flush()
    return blocks


# Text made for screen readers announces each element before its words: "Heading level 2:
# 6. Title", "Paragraph: ...", "Bullet: ...", "Row 2: Column 1: Cllr A Patel. Column 2: Chair."
_ANNOUNCED = re.compile(
    r"^\s*(?P<kind>heading level \d|paragraph|bullet|list item|row \d+|block ?quote|quote|link|document|header)\s*:\s*(?P<text>.*)$", re.I)
# ... and the lists, tables, pictures and pages around them: nothing to read.
_ANNOUNCEMENT = re.compile(
    r"^\s*(?:list with \d+ items?|list end|table with \d+ columns? and \d+ rows?|table end|page break\b.*|"
    r"page \d+ of \d+|footer:.*|(?:image|graphic|figure|picture)(?:\s*[:,].*)?|document has\b.*|end of document)\.?\s*$", re.I)
_NEW_PAGE = re.compile(r"\bpage (\d+) of \d+", re.I)


def is_announced(lines: list[str]) -> bool:
    """Whether a text was made for screen readers: three in ten of its lines or more announced."""
    said = [line for line in lines if line.strip()]
    return len(said) >= 10 and sum(1 for line in said if _ANNOUNCED.match(line)) >= 0.3 * len(said)


def announced_to_blocks(lines: list[str]) -> list[Block]:
    """Blocks from text made for screen readers, each element as it was announced."""
    blocks: list[Block] = []
    page = 1
    headers: set[str] = set()
    for line in lines:
        if _ANNOUNCEMENT.match(line):
            if re.match(r"(?i)\s*page break\b", line):
                m = _NEW_PAGE.search(line)
                page = int(m.group(1)) if m else page + 1
            continue
        said = _ANNOUNCED.match(line)
        if not said:
            if line.strip():
                blocks.append(Block(text=clean(line), page=page))
            continue
        kind, text = said.group("kind").lower(), clean(said.group("text"))
        if not text:
            continue
        if kind in ("document", "header"):
            # The document's own title, and a running header the first time it is read out
            if kind == "header" and text in headers:
                continue
            headers.add(text)
            # "Ashcombe Borough Council. Health Scrutiny Committee. Tuesday 14 October 2025."
            for part in re.split(r"(?<=[a-z0-9])\.\s+(?=[A-Z])", text.rstrip(".")):
                blocks.append(Block(text=part, page=page))
        elif kind.startswith("heading"):
            blocks.append(Block(text=text, page=page, style="heading"))
        elif kind.startswith("row"):
            cells = [c.strip().rstrip(".").strip() for c in re.split(r"(?i)\s*\bcolumn \d+\s*:\s*", text)]
            blocks.append(Block(text=" | ".join(c for c in cells if c), page=page, style="table"))
        elif kind in ("bullet", "list item"):
            marked = MARKER.match(text) is not None
            blocks.append(Block(text=text if marked else f"• {text}", page=page, style="list"))
        else:
            blocks.append(Block(text=text, page=page))
    return blocks


def _plain(text: str) -> str:
    text = _WIKI_LINK.sub(lambda m: m.group(2) or m.group(1), text)  # "[[Cllr Priya Shah]]"
    return _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(4), text)


# A note-taking app's links and callouts: "[[Home care report|the report]]", "> [!question]
# Cllr X: ...", "> [!answer] Director of Y: ...", "> [!decision] RESOLVED that ...".
_WIKI_LINK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")
_CALLOUT = re.compile(r"^\[!(?P<kind>[\w-]+)\][+-]?\s*(?P<text>.*)$")
_CALLOUT_LABEL = {"question": "Q", "answer": "A", "response": "A", "reply": "A"}


def _callout(line: str) -> Optional[str]:
    """A callout's text, a question or answer labelled as such: "Q (Cllr X): ..."."""
    m = _CALLOUT.match(line.strip())
    if not m:
        return None
    label, text = _CALLOUT_LABEL.get(m.group("kind").lower()), m.group("text")
    who = re.match(r"(?P<who>[^:]{2,80}?)(?:\s+(?:asked|said|replied|responded|answered))?:\s+(?P<rest>\S.*)$", text)
    if label and who:
        return f"{label} ({who.group('who')}): {who.group('rest')}"
    return f"{label}: {text}" if label else text


# A message saved with its transport headers ("Received:", "Content-Transfer-Encoding:
# quoted-printable") and an encoded body.
_MAIL_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,40}:(?:\s|$)")


def email_body(text: str) -> str:
    """A raw email's message, decoded ("=E2=80=93" to "–", lines joined where "=" broke
    them), under the headers a mail client shows; other text as it is."""
    head = text[:6000].split("\n\n", 1)[0].splitlines()
    names = {line.split(":", 1)[0].lower() for line in head if _MAIL_HEADER.match(line)}
    if len(head) < 3 or not all(_MAIL_HEADER.match(line) or line[:1] in " \t" for line in head) \
            or not names & {"content-type", "mime-version"} or not names & {"from", "received", "return-path"}:
        return text
    message = email.message_from_string(text, policy=email.policy.default)
    part = message.get_body(preferencelist=("plain",)) if message.is_multipart() else message
    if part is None:
        return text
    try:
        body = part.get_content()
        # minutes sent as an attached text file, after the covering note
        attached = [a.get_content() for a in message.iter_attachments() if a.get_content_type() == "text/plain"] \
            if message.is_multipart() else []
    except (LookupError, ValueError):
        return text
    if not isinstance(body, str):
        return text
    body = "\n\n".join([body] + [a for a in attached if isinstance(a, str)])
    # (the lines a mail client shows, "From:" first, as an email pasted into a file has them)
    shown = [f"{name}: {message[name]}" for name in ("From", "To", "Cc", "Date", "Subject") if message[name]]
    return "\n".join(shown) + "\n\n" + body


def front_matter(lines: list[str]) -> list[str]:
    """A note's YAML front matter ("---" / "attendees:" / "  - ..." / "---") as the lines a
    printed note would show: its title, and who was present, sent apologies or attended."""
    if not lines or lines[0].strip() != "---":
        return lines
    end = next((k for k in range(1, min(len(lines), 300)) if lines[k].strip() in ("---", "...")), None)
    if end is None:
        return lines
    try:
        data = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError:
        return lines
    known = ("title", "committee", "date", "venue", "location", "present", "attendees", "members", "apologies",
             "officers", "in_attendance", "also_present", "guests")
    if not isinstance(data, dict) or not any(key in data for key in known):
        return lines  # a header boxed in by rules ("Meeting: ...", "Date: ..."), not a note's front matter
    shown = []
    for key, label in (("title", None), ("committee", None), ("date", "Date"), ("venue", "Venue"), ("location", "Venue"),
                       ("present", "Present"), ("attendees", "Present"),
                       ("members", "Present"), ("apologies", "Apologies"), ("officers", "In attendance"),
                       ("in_attendance", "In attendance"), ("also_present", "In attendance"), ("guests", "In attendance")):
        value = data.get(key)
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value if v)
        if isinstance(value, datetime.date):
            value = f"{value.day} {value:%B %Y}"  # "date: 2025-10-14", read by YAML as a date
        if value and isinstance(value, (str, int, float)):
            shown.append(f"{label}: {value}" if label else str(value))
    return [line for shown_line in shown for line in (shown_line, "")] + lines[end + 1:]


# Text saved from Word keeps its tabs: "o<TAB>" opens a sub-point (the answer under a point),
# and "Name<TAB>Role" sets a person beside their role.
_SUB_BULLET = re.compile(r"^(\s*)o\t+")
_NAME_TAB_ROLE = re.compile(r"^(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]+)\t+(?P<role>\S.*)$")


def _unquoted(lines: list[str]) -> list[str]:
    """Minutes forwarded in an email, every line quoted ("> "): the text without the marks."""
    filled = [line for line in lines if line.strip()]
    quoted = sum(1 for line in filled if line.lstrip().startswith(">"))
    if not filled or quoted < len(filled) * 0.4:
        return lines
    return [re.sub(r"^\s*(?:>\s?)+", "", line) for line in lines]


_LETTER_SPACED = re.compile(r"^(\s*)((?:[A-Z] ){2,}[A-Z](?: {2,}(?:[A-Z] )+[A-Z])*)\s*(:?)\s*$")


def unspaced(line: str) -> str:
    """A heading or label set letter-spaced ("A P O L O G I E S", "A L S O   P R E S E N T",
    "P R E S E N T :") written as words."""
    m = _LETTER_SPACED.match(line)
    if not m:
        return line
    return m.group(1) + " ".join(word.replace(" ", "") for word in re.split(r" {2,}", m.group(2))) + m.group(3)


# "[00:12:31] Cllr Ashcroft asked ...": notes taken from a webcast, each line at its time.
_TIMESTAMP = re.compile(r"^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*")


def _untimed(lines: list[str]) -> list[str]:
    """Webcast times dropped from the lines they open; each such line is a paragraph of its own."""
    if sum(1 for line in lines if _TIMESTAMP.match(line)) < 5:
        return lines
    out: list[str] = []
    for line in lines:
        m = _TIMESTAMP.match(line)
        if m:
            if out and out[-1].strip():
                out.append("")
            out.append(line[m.end():])
        else:
            out.append(line)
    return out


# A table row written with tabs between its cells, marked for ``lines_to_blocks``.
_TABLE_ROW = "\ue000"


def _tab_separated(lines: list[str]) -> list[str]:
    """Tables written by a converter as tab-separated lines ("Question<TAB>Asked by<TAB>
    Response"): under a heading row of three or more short cells, the lines in a row with as
    many cells (an empty cell at the end may be dropped) are rows of a table. (A tab after
    "Item 3" or before an indented paragraph only lays the text out.)"""
    cells = [line.rstrip(" \r\n").split("\t") if "\t" in line.strip() else None for line in lines]
    out = list(lines)
    k = 0
    while k < len(lines):
        head = cells[k]
        width = len(head) if head and len(head) >= 3 and all(0 < len(c.strip()) <= 40 for c in head) else 0
        j = k + 1
        while width and j < len(lines) and cells[j] and 2 <= len(cells[j]) <= width and cells[j][0].strip():
            j += 1
        if width and j - k >= 2:
            for m in range(k, j):
                out[m] = _TABLE_ROW + " | ".join(c.strip() for c in cells[m])
            k = j
        else:
            k += 1
    return out


def _tabbed(line: str) -> str:
    line = _SUB_BULLET.sub(r"\1", line)
    m = _NAME_TAB_ROLE.match(line.strip())
    return f"{m.group('name')} – {m.group('role')}" if m else line


# "Page 3", "Chairman's initials ........", a bare "3" or "- 3 -" (not "3." or "(3)", list numbers).
_FURNITURE = re.compile(r"(?i)\bpage\s+\d+\b|\binitials\b.*\.{3,}|^[\s\-–—]*\d{1,3}[\s\-–—]*$")
# A minute book's page number beside the running header: "34H HEALTH SELECT COMMISSION -
# 16/01/25", "HEALTH SELECT COMMISSION - 16/01/25 35H" (digits read as "#")
# (with the meeting's date or without; not "ITEM 7A" or "APPENDIX 1A", a paper's label)
_BOOK_WORDS = r"(?!(?:AGENDA\s+)?ITEM\b|APPENDIX\b|ANNEXE?\b|ENCLOSURE\b|PAPER\b|DOCUMENT\b|PAGE\b)[A-Z][A-Z&,’'()-]*(?:\s+[A-Z&,’'()-]+)*"
_BOOK_DATE = r"(?:\s+[-–—]\s+(?:#(?:[/.]#){2}|#\s+[A-Z]+\s+#))?"
_BOOK_PAGE_HEADER = re.compile(rf"#[A-Z]{{1,2}}\s+{_BOOK_WORDS}{_BOOK_DATE}|{_BOOK_WORDS}{_BOOK_DATE}\s+#[A-Z]{{1,2}}")


def _without_furniture(lines: list[str]) -> list[str]:
    """Text saved from a paged document repeats a running header, "Page 3" and "Chairman's
    initials ......" on every page. Those lines go, and a paragraph cut by them goes on."""
    keys = [re.sub(r"\d+", "#", line.strip().replace("\f", "")) for line in lines]
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    # (not "2025" alone: a year carried over from a title that wrapped)
    furniture = [bool(key) and counts[key] >= 2 and len(key) < 100 and (bool(_FURNITURE.search(key.replace("#", "1")))
                                                                         or bool(_BOOK_PAGE_HEADER.fullmatch(key)))
                 and not re.fullmatch(r"\s*\d{4,}\s*", line)
                 or "\f" in line and not line.replace("\f", "").strip()
                 for line, key in zip(lines, keys)]
    for k in _running_lines(lines):
        furniture[k] = True
    for k in _minute_numbers(lines, counts, keys):
        furniture[k] = False
    # A running header printed beside the page number on every page: "1" over "MINUTES OF
    # ... - THURSDAY, 13 MARCH 2025", "Page 1 of 8" over "Meeting of the ... 17.03.2025"
    # (on most of the pages it is repeated on, not a line that happens to end a page)
    numbers = [k for k, f in enumerate(furniture) if f and re.fullmatch(r"(?i)\s*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*", lines[k])]
    beside: dict[str, set[int]] = {}
    for k in numbers:
        for j in (k - 1, k + 1):
            if 0 <= j < len(lines) and keys[j] and counts[keys[j]] >= 3 and len(keys[j]) < 150:
                beside.setdefault(keys[j], set()).add(j)
    for key, where in beside.items():
        if len(where) >= 0.6 * counts[key]:
            for j in where:
                furniture[j] = True
    lines = [line.replace("\f", "") for line in lines]
    if not any(furniture):
        return lines
    out: list[str] = []
    k = 0
    while k < len(lines):
        if not furniture[k]:
            out.append(lines[k])
            k += 1
            continue
        # A run of page furniture and the blank lines around it.
        while out and not out[-1].strip():
            out.pop()
        end = k
        while end < len(lines) and (furniture[end] or not lines[end].strip()):
            end += 1
        before = out[-1].strip() if out else ""
        after = lines[end].strip() if end < len(lines) else ""
        if not (before and after and not TERMINAL.search(before) and after[:1].islower()):
            out.append("")  # the page ended a paragraph
        k = end
    return out


def _minute_numbers(lines: list[str], counts: dict[str, int], keys: list[str]) -> list[int]:
    """Bare numbers that are minute numbers, not page numbers: "38" alone over "APOLOGIES FOR
    ABSENCE", each over a title in capitals printed once, rising through the document and
    away from the page breaks (form feeds) where page numbers stand."""
    # "38" alone over "APOLOGIES FOR ABSENCE", or under it ("APOLOGIES" over "3" over the
    # minute's text, as pdftotext writes a number set beside its title)
    over: list[int] = []
    under: list[int] = []
    for k, line in enumerate(lines):
        if not re.fullmatch(r"\s*\d{1,3}\s*", line.replace("\f", "")):
            continue
        if any("\f" in lines[j] for j in range(max(0, k - 2), min(len(lines), k + 3))):
            continue
        after = next((j for j in range(k + 1, min(len(lines), k + 3)) if lines[j].strip()), None)
        before = next((j for j in range(k - 1, max(-1, k - 3), -1) if lines[j].strip()), None)
        for j, found in ((after, over), (before, under)):
            if j is None or counts.get(keys[j], 0) > 1:
                continue
            title = lines[j].strip()
            # (not over a title numbered already, "14. DAMP AND MOULD": a page number above it)
            # (a title may end in brackets: "... PETITIONS RECEIVED" / "(IF ANY)")
            if re.search(r"[A-Z]{2}", title) and title == title.upper() and len(title) < 120 \
                    and (not TERMINAL.search(title) or re.search(r"\([^()]+\)$", title)) \
                    and not re.match(r"[\dIVX]{1,4}[.)]?\s", title):
                found.append(k)
    # (rising, as minutes are numbered; page numbers beside titles would not all be)
    # (and set one way through the minutes: among numbers over their titles, "412" under
    # "HOUSEHOLDS IN TEMPORARY ACCOMMODATION" is a figure under its caption, no minute's)
    rising = [found for found in (over, under) if len(found) >= 2
              and all(int(lines[b]) > int(lines[a]) for a, b in zip(found, found[1:]))]
    return max(rising, key=len) if rising else []


def _running_lines(lines: list[str]) -> set[int]:
    """Lines of a running header or footer in text with form feeds between its pages
    ("pdftotext -layout"): the same line, word for word, among the first or last three of
    most pages, or at the top of every page after the first. The header stays on the first
    page, where it is the document's title."""
    pages: list[list[int]] = [[]]
    for k, line in enumerate(lines):
        if "\f" in line and (pages[-1] or k):
            pages.append([])
        if line.replace("\f", "").strip():
            pages[-1].append(k)
    pages = [page for page in pages if page]
    if len(pages) < 3:
        return set()
    tops = [page[:3] for page in pages]
    feet = [page[-3:] for page in pages]
    # (word for word: "MINUTE 16." and "MINUTE 18." at the tops of pages are minutes; nor a
    # label such as "RESOLVED:" that happens to open two pages)
    texts = [line.replace("\f", "").strip() for line in lines]
    seen: dict[str, set[int]] = {}
    for n, ends in enumerate(zip(tops, feet)):
        for k in {*ends[0], *ends[1]}:
            if len(texts[k]) < 100 and not DECISION_LABEL.match(texts[k]) and not texts[k].endswith((":", ".")):
                seen.setdefault(texts[k], set()).add(n)
    # (on most pages: a line that opens or closes two pages by chance is no header)
    # (or at the top of every page after the first: a three-page file's header is on two)
    running = {text for text, found in seen.items() if len(found) >= max(3, (len(pages) + 1) // 2)
               or len(found) >= 2 and found >= set(range(1, len(pages)))}
    return {k for n, ends in enumerate(zip(tops, feet)) for k in (ends[0] if n else []) + ends[1]
            if texts[k] in running}


def extract(path: Path) -> Extraction:
    try:
        text = read_text(path)
    except ValueError as e:
        raise ExtractError(f"{e}; is this really a text file?")
    # (split as splitlines() does, but keeping the form feeds that start pages)
    raw_lines = front_matter(re.split(r"\r\n|[\n\r\v\x1c-\x1e\x85\u2028\u2029]", email_body(text).replace("\f", "\n\f")))
    if is_announced(raw_lines):
        blocks = announced_to_blocks(raw_lines)
        return Extraction(blocks=blocks, pages=max((b.page or 1 for b in blocks), default=1))
    lines = _wrapped_labels(_without_furniture(_scanned_bullets(
        [_tabbed(unspaced(line)) for line in _tab_separated(_untimed(_unquoted(grid_tables(raw_lines))))])))
    if is_markdown(lines):
        # (a table written with tabs reads as its rows' text in Markdown)
        blocks = markdown_to_blocks([line.replace(_TABLE_ROW, "") for line in lines], page=1)
    else:
        blocks = lines_to_blocks(lines, page=1, wrapped=is_hard_wrapped(lines))
    resolve_hyphens(blocks)
    # Form feeds mark pages in text saved from PDFs.
    if "\f" in text:
        # (spaces collapsed as in the blocks: "43      ANNOUNCEMENTS" is "43 ANNOUNCEMENTS")
        flat = re.sub(r"[^\S\f]+", " ", text)
        page, pos = 1, 0
        for block in blocks:
            found = flat.find(block.text[:30], pos)
            if found >= 0:
                page += flat.count("\f", pos, found)
                pos = found
            block.page = page
        blocks = _across_pages(blocks)
    return Extraction(blocks=blocks, pages=text.count("\f") + 1)


# Bullets as a scan reads them ("e", "«", "¢"), each spaced from the words after it.
_SCANNED_BULLET = re.compile(r"^(\s*)[e«»¢®©](?=\s{2,}[A-Z“\"‘])")


def _scanned_bullets(lines: list[str]) -> list[str]:
    """"e   Councillor Mrs Tansley expressed concern ...": a bullet read by OCR as a letter or
    sign, made a bullet again where two or more lines open so."""
    if sum(1 for line in lines if _SCANNED_BULLET.match(line)) < 2:
        return lines
    return [_SCANNED_BULLET.sub(r"\1•", line) for line in lines]


def _wrapped_labels(lines: list[str]) -> list[str]:
    """A label in a column of its own, wrapped over two lines beside the text it labels:
    "ALSO IN Councillor C Heslop (Executive ..." over "ATTENDANCE: Health), Dr H ..." is
    "ALSO IN ATTENDANCE: Councillor C Heslop (Executive ... Health), Dr H ..."."""
    out: list = list(lines)
    for k in range(len(out) - 1):
        if out[k] is None:
            continue
        first = re.match(r"([A-Z][A-Z-]+(?: [A-Z][A-Z-]+){0,3}) (?=\S*[a-z])(.*)$", out[k].strip())
        second = re.match(r"([A-Z][A-Z-]+(?: [A-Z][A-Z-]+){0,2}:)\s+(\S.*)$", out[k + 1].strip())
        if first and second and WRAPPED_ATTENDANCE_LABEL.fullmatch(f"{first.group(1)} {second.group(1)[:-1]}"):
            out[k] = f"{first.group(1)} {second.group(1)} {first.group(2)} {second.group(2)}"
            out[k + 1] = None
    return _wrapped_label_column([line for line in out if line is not None])


_PERSON_AND_POST = re.compile(r"(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor)\.? )?(?:[A-Z][\w’'.-]*\s){1,3}?[A-Z][\w’'-]+,\s+[A-Z]")


def _wrapped_label_column(lines: list[str]) -> list[str]:
    """The same in text laid out as printed: "Apologies for     Councillor A and Councillor" over
    "Absence:          B", the label in a column of its own at the left. The label goes on a
    line of its own above the text, which keeps its column. Apart from such labels, a note in
    brackets alone on a line ("(in the Chair)"), set under one of the names of a line laid out in
    columns ("Councillor A     Councillor B"), joins the name it is under."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        first = re.match(r"([A-Z][a-z]+(?: [a-z]+){0,2}) {2,}(?=\S)", lines[k])
        second = re.match(r"([A-Za-z][a-z]+:)(?: {2,}(?=\S)|\s*$)", lines[k + 1]) if first and k + 1 < len(lines) else None
        if first and second and (len(second.group(0)) == first.end() or not lines[k + 1][second.end():].strip()) \
                and WRAPPED_ATTENDANCE_LABEL.fullmatch(f"{first.group(1)} {second.group(1)[:-1]}".upper()):
            out.append(f"{first.group(1)} {second.group(1)}")
            text, more = lines[k][first.end():], lines[k + 1][second.end():]
            # (one run of text when the first line breaks off mid-entry, "... and Councillor Peter"
            # over "Smalldridge"; not one person a line, "Dr A Reid, Medical Director" over "Sue Bright, ...")
            if more.strip() and not re.search(r"\S {3,}\S", text.strip()) and not re.search(r"\S {3,}\S", more.strip()) \
                    and (re.search(r"(?:\band|&|,|\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr))\s*$", text.strip())
                         or len(more.split()) == 1 or more.strip()[:1].islower()):
                # ("... and Councillor Peter" over "Smalldridge": one run of text, not table rows)
                out.append(" " * first.end() + text.rstrip() + " " + more.strip())
            else:
                out.append(" " * first.end() + text)
                if more.strip():
                    out.append(" " * first.end() + more)
                # "Dr A Reid, Medical Director" over "Sue Bright, Head of ..." over "Gary Holt, ...":
                # one person to a line in the column, each a paragraph of its own
                run = [text] + ([more] if more.strip() else [])
                j = k + 2
                while j < len(lines) and re.match(rf" {{{first.end()}}}\S", lines[j]):
                    run.append(lines[j][first.end():])
                    j += 1
                if len(run) >= 2 and all(_PERSON_AND_POST.match(r.strip()) for r in run):
                    del out[len(out) - (2 if more.strip() else 1):]
                    out.append("")
                    for r in run:
                        out.extend([" " * first.end() + r, ""])
                    k = j
                    continue
            k += 2
            continue
        note = re.fullmatch(r"( +)(\([^()]{2,40}\))\s*", lines[k])
        cell = re.compile(r"(?<=  )\S.*?(?= {3,}\S)")
        above = cell.search(out[-1], len(note.group(1)) - 2) if note and out else None
        if above is not None and above.start() == len(note.group(1)):
            # "Councillor A     Councillor B" over "(in the Chair)" set under the first name:
            # the note belongs to the name it is under, not to the end of the line
            out[-1] = f"{out[-1][:above.end()]} {note.group(2)}{out[-1][above.end():]}"
            k += 1
            continue
        out.append(lines[k])
        k += 1
    return out


def _across_pages(blocks: list[Block]) -> list[Block]:
    """"... from families who were" / (page break) / "told of a discharge ...": a paragraph
    broken off at the foot of a page goes on at the top of the next."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if last is not None and block.page > last.page and last.style in (None, "heading") and block.style is None \
                and not TERMINAL.search(last.text) and not last.text.rstrip().endswith(",") and (
                    block.text[:1].islower()
                    # ("... Ms Tozer advised that the County" / "Council's stop smoking service ...":
                    # a sentence of prose broken off mid-way, whatever the case of the next word)
                    or last.style is None and len(last.text) > 80 and re.search(r"\b[a-z]{3,}\s+[a-z]{2,}\b", last.text)
                    and ". " in last.text and not MARKER.match(block.text)
                    # (not a running header left at the top of the page: "Cresswold Borough Council
                    # Health and Housing Scrutiny Committee – 8 October 2025")
                    and re.match(r"\S+\s+(?-i:[a-z])", block.text) is not None):
            # (a last line alone at the foot of a page looked like a heading; it was not)
            last.text, last.style = f"{last.text} {block.text}", None
            continue
        out.append(block)
    return out
