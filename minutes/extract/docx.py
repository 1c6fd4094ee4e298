"""Word .docx: paragraphs and tables in document order, with heading styles and list numbers.

python-docx does not expose the numbers Word shows for automatic lists, so they are counted
here from each paragraph's ``numPr`` (numbering id and level).
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Iterator, Optional

from ..markers import (DECISION_CLAUSE, DECISION_LABEL, MINUTE_NUMBER, NAME_CELL, POST_START, PROSE_CELL,
                       QUESTION_ANSWER_COLUMN, is_run_in_title)
from ..model import Block, Extraction
from .errors import ExtractError
from .text import clean, resolve_hyphens, unspaced

_ROMAN = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _format_number(fmt: str, n: int) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        r = _roman(n)
        return r.upper() if fmt == "upperRoman" else r
    if fmt == "bullet":
        return "•"
    return str(n)


class _Numbering:
    """Counts automatic list numbers the way Word displays them."""

    def __init__(self, document):
        self.formats: dict[tuple[str, int], tuple[str, str]] = {}
        self.starts: dict[tuple[str, int], int] = {}  # lists may start at 41, not 1
        self.counters: dict[str, list[int]] = {}
        try:
            part = document.part.numbering_part
        except (KeyError, NotImplementedError, AttributeError):
            return
        root = part.element
        ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
        w = "{%s}" % ns["w"]
        abstract = {}
        for an in root.findall("w:abstractNum", ns):
            levels = {}
            for lvl in an.findall("w:lvl", ns):
                fmt = lvl.find("w:numFmt", ns)
                text = lvl.find("w:lvlText", ns)
                start = lvl.find("w:start", ns)
                levels[int(lvl.get(w + "ilvl"))] = (
                    fmt.get(w + "val") if fmt is not None else "decimal",
                    text.get(w + "val") if text is not None else "%1.",
                    _int(start.get(w + "val")) if start is not None else 1,
                )
            abstract[an.get(w + "abstractNumId")] = levels
        for num in root.findall("w:num", ns):
            ref = num.find("w:abstractNumId", ns)
            if ref is None:
                continue
            num_id = num.get(w + "numId")
            for level, (fmt, text, start) in abstract.get(ref.get(w + "val"), {}).items():
                self.formats[(num_id, level)] = (fmt, text)
                self.starts[(num_id, level)] = start
            for override in num.findall("w:lvlOverride", ns):
                start = override.find("w:startOverride", ns)
                if start is not None:
                    self.starts[(num_id, _int(override.get(w + "ilvl")) or 0)] = _int(start.get(w + "val"))

    def number(self, num_id: str, level: int) -> tuple[str, bool]:
        """(displayed number, is_bullet) for the next paragraph of list ``num_id``."""
        fmt, pattern = self.formats.get((num_id, level), ("decimal", "%1."))
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        if fmt == "bullet":
            return "•", True
        shown = pattern
        for lv in range(level + 1):
            lf = self.formats.get((num_id, lv), ("decimal", ""))[0]
            value = self.starts.get((num_id, lv), 1) + max(counters[lv], 1) - 1
            shown = shown.replace(f"%{lv + 1}", _format_number(lf, value))
        return shown.strip(), False


def _int(value, default: int = 1) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _num_pr(paragraph):
    ppr = paragraph._p.pPr
    num_pr = ppr.numPr if ppr is not None else None
    if num_pr is None:
        # Numbering can come from the paragraph style ("List Number").
        style = paragraph.style
        while style is not None:
            sppr = style.element.pPr
            if sppr is not None and sppr.numPr is not None:
                num_pr = sppr.numPr
                break
            style = style.base_style
    if num_pr is None or num_pr.numId is None:
        return None
    level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    num_id = str(num_pr.numId.val)
    if num_id == "0":
        return None
    return num_id, int(level)




# The runs a reader sees: inserted text and links count, tracked deletions do not
# (``paragraph.text`` skips insertions). Text boxes are read as blocks of their own.
_VISIBLE_RUNS = ".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom)]"


def _runs(paragraph) -> list:
    from docx.oxml.ns import qn
    from docx.text.run import Run

    # A run inside a text box belongs to the box's own paragraph, not to its anchor.
    p = paragraph._p
    return [Run(r, paragraph) for r in p.xpath(_VISIBLE_RUNS) if next(r.iterancestors(qn("w:p"))) is p]


def _text(paragraph) -> str:
    return "\n".join(_tabbed_names(line) for line in "".join(run.text for run in _runs(paragraph)).split("\n"))


def _tabbed_names(line: str) -> str:
    """"Councillors<tab>D Ashcroft<tab><tab>M Quayle": names set in columns with tabs, which
    would run together once the tabs are spaces, kept apart with commas."""
    parts = [p.strip() for p in re.split(r"\t+", line) if p.strip()]
    if len(parts) < 2 or "\t" not in line:
        return line
    if len(parts) == 2 and NAME_CELL.match(parts[0]) and len(parts[0].split()) >= 2 and not POST_START.match(parts[0]) \
            and not DECISION_LABEL.match(parts[0]) and parts[1][:1].isupper() \
            and (POST_START.match(parts[1]) or not NAME_CELL.match(parts[1])):
        return ", ".join(parts)  # "Joanne Threlfall<tab>Director of Adult Services": a name, then the post
    lead = parts[0] if re.fullmatch(r"(?:Councillors|Cllrs\.?|COUNCILLORS)", parts[0]) else None
    names = parts[1:] if lead else parts
    if len(names) < 2 and not lead or not all(NAME_CELL.match(n) and 2 <= len(n.split()) <= 6 for n in names):
        return line
    return (f"{lead} " if lead else "") + ", ".join(names)


def _cell_text(cell) -> str:
    return "\n".join(_text(p) for p in cell.paragraphs)


def _is_bold(run, paragraph) -> bool:
    """Bold set on the run, on its character style, or on the paragraph's style (a house
    "Item Heading" style that is bold and numbered carries no formatting on its runs)."""
    if run.bold is not None:
        return run.bold
    if run.style is not None and run.style.font.bold:
        return True
    style = paragraph.style
    while style is not None:
        if style.font.bold is not None:
            return style.font.bold
        style = style.base_style
    return False


def _paragraph_block(paragraph, numbering: "_Numbering", page: int) -> Optional[Block]:
    every = _runs(paragraph)
    text = clean(unspaced("".join(r.text for r in every)))
    runs = [r for r in every if r.text.strip()]
    if not text:
        return None
    style_name = (paragraph.style.name if paragraph.style is not None else "") or ""
    bold = bool(runs) and all(_is_bold(r, paragraph) for r in runs)
    heading = style_name.lower().startswith(("heading", "title")) or (bold and len(text) < 150 and not DECISION_CLAUSE.match(text))
    num = _num_pr(paragraph)
    number = None
    style = "heading" if heading else None
    level = 0
    if num is not None:
        shown, is_bullet = numbering.number(*num)
        level = num[1]
        # Word's "List Bullet 2" and "List Number 3" styles indent by a list of their own, at its
        # level 0: the number in the style's name is the depth
        depth = re.search(r"\bList (?:Bullet|Number|Continue)\s*(\d)$", style_name)
        if not level and depth:
            level = int(depth.group(1)) - 1
        if is_bullet:
            style = style or "list"
            text = f"• {text}"
        elif heading:
            # "Minute 31." where the list's number format carries a word before the number
            number = re.sub(r"^(?:[A-Za-z]+\s+)+(?=\S*\d)", "", shown.strip()).rstrip(".)")
        else:
            style = "list"
            text = f"{shown} {text}"
    return Block(text=text, page=page, style=style, number=number, level=level)


def _run_in_title(block: Block, paragraph) -> list[Block]:
    """"5.  Home Care Recommissioning. The Panel received ...": a bold title run into the
    minute's first paragraph is a heading of its own, and the minute starts after it."""
    if block.style is not None:
        return [block]
    runs = [r for r in _runs(paragraph) if r.text]
    k = next((i for i, r in enumerate(runs) if r.text.strip() and not _is_bold(r, paragraph)), len(runs))
    title = clean("".join(r.text for r in runs[:k]))
    rest = clean("".join(r.text for r in runs[k:]))
    if not is_run_in_title(title, rest):
        return [block]
    return [Block(text=title, page=block.page, style="heading"), Block(text=rest.lstrip("–—- "), page=block.page)]


def _cells(row) -> list:
    unique, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue  # merged cells repeat
        seen.add(id(cell._tc))
        unique.append(cell)
    return unique


def _is_prose(cell) -> bool:
    # A table cell this long, or of several paragraphs, holds minutes, not a list entry.
    return len(clean(_cell_text(cell))) > PROSE_CELL or len([p for p in cell.paragraphs if _text(p).strip()]) > 1


def _table_blocks(table, numbering: "_Numbering", page: int) -> list[Block]:
    """Most tables list things (attendance: name | role | present), one block a row. Some
    councils lay the minutes out in a table, "Minute No. | Item | Discussion and decision":
    there each numbered row is an item heading followed by the paragraphs of its minute.
    A table of one cell is a frame round the text (old templates put the whole minutes in
    one): its paragraphs and tables are read as if the frame were not there."""
    rows = [_cells(row) for row in table.rows]
    if len(rows) == 1 and len(rows[0]) == 1 and len(rows[0][0].paragraphs) > 1:
        from docx.table import Table

        blocks: list[Block] = []
        for element in rows[0][0].iter_inner_content():
            if isinstance(element, Table):
                blocks.extend(_table_blocks(element, numbering, page))
            else:
                block = _paragraph_block(element, numbering, page)
                if block is not None:
                    blocks.append(block)
        return blocks
    minute_column = None
    numbered_text = False  # "Title | 35. The Committee ...": the number opens the minute instead
    # "Item No: | Minute Ref No below refers: | Officers:": who attended for which minute
    # (a header row of labels only, not "Present: | Cllr A (Chairman), Cllr B, ...")
    attendance = any(all(not t or len(t) <= 60 and not _PERSON_TITLE.search(t) and (t.endswith(":") or _ATTENDANCE_HEADER.fullmatch(t))
                         for t in map(clean, map(_cell_text, r)))
                     and any(_ATTENDANCE_HEADER.fullmatch(clean(_cell_text(c))) for c in r) for r in rows[:2])
    # ("No. | Minute | Question and answer": an annex of questions, each row naming its minute,
    # is a table of its own, not minutes laid out in one)
    annex = bool(rows) and any(QUESTION_ANSWER_COLUMN.match(clean(_cell_text(c)).strip(" :")) for c in rows[0])
    for cells in rows if not attendance and not annex else []:
        prose = [i for i, c in enumerate(cells) if i > 0 and _is_prose(c)]
        if prose and MINUTE_NUMBER.match(_first_line(clean(_cell_text(cells[0])))):
            minute_column = prose[0]
            break
        if prose and not _is_prose(cells[0]) and _OPENING_NUMBER.match(clean(_cell_text(cells[prose[0]]))) \
                and not DECISION_LABEL.match(clean(_cell_text(cells[0]))):  # "Agreed | 1. That ...": a list
            minute_column, numbered_text = prose[0], True
            break
    titled = False  # "34. | FILMING AT MEETINGS" over " | The Chair referred ...": the minute in the row below
    if minute_column is None:
        for above, below in zip(rows, rows[1:]):
            if len(above) == 2 and len(below) == 2 and MINUTE_NUMBER.match(_first_line(clean(_cell_text(above[0])))) \
                    and clean(_cell_text(above[1])) and not _is_prose(above[1]) \
                    and not clean(_cell_text(below[0])) and _is_prose(below[1]):
                minute_column, titled = 1, True
                break
    if minute_column is None and _label_column(rows):
        # "Issue | ...", "Questions | 1. ... 2. ...", "Outcome | RESOLVED ...": each label
        # heads the paragraphs of the cell beside it.
        labelled: list[Block] = []
        for cells in rows:
            if len(cells) > 1:
                label = clean(_cell_text(cells[0])).rstrip(":")
                labelled.append(Block(text=f"{label}:", page=page))
            # A row of one cell across the table ("Item 5 – Title", the report's introduction)
            # is paragraphs of the minutes.
            for paragraph in cells[-1].paragraphs:
                block = _paragraph_block(paragraph, numbering, page)
                if block is not None:
                    labelled.append(block)
        return labelled
    blocks: list[Block] = []
    for cells in rows:
        texts = [clean(_cell_text(c)) for c in cells]
        if titled and len(cells) == 2 and MINUTE_NUMBER.match(_first_line(texts[0])) and texts[1] and not _is_prose(cells[1]):
            blocks.append(Block(text=texts[1], page=page, style="heading", number=texts[0].strip().rstrip(".)")))
        elif minute_column is not None and len(cells) > minute_column and (
                MINUTE_NUMBER.match(_first_line(texts[0])) or numbered_text and _OPENING_NUMBER.match(texts[minute_column])):
            blocks.extend(_minute_row(cells, texts, minute_column, numbering, page))
        elif minute_column is not None and len(cells) > minute_column and not any(texts[:minute_column]) \
                and any(texts[minute_column:]):
            # A minute carried on in the next row, its number cell left empty.
            for cell in cells[minute_column:]:
                for paragraph in cell.paragraphs:
                    block = _paragraph_block(paragraph, numbering, page)
                    if block is not None:
                        if block.style == "heading" and block.number is None:
                            block.style = None  # a bold line inside a minute is not an agenda item
                        blocks.append(block)
        elif minute_column is not None and cells is rows[0] and not any(_is_prose(c) for c in cells):
            continue  # the header row: "Minute No. | Item | Discussion and decision"
        elif len(cells) == 1 and len(rows) > 1 and len(table.columns) > 1:
            # A row of one cell across the table: "Item 5 – Title" over the rows of its minute.
            blocks.extend(b for b in (_paragraph_block(p, numbering, page) for p in cells[0].paragraphs) if b)
        else:
            cells_text = [t for i, t in enumerate(texts) if i == 0 or t != texts[i - 1] or not t]
            # An empty cell between others keeps the columns in line ("Cllr A |  | Officer B"
            # under "Members | Substitutes | Officers"); empty cells at the ends go.
            while cells_text and not cells_text[-1]:
                cells_text.pop()
            while cells_text and not cells_text[0]:
                cells_text.pop(0)
            if cells_text:
                blocks.append(Block(text=" | ".join(cells_text), page=page, style="table"))
    return blocks


_PERSON_TITLE = re.compile(r"\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b\.?\s+[A-Z]")
_ATTENDANCE_HEADER = re.compile(r"(?i)(?:officers?|attendees?|(?:also )?present|in attendance|attending)\b[^.]{0,60}")


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0].strip()


def _label_column(rows: list) -> bool:
    """A table of two columns, short labels beside paragraphs of minutes, the paragraphs
    making up most of it; rows of one cell across the table may come between."""
    pairs = [cells for cells in rows if len(cells) == 2]
    if len(pairs) < 2 or any(len(cells) > 2 for cells in rows):
        return False
    labels = [clean(_cell_text(cells[0])) for cells in pairs]
    if not all(0 < len(label) <= 40 and len(label.split()) <= 4 and not re.search(r"\d", label) for label in labels):
        return False
    texts = [clean(_cell_text(cells[1])) for cells in pairs]
    sentences = all(len(t.split()) >= 6 and re.search(r"[.!?]$", t) for t in texts if t)
    return sum(_is_prose(cells[1]) for cells in pairs) * 2 >= len(pairs) or sentences and any(texts)


_OPENING_NUMBER = re.compile(r"^(?P<number>\d{1,4})[.)]\s+(?=[A-Z])")


def _minute_row(cells: list, texts: list[str], first: int, numbering: "_Numbering", page: int) -> list[Block]:
    """One row of minutes laid out in a table: its number and title, then its minute."""
    # "9" and "APOLOGIES FOR ABSENCE" may share a cell, one paragraph each.
    heads = [line for t in texts[:first] for line in t.split("\n") if line.strip()]
    number = heads[0].rstrip(".)") if heads and MINUTE_NUMBER.match(heads[0]) else None
    opening = _OPENING_NUMBER.match(texts[first]) if number is None else None
    if opening:
        number = opening.group("number")
    title = " ".join(heads[1:] if number is not None and not opening else heads) or (number or "")
    blocks = [Block(text=title, page=page, style="heading", number=number)] if title else []
    for cell in cells[first:]:
        for paragraph in cell.paragraphs:
            block = _paragraph_block(paragraph, numbering, page)
            if block is not None and opening and cell is cells[first] and block.text.startswith(opening.group(0).strip()):
                block.text = block.text[len(opening.group(0).strip()):].strip()
                if not block.text:
                    continue
            if block is not None:
                if block.style == "heading" and block.number is None:
                    block.style = None  # a bold line inside a minute is not an agenda item
                blocks.append(block)
    return blocks


def _first_page_header(document) -> list:
    """Paragraphs and tables of the first page's own header, where the document has one (a
    template's title page); a running header repeats on every page and is page furniture."""
    if not document.sections or not document.sections[0].different_first_page_header_footer:
        return []
    return list(document.sections[0].first_page_header.iter_inner_content())


def _body_content(document) -> Iterator:
    """Paragraphs and tables in document order, including those inside content controls
    (``w:sdt``) that templates wrap round sections; a control still showing its placeholder
    text holds nothing."""
    from docx.oxml.ns import nsmap
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk(element):
        for child in element.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                yield Paragraph(child, document._body)
            elif tag == "tbl":
                yield Table(child, document._body)
            elif tag == "sdt" and not child.xpath("./w:sdtPr/w:showingPlcHdr", namespaces=nsmap):
                yield from (x for content in child.xpath("./w:sdtContent", namespaces=nsmap) for x in walk(content))

    return walk(document.element.body)


_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _text_box_blocks(paragraph, document, numbering: "_Numbering", page: int) -> list[Block]:
    """The paragraphs and tables of text boxes anchored in a paragraph (a panel listing who
    attended beside the first minutes), read before the paragraph itself. Word saves each
    box twice, as a drawing and as an older fallback copy: the fallback is skipped."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[Block] = []
    boxes = paragraph._p.xpath(".//w:txbxContent[not(ancestor::*[local-name()='Fallback' and namespace-uri()='%s'])]" % _MC)
    for box in boxes:
        for child in box.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                block = _paragraph_block(Paragraph(child, document._body), numbering, page)
                if block is not None:
                    blocks.append(block)
            elif tag == "tbl":
                blocks.extend(_table_blocks(Table(child, document._body), numbering, page))
    return blocks


def extract(path: Path) -> Extraction:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if not zipfile.is_zipfile(path):
        raise ExtractError("not a Word .docx file (it is not a zip package); re-save it as .docx")
    try:
        document = docx.Document(str(path))
    except Exception as e:
        raise ExtractError(f"not a readable Word .docx file ({type(e).__name__}); re-save it from Word")
    numbering = _Numbering(document)
    blocks: list[Block] = []
    page = 1
    for element in _first_page_header(document):
        # A first page with a header of its own holds the title and attendance there.
        if isinstance(element, Table):
            blocks.extend(_table_blocks(element, numbering, page))
        else:
            block = _paragraph_block(element, numbering, page)
            if block is not None:
                blocks.append(block)
    for element in _body_content(document):
        if isinstance(element, Table):
            blocks.extend(_table_blocks(element, numbering, page))
            continue
        paragraph: Paragraph = element
        # Page breaks Word recorded when it last laid out the file, and hard page breaks.
        page += len(paragraph._p.xpath('.//w:lastRenderedPageBreak | .//w:br[@w:type="page"]'))
        blocks.extend(_text_box_blocks(paragraph, document, numbering, page))
        block = _paragraph_block(paragraph, numbering, page)
        if block is not None:
            blocks.extend(_run_in_title(block, paragraph))
    resolve_hyphens(blocks)
    props = document.core_properties
    metadata = {"title": props.title} if props.title else {}
    return Extraction(blocks=blocks, pages=page, metadata=metadata)
