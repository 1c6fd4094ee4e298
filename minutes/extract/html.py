"""Saved web pages (ModernGov, CMIS and similar): block elements in document order.

Layout tables are read cell by cell; data tables (attendance lists) become one block per
row with cells joined by " | ". A cell holding only an item number ("5.") numbers the
heading that follows it, as ModernGov lays out its agenda items.
"""
from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Optional

from bs4 import BeautifulSoup, NavigableString, Tag, XMLParsedAsHTMLWarning
from bs4.element import PreformattedString

from ..markers import NAME_CELL, QUESTION_ANSWER_COLUMN
from ..model import Block, Extraction
from ..similarity import word_runs
from .errors import ExtractError
from .text import clean, is_hard_wrapped, lines_to_blocks, read_text, resolve_hyphens

BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote", "caption", "summary"}
CONTAINER_TAGS = {"div", "section", "article", "main", "td", "th", "ul", "ol", "dl", "body", "form", "span", "font", "center"}
SKIP_TAGS = {"script", "style", "noscript", "head", "nav", "header", "footer", "button", "select", "iframe", "svg"}
_ITEM_NUMBER = re.compile(r"^\(?(\d{1,4}[a-z]?|[A-Z]?\d{1,3}(?:\.\d+)?)[.)]?$")
_NUMBERED_TITLE = re.compile(r"^(\d{1,4}[a-z]?)[.)]\s+(.+)$")
_BREAKS = ["br", "table", "div", *sorted(BLOCK_TAGS), "ul", "ol", "dl"]
# Page controls, by their accessibility role: tabs ("Agenda | Minutes | Attendance"), menus.
_SKIP_ROLES = {"tab", "tablist", "navigation", "menu", "menubar", "banner", "search", "button", "contentinfo"}
_SKIP_CLASSES = re.compile(r"breadcrumb|cookie|menu|navbar|footer|skip|banner|search|sidebar|side-?box|widget|page-?feedback|social-?share", re.I)


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.pending_number: Optional[str] = None
        # Text and inline elements (<b>, <a>, <font> ...) running on outside any paragraph
        # element, as old pages write them: lines parted by <br>, headings in <b>.
        self.inline: list = []
        # Whether the last paragraph was indented by its style (notes that indent answers).
        self.last_indented = False

    def emit(self, text: str, style: Optional[str] = None, number: Optional[str] = None, level: int = 0) -> None:
        text = clean(text)
        if not text:
            return
        number_only = _ITEM_NUMBER.match(text)
        if number_only and style != "list":
            self.pending_number = number_only.group(1)
            return
        if self.pending_number is not None:
            number, style = self.pending_number, "heading"
            self.pending_number = None
        self.blocks.append(Block(text=text, style=style, number=number, level=level))

    def flush(self, level: int = 0) -> None:
        parts, self.inline = self.inline, []
        text = "".join(_text(p) if isinstance(p, Tag) else re.sub(r"\s+", " ", str(p)) for p in parts)
        if not clean(text):
            return
        # A line that is all bold is a heading: "<b>5. Adult Social Care</b><br>".
        shown = [p for p in parts if (p.get_text() if isinstance(p, Tag) else p).strip()]
        bold = all(_is_bold(p) for p in shown)
        if bold and len(clean(text)) < 150:
            m = _NUMBERED_TITLE.match(clean(text))
            if m:
                self.emit(m.group(2), "heading", m.group(1), level)
                return
        self.emit(text, "heading" if bold and len(clean(text)) < 150 else None, None, level)

    def walk(self, node: Tag, level: int = 0) -> None:
        for child in node.children:
            if isinstance(child, PreformattedString):
                continue  # comments, and Word's "[if !supportLists]" markup
            if isinstance(child, NavigableString):
                self.inline.append(child)
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            # A <header> inside an <article> or <section> holds its title, not the site's banner.
            # (as does Pandoc's "title-block-header")
            own_header = name == "header" and (child.find_parent(["article", "section"]) is not None
                                               or re.search(r"title", " ".join(child.get("class", [])) + " " + (child.get("id") or ""), re.I))
            # (the page's <main> or <article> is read whatever its classes say: "layout
            # layout--sidebar")
            if name in SKIP_TAGS and not own_header \
                    or name not in ("main", "article") and child.get("role") != "main" \
                    and _SKIP_CLASSES.search(" ".join(child.get("class", [])) + " " + (child.get("id") or "")) \
                    or child.get("role") in _SKIP_ROLES:
                continue
            if name in ("br", "hr"):
                self.flush(level)
            elif name == "table":
                self.flush(level)
                self.table(child, level)
            elif name in ("dd", "div", "span", "p", "output") and _labelled_value(child.find_previous_sibling(), child):
                continue  # read with its label
            elif name in ("dt", "label") and _labelled_value(child, child.find_next_sibling()):
                # "Asked by | Mr Ashworth" in a summary list, "<label>Item number</label><div>1</div>"
                # in a form: one line, "Asked by: Mr Ashworth"
                self.flush(level)
                value = child.find_next_sibling()
                self.emit(f"{clean(_text(child)).rstrip(':')}: {clean(_text(value))}", None, None, level)
            elif name == "div" and re.search(r"title|heading", " ".join(child.get("class", [])), re.I) \
                    and not child.find(list(BLOCK_TAGS | {"table", "div"})) and len(clean(_text(child))) < 200:
                # <div class="AgendaItemTitle"><span>5.</span> Title</div>: a heading by its class
                self.flush(level)
                self.block(child, level)
            elif name == "div" and _person_card(child):
                # A card per person: name, role and a "Present" / "Apologies" badge, one row.
                self.flush(level)
                fields = [clean(_text(f)) for f in child.find_all(True, recursive=False)]
                self.blocks.append(Block(text=" | ".join(f for f in fields if f), style="table", level=level))
            elif name in BLOCK_TAGS and not child.find(list(BLOCK_TAGS | {"table", "div"})):
                self.flush(level)
                self.block(child, level)
            elif name not in CONTAINER_TAGS and name not in BLOCK_TAGS and not child.find(_BREAKS):
                self.inline.append(child)  # <b>, <a>, <i> ... inside a line
            elif name in ("span", "font", "b", "strong", "i", "em", "a", "u", "small", "big"):
                self.walk(child, level)  # an inline wrapper round several lines
            else:
                self.flush(level)
                self.walk(child, level + (1 if name in ("ul", "ol") else 0))
                self.flush(level)
        if node.name in ("body", "[document]"):
            self.flush(level)

    def block(self, el: Tag, level: int) -> None:
        text = _text(el)
        name = el.name
        between = "".join(str(t) for t in el.find_all(string=True) if not t.find_parent("a"))
        if len(el.find_all("a")) >= 2 and re.fullmatch(r"[\s|·•]*[|·•][\s|·•]*", between):
            return  # "Print this page | Calendar of meetings | ...": a row of links, the site's own
        if name == "pre":
            # Minutes published as plain text in a <pre> block: read as a text file is.
            lines = el.get_text().splitlines()
            for block in lines_to_blocks(lines, wrapped=is_hard_wrapped(lines)):
                self.emit(block.text, block.style, None, level)
        elif name == "summary":
            # An accordion's title: "1 Apologies for absence 00:00:45" (a webcast time).
            text = re.sub(r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*$", "", clean(text))
            m = re.match(r"^(\d{1,4}[a-z]?)[.)]?\s+(.+)$", text)
            self.emit(m.group(2) if m else text, "heading", m.group(1) if m else None, level)
        elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            m = _NUMBERED_TITLE.match(clean(text))
            if m:
                self.emit(m.group(2), "heading", m.group(1), level)
            else:
                self.emit(text, "heading", None, level)
        elif name == "li" and _person_card(el) and not any(  # (not "<b>Cllr X</b> <span>asked ...</span>")
                t[:1].islower() or t.endswith((".", "?", "!")) for t in (clean(_text(f)) for f in el.find_all(True, recursive=False)[1:])):
            # "<li><span class="name">...</span> <span class="role">...</span> <span
            # class="status">Present</span></li>": a person's fields, one row
            fields = [clean(_text(f)) for f in el.find_all(True, recursive=False)]
            self.emit(" | ".join(f for f in fields if f), "table", None, level)
        elif name == "li" and _name_then_field(el):
            # "<li>Cllr Neil Varma <span class="role">Substitute for ...</span></li>": the
            # name and its role, set apart by markup alone.
            person, field = _name_then_field(el)
            self.emit(f"{person} ({field})", "list", None, level)
        elif name == "li":
            answer = _trailing_italics(el)
            point = clean(text)[: -len(clean(answer))].strip() if answer and clean(text).endswith(clean(answer)) else ""
            if len(point) > 20 and point.endswith((".", "?", "!", ":")):
                # "Point raised. <em>The officer's answer.</em>", not emphasis inside a sentence
                self.emit(point, "list", None, level)
                self.emit(answer, "response", None, level)
            else:
                self.emit(text, "list", None, level)
        else:
            only_bold = _is_bold(el) and len(clean(text)) < 150
            classes = " ".join(el.get("class", []))
            heading = only_bold or bool(re.search(r"title|heading", classes, re.I))
            answer = _trailing_italics(el) if not heading and "\n" not in text else None
            point = clean(text)[: -len(clean(answer))].strip() if answer and clean(text).endswith(clean(answer)) else ""
            if len(point) > 20 and point.endswith((".", "?", "!", ":")):
                # "Question: ... ? <em>The Director said ...</em>": the answer set in italics
                self.emit(point, None, None, level)
                self.emit(answer, "response", None, level)
                return
            indented = name == "p" and _indented(el)
            follows_point = not self.last_indented and bool(self.blocks) and self.blocks[-1].style is None
            self.last_indented = indented
            if indented and follows_point and not heading and "\n" not in text:
                # A note taker's answer indented under the point it answers, with no label.
                self.emit(text, "response", None, level)
                return
            # A <br> inside a paragraph separates lines that are paragraphs of their own.
            for line in text.split("\n"):
                self.emit(line, "heading" if heading else None, None, level)

    def table(self, table: Tag, level: int) -> None:
        rows = table.find_all("tr")
        caption = table.find("caption", recursive=False)
        titled = _NUMBERED_TITLE.match(clean(caption.get_text(" "))) if caption is not None else None
        # (a minute in prose, not a grid of data such as "1. Members present" over names)
        prose = titled is not None and max((len(row.find_all(["td", "th"], recursive=False)) for row in rows), default=0) <= 3 \
            and (any(len(_text(c).split()) >= 20 for c in table.find_all("td"))
                 or re.search(r"(?i)\b(discussion|minute|decision|resolved)\b", rows[0].get_text(" ")) is not None)
        if titled and prose:
            # "<caption>52. Apologies for Absence</caption>" over "Minute | Discussion |
            # Decision": one minute framed in a table of its own. The caption is its heading,
            # the cells its paragraphs (the minute's number again in its cell aside).
            self.blocks.append(Block(text=titled.group(2), style="heading", number=titled.group(1), level=level))
            for k, row in enumerate(rows):
                if row.find_parent("table") is not table or (k == 0 and not row.find("td", recursive=False)):
                    continue  # "Minute | Discussion | Decision": the column headings
                for cell in row.find_all(["td", "th"], recursive=False):
                    if clean(_text(cell)).strip("().") != titled.group(1):
                        self.walk(cell, level)
                        self.flush(level)
            return
        english = _english_column(rows[0]) if rows else None
        if english is not None:
            # "Cymraeg | English": the same minutes in two languages side by side; the English
            # column is read as the page's text.
            for row in rows[1:]:
                cells = row.find_all(["td", "th"], recursive=False)
                if row.find_parent("table") is table and cells:
                    # (a cell spanning both columns: "5. Cofnodion / Minutes")
                    self.walk(cells[english] if len(cells) > english else cells[0], level)
                    self.flush(level)
            return
        # A table laying out a page, not one of data: cells holding tables, boxes or several
        # paragraphs. (A cell whose text is wrapped in one <p>, as Confluence writes them, is data.)
        layout = any(cell.find(["table", "div"]) or len(cell.find_all(list(BLOCK_TAGS))) > 1
                     for cell in table.find_all(["td", "th"]))
        if layout:
            for row in rows:
                if row.find_parent("table") is not table:
                    continue
                if not row.find("td", recursive=False):
                    continue  # "No. | Subject | Minute": the column headings over the minutes
                for cell in row.find_all(["td", "th"], recursive=False):
                    self.walk(cell, level)
                    self.flush(level)
            return
        spanned: dict[int, int] = {}  # column -> rows still covered by a cell above (rowspan)
        # ("No. | Minute | Question and answer": an annex of questions, each row naming its minute)
        own = [row for row in rows if row.find_parent("table") is table]
        annex = bool(own) and any(QUESTION_ANSWER_COLUMN.match(clean(_text(c)).strip(" :"))
                                  for c in own[0].find_all(["td", "th"], recursive=False))
        for row in rows:
            if row.find_parent("table") is not table:
                continue
            # A <br> inside a cell parts its lines ("Councillor A<br>Councillor B"), as a new
            # paragraph does in a Word table cell. A cell spanning rows above leaves its column
            # empty here, and one spanning columns fills them, so every cell keeps its column.
            cells: list[str] = []
            for c in row.find_all(["td", "th"], recursive=False):
                while spanned.get(len(cells)):
                    spanned[len(cells)] -= 1
                    cells.append("–")
                text = "\n".join(filter(None, (clean(line) for line in _text(c).split("\n"))))
                down, across = _span(c.get("rowspan")), _span(c.get("colspan"))
                for k in range(max(across, 1)):
                    if down > 1:
                        spanned[len(cells)] = down - 1
                    cells.append(text if k == 0 else _SPANNED)
            while spanned.get(len(cells)):
                spanned[len(cells)] -= 1
                cells.append("–")
            while cells and cells[-1] == _SPANNED:
                cells.pop()  # a cell spanning to the end of the row: "Members" across the table
            # (in an annex of questions, an empty cell before the first filled one keeps its
            # column when two or more are filled: "| 22 | Supplementary question from ..." is a
            # row of the table, not minute 22's title; elsewhere, as in Word, the empty cell goes:
            # "| Ms K Nash | Chief Executive" under "Also present: | Dr R Emery | ...")
            lead = next((k for k, c in enumerate(cells) if c), 0) if annex and sum(1 for c in cells if c) >= 2 else 0
            cells = ["–"] * lead + ["–" if c == _SPANNED else c for c in cells if c]
            if len(cells) == 1:
                self.emit(cells[0], None, None, level)
            elif cells:
                # (not "62 | Paragraph 2" in the table of items to be taken in private)
                if _ITEM_NUMBER.match(cells[0]) and len(cells) == 2 and not _EXEMPT_PARAGRAPH.match(cells[1]):
                    self.blocks.append(Block(text=cells[1], style="heading", number=cells[0].strip("().")))
                else:
                    self.blocks.append(Block(text=" | ".join(cells), style="table", level=level))


_EXEMPT_PARAGRAPH = re.compile(r"(?i)^(?:exempt\s+)?(?:information\s+)?(?:under\s+)?paragraphs?\s+\d")
_SPANNED = "\ue001"  # a column covered by the cell before it (colspan)

# Languages printed beside English in a bilingual table's heading row.
_OTHER_LANGUAGES = {"cymraeg", "welsh", "gaeilge", "irish", "gàidhlig", "gaelic"}



def _soup(markup: str) -> BeautifulSoup:
    # Pages exported as XHTML (InDesign, some CMSs) open with an XML declaration; read as
    # HTML they parse well, so the parser's warning would only alarm.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(markup, "lxml")

def _english_column(row: Tag) -> Optional[int]:
    """The English column of a table whose heading row is "Cymraeg | English", if it is one."""
    heads = [clean(_text(c)).lower() for c in row.find_all(["td", "th"], recursive=False)]
    if len(heads) == 2 and "english" in heads and set(heads) - {"english"} <= _OTHER_LANGUAGES:
        return heads.index("english")
    return None


def _span(value) -> int:
    """A cell's rowspan or colspan: a small whole number, 1 when missing or odd."""
    return min(int(value), 50) if re.fullmatch(r"[0-9]{1,3}", str(value or "")) and int(value) > 0 else 1


def _text(el: Tag) -> str:
    """Text with source line breaks as spaces and <br> as line breaks."""
    parts = []
    for node in el.descendants:
        if isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
            if node.parent is not None and node.parent.name in ("text", "tspan", "script", "style"):
                continue  # an icon's "?" drawn as text in an inline <svg> (its <title> is kept)
            parts.append(re.sub(r"\s+", " ", str(node)))
        elif isinstance(node, Tag) and node.name == "br":
            parts.append("\n")
    return "".join(parts)


def _name_then_field(el: Tag) -> Optional[tuple[str, str]]:
    """(name, field) for an element holding a person's name then one <span> of its own."""
    children = [c for c in el.children if not (isinstance(c, NavigableString) and not c.strip())]
    if len(children) != 2 or not isinstance(children[0], NavigableString) or getattr(children[1], "name", None) != "span":
        return None
    person, field = clean(str(children[0])), clean(_text(children[1]))
    if len(person.split()) < 2 or not NAME_CELL.match(person) or not field or len(field) > 120 or "(" in field:
        return None
    return person, field


def _person_card(div: Tag) -> bool:
    """A box of two to five short fields, the first a person's name, and nothing else."""
    fields = div.find_all(True, recursive=False)
    if not 2 <= len(fields) <= 5 or any(isinstance(c, NavigableString) and c.strip() for c in div.children):
        return False
    if any(f.name not in ("div", "span", "p", "b", "strong", "em", "i", "small") or f.find(["div", "p", "table", "ul", "ol", "br"])
           for f in fields):
        return False
    texts = [t for t in (clean(_text(f)) for f in fields) if t]
    # Two words at least: "Webcast" alone in a box is a control, not a person.
    return len(texts) >= 2 and len(texts[0].split()) >= 2 and bool(NAME_CELL.match(texts[0])) \
        and all(len(t) < 120 for t in texts)


def _labelled_value(label, value) -> bool:
    """A short <dt> label with a one-line <dd> value after it, or a form's <label> with its
    one-line field."""
    if label is None or value is None:
        return False
    if not (label.name == "dt" and value.name == "dd"
            or label.name == "label" and value.name in ("div", "span", "p", "output")):
        return False
    if value.find(list(BLOCK_TAGS | {"table", "div", "ul", "ol", "br"})):
        return False
    # "Answer (Director of Adult Social Services)": the words in brackets say who.
    return 0 < len(re.sub(r"\([^()]*\)", "", clean(_text(label))).split()) <= 4


def _is_bold(node) -> bool:
    """Text inside <b> or <strong>, or an element all of whose text is: <font><b>Title</b></font>."""
    if isinstance(node, NavigableString):
        return node.find_parent(["b", "strong"]) is not None
    texts = [t for t in node.find_all(string=True) if t.strip()]
    return node.name in ("b", "strong") or (bool(texts) and all(_is_bold(t) for t in texts))


_MARGIN_LEFT = re.compile(r"margin-left:\s*(\d*\.?\d+)\s*(in|cm|mm|pt|px|em)", re.I)


def _indented(el: Tag) -> bool:
    """A paragraph set in from the margin by its own style, not as an entry of a Word list."""
    style = el.get("style", "")
    m = _MARGIN_LEFT.search(style)
    return bool(m) and float(m.group(1)) > 0 and "mso-list" not in style \
        and not re.search(r"list", " ".join(el.get("class", [])), re.I)


def _trailing_italics(el: Tag) -> Optional[str]:
    """The text of an <em> or <i> that ends a list entry, when it is a sentence or more."""
    children = [c for c in el.children if not (isinstance(c, NavigableString) and not c.strip())]
    if not children or not isinstance(children[-1], Tag) or children[-1].name not in ("em", "i"):
        return None
    text = clean(_text(children[-1]))
    return text if len(text) >= 30 else None


_CSS_BOLD = re.compile(r"\.([\w-]+)\s*\{[^}]*font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
_INLINE_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)\b", re.I)


_POSITIONED = re.compile(r"position\s*:\s*absolute.*?\btop\s*:\s*(-?\d+(?:\.\d+)?)px", re.I | re.S)


def _positioned_lines(soup: BeautifulSoup) -> Optional[list[str]]:
    """A page converted from a PDF that sets every printed line in a ``<div>`` placed by
    ``top:`` and ``left:``: the lines, read as a text file's are, with a blank line where the
    gap between lines is wider than a line's (a new paragraph or page)."""
    placed = []
    for div in soup.find_all("div"):
        m = _POSITIONED.search(div.get("style", ""))
        text = clean(div.get_text(" ")) if m and not div.find("div") else ""
        if text:
            placed.append((float(m.group(1)), text))
    if len(placed) < 20:
        return None
    rows: list[tuple[float, str]] = []
    for top, text in placed:
        if rows and abs(rows[-1][0] - top) < 2:
            rows[-1] = (rows[-1][0], f"{rows[-1][1]} {text}")  # "6." and its title on one line
        else:
            rows.append((top, text))
    gaps = sorted(b[0] - a[0] for a, b in zip(rows, rows[1:]) if b[0] > a[0])
    step = gaps[len(gaps) // 2] if gaps else 0
    lines = []
    for k, (top, text) in enumerate(rows):
        if k and (top <= rows[k - 1][0] or top - rows[k - 1][0] > step * 1.5):
            lines.append("")
        lines.append(text)
    return lines


def _embedded_pages_inline(soup: BeautifulSoup) -> None:
    """A page that shows the minutes in an ``<iframe srcdoc="...">`` (a CMS embedding an
    exported document): the embedded document is read in the frame's place."""
    for frame in soup.find_all("iframe", srcdoc=True):
        inner = _soup(frame["srcdoc"])
        body = inner.body or inner
        holder = soup.new_tag("div")
        for child in list(body.children):
            holder.append(child.extract())
        frame.replace_with(holder)


def _bold_classes_as_tags(soup: BeautifulSoup) -> None:
    """Pages exported from Google Docs mark bold with a style class (".c5{font-weight:700}"),
    and site builders with an inline style (style="font-weight:700"), rather than <b>: such
    spans are read as <b>."""
    classes = {m.group(1) for style in soup.find_all("style") for m in _CSS_BOLD.finditer(style.get_text())}
    for span in soup.find_all("span"):
        if set(span.get("class") or []) & classes or _INLINE_BOLD.search(span.get("style") or ""):
            span.name = "b"


# "h2::before { content: counter(item) ". " }": headings numbered by the style sheet, so the
# numbers a reader sees are not in the text.
_CSS_COUNTER_BEFORE = re.compile(
    r"(?:^|[},])\s*(?:[\w.#\[\]=\"'-]+\s+)*(?P<tag>h[1-6])::?before\s*\{[^}]*content\s*:\s*counter\(\s*[\w-]+\s*\)\s*(?P<after>\"[^\"]*\"|'[^']*')?",
    re.I,
)


def _css_numbers_as_text(soup: BeautifulSoup) -> None:
    """Write the numbers a style sheet puts before headings into the headings themselves."""
    css = " ".join(style.get_text() for style in soup.find_all("style"))
    for m in _CSS_COUNTER_BEFORE.finditer(css):
        after = (m.group("after") or '". "').strip("\"'") or " "
        for n, heading in enumerate((soup.body or soup).find_all(m.group("tag").lower()), start=1):
            heading.insert(0, NavigableString(f"{n}{after}"))


def _footnotes_as_text(soup: BeautifulSoup) -> None:
    """Footnotes written as links, "...in-house.<sup><a href="#fn3">3</a></sup>" and "<li
    id="fn3">Written answer ... <a href="#fnref3">↩</a></li>": the mark as "[3]" and each note
    as a paragraph opening "[3]", as printed minutes write them."""
    notes = {}
    ids = {el["id"]: el for el in soup.find_all(id=True)}
    for link in soup.find_all("a", href=re.compile(r"^#(fn|footnote|note|endnote)(?!ref)[-_:]?\w+$", re.I)):
        target = ids.get(link["href"][1:])
        if target is None or not re.fullmatch(r"\W*\d{1,3}\W*", link.get_text()):
            continue
        number = re.sub(r"\D", "", link.get_text())
        mark = link.parent if link.parent is not None and link.parent.name == "sup" and len(link.parent.get_text(strip=True)) == len(link.get_text(strip=True)) else link
        mark.replace_with(NavigableString(f"[{number}]"))
        notes[number] = target
    for number, note in notes.items():
        for back in note.find_all("a", href=re.compile(r"^#(fnref|footnote-ref|noteref)", re.I)):
            back.decompose()
        # The mark opens the note's first paragraph, or the note itself when it has none.
        first = note.find(True, recursive=False)
        lead = first is not None and first.name in ("p", "div") and not "".join(
            str(x) for x in first.find_previous_siblings(string=True)).strip()
        (first if lead else note).insert(0, NavigableString(f"[{number}] "))


# Markup that shows an element on some screens only: Bootstrap's "d-none d-lg-block" and
# "d-lg-none", "hidden-xs", "visible-md", "show-for-small", "mobile-only", an inline
# display:none.
_SCREEN_ONLY = re.compile(r"\b(d(-\w+)?-none|d-\w+-block|hidden-\w+|visible-\w+|show-for-\w+|hide-for-\w+|"
                          r"(mobile|desktop|tablet)(-only|-view)?|only-(mobile|desktop))\b|display\s*:\s*none", re.I)


def _repeated_layouts_dropped(soup: BeautifulSoup) -> None:
    """Keep one copy of content a page prints twice for different screens (a desktop table
    and mobile cards, one hidden by the stylesheet): of two sibling elements marked for some
    screens only whose words are the same, the second goes."""
    def screen_only(el: Tag) -> bool:
        return bool(_SCREEN_ONLY.search(" ".join(el.get("class") or []) + " " + (el.get("style") or "")))

    for el in soup.find_all(screen_only):
        if el.parent is None:
            continue  # gone with a copy already dropped
        siblings = [c for c in el.find_next_siblings(True) if screen_only(c)]
        if not siblings:
            continue
        mine = word_runs(el.get_text(" "))
        for other in siblings:
            theirs = word_runs(other.get_text(" "))
            if mine and theirs and len(mine & theirs) >= 0.8 * max(len(mine), len(theirs)):
                other.decompose()


_TAB_PANE = re.compile(r"(?i)^tab[-_]?pane(?:l)?$")


def _agenda_tab_dropped(soup: BeautifulSoup) -> None:
    """A meeting page with its agenda and its minutes in tab panes (CMIS, Bootstrap): the agenda
    pane lists the same items again, titles and papers only, so the minutes pane is read alone."""
    def pane(el: Tag, word: str) -> bool:
        classes = el.get("class") or []
        is_pane = el.get("role") == "tabpanel" or any(_TAB_PANE.match(c) for c in classes)
        return is_pane and word in " ".join([el.get("id") or "", *classes]).lower()

    minutes = soup.find(lambda el: pane(el, "minute"))
    if minutes is None or len(minutes.get_text(" ").split()) < 20:
        return  # (no minutes in the page after all: the agenda is what it holds)
    for agenda in soup.find_all(lambda el: pane(el, "agenda")):
        if agenda.parent is not None and not agenda.find(lambda el: el is minutes):
            agenda.decompose()


def html_to_blocks(markup: str) -> list[Block]:
    soup = _soup(markup)
    walker = _Walker()
    walker.walk(soup.body or soup)
    return walker.blocks


def extract(path: Path) -> Extraction:
    try:
        markup = read_text(path)
    except ValueError as e:
        raise ExtractError(f"{e}; is this really a web page?")
    if not re.search(r"<\s*(html|body|p|div|table|h\d)\b", markup[:20000], re.I):
        raise ExtractError("no HTML markup found; save the page as HTML, or rename a text file to .txt")
    soup = _soup(markup)
    _embedded_pages_inline(soup)
    _bold_classes_as_tags(soup)
    _css_numbers_as_text(soup)
    _footnotes_as_text(soup)
    _repeated_layouts_dropped(soup)
    _agenda_tab_dropped(soup)
    title = clean(soup.title.get_text(" ")) if soup.title else None
    lines = _positioned_lines(soup)
    if lines:
        blocks = lines_to_blocks(lines, wrapped=True)
    else:
        walker = _Walker()
        walker.walk(soup.body or soup)
        blocks = walker.blocks
    resolve_hyphens(blocks)
    for block in blocks:
        block.page = 1
    metadata = {}
    if title:
        metadata["page_title"] = title
    return Extraction(blocks=blocks, pages=1, metadata=metadata)
