"""Split minutes into agenda items."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Optional

from ..model import Block
from .cues import load_cues
from .decisions import is_label_only
from .meeting import DATE_PATTERNS, attendance_label_alone, one_person, opening_line
from .sentences import split_marker

_TERMINAL = re.compile(r"[.;:?!]\s*$")


@dataclass
class RawItem:
    number: str
    title: str
    page: Optional[int]
    blocks: list[Block] = field(default_factory=list)


def _heading_parts(block: Block) -> Optional[tuple[str, str]]:
    """(number, title) when the block reads like a numbered item heading."""
    cues = load_cues()
    text = block.text.strip()
    if block.number is not None:
        return block.number.strip().rstrip("."), text
    patterns = cues.item_heading + ([cues.sub_item_heading, cues.coded_heading_colon] if block.style == "heading" else [])
    for pattern in patterns:
        m = pattern.match(text)
        if m:
            return m.group("number").rstrip("."), m.group("title").strip()
    return None


def _in_capitals(text: str) -> bool:
    """A title in capitals, a short name in brackets aside ("BOLLINSHIRE LOCAL INVOLVEMENT
    NETWORK (LINk) – PROGRESS REPORT")."""
    return (re.sub(r"\s*\([^()]*\)", "", text) or text).isupper()


# A reference or short name in brackets, each word capitalised or a number: "(Standing Order
# 37)", "(Agenda Item 2)", "(LINk)"; or an aside of a word or three: "(if any)"
_REFERENCE_IN_BRACKETS = re.compile(r"\s*\((?:(?:[A-Z0-9][\w’'./-]*)(?:,?\s+(?:[A-Z0-9][\w’'./-]*|&|of|and|for|the|to|on|in))*"
                                    r"|[^()\s]+(?:\s+[^()\s]+){0,2})\)")


def _plain_heading(text: str) -> bool:
    """Without layout hints: short, no full stop, mostly capitalised words."""
    # (a title in capitals may run long: "45. THORNLOW DISTRICT CARE NHS FOUNDATION TRUST – CARE
    # QUALITY COMMISSION INSPECTION OF ACUTE MENTAL HEALTH WARDS: IMPROVEMENT PLAN UPDATE")
    if len(text) > (160 if text.isupper() else 120) or _TERMINAL.search(text) or text.count(",") > 2:
        return False
    # (the words of references in brackets aside: "Declaration of disclosable pecuniary interest
    # (Standing Order 37) (Agenda Item 2)", "Matters referred by Council, the Executive, other
    # Committees and Panels (if any)"; not a note in words of its own: "Staffing (agency spend
    # had risen by 14 per cent)" in a list is no title)
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", _REFERENCE_IN_BRACKETS.sub("", text))] \
        or [w for w in re.findall(r"[A-Za-z][\w’'-]*", text)]
    if not words:
        return False
    small = {"and", "of", "the", "for", "to", "in", "on", "a", "an", "with", "by", "at", "from", "or"}
    capitalised = sum(1 for w in words if w[0].isupper() or w.lower() in small)
    # ("Matters arising", "Date of next meeting": a short title in sentence case)
    return capitalised / len(words) >= 0.7 or text.isupper() or (len(words) <= 5 and words[0][0].isupper()
                                                                  and not re.search(r"[;:,]", text))


def split_items(blocks: list[Block]) -> tuple[list[Block], list[RawItem]]:
    """Return (preamble blocks, items)."""
    cues = load_cues()
    styled = any(b.style == "heading" for b in blocks)
    # The first line of a ModernGov agenda-item page names the item on the next line.
    if blocks and cues.single_item_page.match(blocks[0].text.strip()) and len(blocks) > 1:
        title = blocks[1]
        item = RawItem("", title.text.strip(), title.page, [])
        for b in blocks[2:]:
            if cues.page_trailer.match(b.text.strip()):
                break
            item.blocks.append(b)
        return [], [item]

    # (numbers under their titles first: "WORK PROGRAMME" over "43" over "DATE OF NEXT MEETING"
    # over "44", the 43 is the work programme's, not a number over the next title)
    blocks = _numbers_under_titles(_grid_titles(_rejoin_wrapped_titles(_run_in_titles(_label_after_title(_row_titles(blocks))))))
    blocks = _titles_over_numbered_paragraphs(_number_lone_headings(_minute_lines_under_titles(blocks)))
    candidates: list[tuple[int, str, str]] = []
    sentence_case: list[tuple[int, str, str]] = []  # "3) Home care recommissioning - update ..."
    label_heads: set[int] = set()
    clauses: dict[int, tuple[str, int]] = {}  # numbered clauses of a decision set like headings: (mark, number)
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if block.style in ("table", "list"):
            continue
        parts = _heading_parts(block)
        if not parts and block.number is None and cues.section_labels.match(text):
            if block.style == "heading" and _heads_a_minute(blocks, i):
                label_heads.add(i)  # "Apologies for Absence" over "Apologies were received ...": maybe an item
            else:
                continue  # "Present:", "Apologies", "Part 2": labels, unless numbered as an item
        if parts and block.number is None and cues.qa_question.match(text) and re.match(r"(?i)q\d", text):
            parts = None  # "Q3 Mrs Fenn: Reported that ...": a question, not item Q3
        if parts and DATE_PATTERNS[0].match(f"{parts[0]} {parts[1]}"):
            parts = None  # "4 November 2025" under the committee's name is the meeting date
        # "Minute 12 ...", "Item 4 ...", "... [JHOSC/25/07]": named as a minute in so many words
        explicit = bool(re.match(r"^(agenda\s+)?(minute|item)\b", text, re.I) or re.search(r"\[[^\]]*\d[^\]]*\]$", text)) \
            or block.number is not None
        if parts and (parts[1][:1].islower() or re.match(r"That\s", parts[1])) and block.number is None:
            parts = None  # "(1) the report be noted;", "(2) That ..." set in bold: a clause, not a title
        if parts and block.number is None and sum(bool(one_person(e)) for e in parts[1].split(";")) >= 2:
            parts = None  # "Agenda Item 5: A Smith, Director of X; B Jones, Head of Y": who attended for it
        if parts and block.number is None and is_label_only(parts[1]):
            parts = None  # "69. RESOLVED: -" under its title: the minute's number opens its decision
        marker = re.match(r"\W*\d+(\W)", text)
        if parts and block.number is None and i and marker and parts[0].isdigit() and (
                (clauses.get(i - 1) == (marker.group(1), int(parts[0]) - 1)
                 and (_TERMINAL.search(text) or re.match(r"(?i)to\s", parts[1])))
                or (parts[0] == "1" and blocks[i - 1].text.rstrip().endswith(":")
                    and cues.resolution_start.match(blocks[i - 1].text.strip()))):
            # "RESOLVED that ... recommends that:" over "1) A further period of consultation
            # ... ." set in bold, then "2) ...": the decision's clauses, not items (nor "2. To
            # request a further update" with no full stop after "1. To note the update")
            clauses[i] = (marker.group(1), int(parts[0]))
            parts = None
        if parts and re.match(r"(?i)\s*(?:\(\s*(?:continued|cont(?:inued|['’]d)?\.?)\s*\)|(?:continued|cont(?:inued|['’]d)?\.?)\s*(?:[–—:-]|$))", parts[1]):
            parts = None  # "Minute 57 (continued) – Charging Policy" heading a page: the minute goes on
        before = next((int(m.group()) for c in reversed(candidates) if (m := re.match(r"\d+", c[1]))), None)
        if parts and explicit and block.style != "heading" and block.number is None and before is not None \
                and re.match(r"\d+$", parts[0]) and int(parts[0]) < before and len(text.split()) > 15:
            parts = None  # "Minute 31 (Reablement Service) – Councillor A asked ...": an earlier minute, named under matters arising
        if parts:
            number, title = parts
            if block.style == "heading" or explicit:
                candidates.append((i, number, title))
            elif (not styled or _in_capitals(_clean_title(title))) and _plain_heading(title) and not text.startswith("(") \
                    and not split_marker(text)[0] in ("(a)", "a)"):
                # Numbered titles in capitals are headings even where others are bold.
                candidates.append((i, number, title))
            elif not styled and not text.startswith("(") and len(title) <= 120 and not _TERMINAL.search(title) \
                    and not re.match(r"(?i)(to|that)\s", title):
                sentence_case.append((i, number, title))
        elif block.style == "heading" and len(text) < 150 and not _TERMINAL.search(text) and re.search(r"[A-Za-z]", text) \
                and not cues.resolution_start.match(text) and not is_label_only(re.sub(r"^\d{1,4}\.?\s+", "", text)) \
                and not cues.chair_line.match(text) and not cues.signature_line.match(text):
            # ("Decision", "RESOLVED that" set in bold, "69. RESOLVED: -"; a rule of asterisks;
            # "Councillor X in the Chair"; "Chair Date" left for signing)
            candidates.append((i, "", text))

    candidates = _with_sentence_case_titles(candidates, sentence_case)
    numbered = [c for c in candidates if c[1]]
    if len(numbered) >= 2:
        first_numbered = numbered[0][0]
        start = _preamble_end(blocks, first_item=first_numbered)
        # ("ITEMS DEALT WITH" / "UNDER DUTIES" / "EXERCISABLE BY THE BOARD" over the first
        # numbered minute: a banner of headings with nothing under them heads no item)
        heads = {c[0] for c in candidates}
        # ("Termination of meeting" after the last numbered minute: an item of its own, unnumbered)
        last = max(c[0] for c in numbered)
        candidates = [c for c in candidates if c[1] or (start <= c[0] < first_numbered and c[0] not in label_heads
                                                          and c[0] + 1 not in heads)
                      or (c[0] > last and blocks[c[0]].style == "heading" and load_cues().closing_item.match(c[2]))]
    else:
        # Items headed without numbers: "Apologies" and "Minutes" headings over what was
        # recorded under them are items like the rest.
        start = _preamble_end(blocks, label_heads)
        candidates = [c for c in candidates if c[0] >= start]
    candidates, listings = _drop_listings(candidates)
    candidates = _drop_references(_drop_repeated(candidates, blocks), blocks)
    # "Minute 46. Councillor A, Affects Non-registerable Interest, ..." among the declarations,
    # with "46 Access to primary care" set as a heading below: the heading is the item
    headed = {c[1] for c in candidates if c[1] and blocks[c[0]].style == "heading"}
    candidates = [c for c in candidates if not (c[1] in headed and blocks[c[0]].style != "heading")]
    candidates = _drop_sections(_drop_paragraph_numbers(_letter_run(_drop_coded_parts(_drop_bracketed_parts(candidates, blocks)))), blocks)

    if not candidates:
        return blocks, []
    preamble = blocks[: candidates[0][0]]
    items: list[RawItem] = []
    starts = sorted({c[0] for c in candidates} | listings)
    for index, number, title in candidates:
        # An item ends at the next heading, or where a listing of the items starts again.
        end = next((k for k in starts if k > index), len(blocks))
        body = _without_links([b for b in blocks[index + 1 : end] if not cues.item_reference.match(b.text.strip())
                               and not cues.continued_heading.match(b.text)])
        if title.count("(") > title.count(")") and body and body[0].style == "heading" and ")" in body[0].text:
            # "G. HEALTHWATCH: QUARTERLY REPORT (OCTOBER TO DECEMBER" / "2024)": a wrapped title
            title, body = f"{title} {body[0].text.strip()}", body[1:]
        lead = re.match(r"(?i)(?:min(?:ute)?\.?|item)\s+(\d{1,4}(?:/\d{2,4})?[a-z]?)\.?\s+(?=[A-Z])", body[0].text) \
            if body and not number else None
        if lead:
            # "Min 114 RESOLVED: That ...": the minute's number opens its first paragraph
            number, body = lead.group(1), [replace(body[0], text=body[0].text[lead.end():])] + body[1:]
        items.append(RawItem(number, _clean_title(title), blocks[index].page, body))
    return preamble, _appendices_to_their_items(_appended_to_earlier(_route_back(_numbers_opening_minutes(items))))


def _without_links(blocks: list[Block]) -> list[Block]:
    """An item's blocks without the links to its papers ("Statement - Derek Annear PDF 88 KB");
    a sentence ending in a link keeps its words ("The Commission noted the data set, Appendix A -
    Indicator Data XLSX 45 KB")."""
    cues = load_cues()
    out = []
    for b in blocks:
        link = cues.document_link.match(b.text.strip())
        if link and not cues.link_in_sentence.search(b.text):
            continue
        out.append(b)
    return out


def _numbers_opening_minutes(items: list[RawItem]) -> list[RawItem]:
    """Titles set above minutes whose first paragraph opens with the minute's number ("APOLOGIES"
    over "59 Apologies were submitted ...", "61. (See document No. 1)"): the number is the
    item's, when the minutes number one after another this way."""
    opening = re.compile(r"^(\d{1,4})\.?\s+(?=\S)")
    found = {k: m for k, item in enumerate(items)
             if not item.number and item.blocks and (m := opening.match(item.blocks[0].text.strip()))}
    numbers = [int(m.group(1)) for m in found.values()]
    if len(found) < 3 or numbers != sorted(set(numbers)) or numbers[-1] - numbers[0] > 3 * len(numbers):
        return items
    if any(opening.match(b.text.strip()) for item in items for b in item.blocks[1:]):
        return items  # paragraphs numbered on through the items, not the minutes' numbers
    for k, m in found.items():
        first = items[k].blocks[0]
        items[k] = replace(items[k], number=m.group(1),
                           blocks=[replace(first, text=first.text.strip()[m.end():])] + items[k].blocks[1:])
    return items


def _with_sentence_case_titles(candidates: list[tuple[int, str, str]],
                               sentence_case: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Titles in sentence case ("1) Welcome, apologies and declarations") are items too when,
    with the titles taken already, they number a run 1, 2, 3 ... (or a long run from a later
    number) each with minutes under it;
    a numbered list of decisions has nothing between its lines."""
    if not sentence_case:
        return candidates
    merged = sorted(candidates + sentence_case)
    numbers = [int(m.group()) if (m := re.fullmatch(r"\d{1,3}", c[1])) else None for c in merged]
    # (or a longer run going on from the year's earlier minutes: 38, 39, 40 ...)
    # (a run from a later number opens the meeting: "38 Apologies for Absence", not a list of
    # recommendations 3 to 8 in the discussion)
    opens = bool(load_cues().opening_item_title.match(_clean_title(merged[0][2])))
    run = numbers[0] is not None and (numbers[0] <= 2 and len(merged) >= 3 or len(merged) >= 6 and opens) and all(
        n is not None and n == numbers[0] + k for k, n in enumerate(numbers))
    spaced = all(b[0] - a[0] > 1 for a, b in zip(merged, merged[1:]))
    return merged if run and spaced else candidates


def _clean_title(title: str) -> str:
    # "(Item 7)" set at the right of a title's first line comes out inside a wrapped title:
    # "Community Equipment Service: future (Item 7) commissioning arrangements".
    # ("... for (Item 9) below" refers to another item: kept)
    cues = load_cues()
    title = cues.item_reference_in_title.sub(lambda m: m.group(0) if re.search(r"(?i)\b(for|to|of|at|in|under|see|from|with|on|by)\s*$",
                                                                  title[: m.start()]) else " ", title)
    title = cues.title_noise.sub("", title)
    return " ".join(title.split()).strip(" -–:.")


def _heads_a_minute(blocks: list[Block], i: int) -> bool:
    """Whether the block after a label-like heading ("Apologies", "Minutes") records what
    happened under it, as a minute does, rather than listing names."""
    if i + 1 >= len(blocks) or blocks[i + 1].style == "heading":
        return False
    body = re.split(r"(?<=[.;])\s", split_marker(blocks[i + 1].text)[1])[0]
    return bool(re.search(r"(?i)\b(were|was|had been|resolved|agreed|approved|declared)\b", body)) \
        and not re.search(r"(?i)\b(present|in attendance|attended|attending)\b", body)


def _preamble_end(blocks: list[Block], label_heads: frozenset[int] | set[int] = frozenset(), first_item: int = 0) -> int:
    """Index after the title and attendance lines at the top of the minutes (``label_heads``:
    label-like headings known to head minutes of their own; ``first_item``: the first numbered
    minute, when known)."""
    cues = load_cues()
    end = 0
    # (minutes set below a website's menus and a meeting's summary: read on past their opening
    # line, or up to the first numbered minute: "Documents" and the meeting's date over the
    # attendance lines are no items)
    opening = opening_line(blocks) or 0
    for i, block in enumerate(blocks[:max(40, opening + 40, first_item)]):
        text = block.text.strip()
        if i in label_heads:
            break
        if block.style == "heading" and i + 1 < len(blocks) and blocks[i + 1].style == "list" \
                and blocks[i + 1].text[:1].isdigit():
            break  # a heading over numbered paragraphs: the minutes themselves have begun
        if re.match(r"^minutes\b", text, re.I) or any(p.match(text) for _, p in cues.attendance_labels):
            end = i + 1
    return end


def _drop_sections(candidates: list[tuple[int, str, str]], blocks: list[Block]) -> list[tuple[int, str, str]]:
    """"5. Reports" straight above "5.1 Stop Smoking Service": a heading over a section of
    items, with nothing of its own, is not an item; the headings numbered under it are. Headings
    numbered "4.2" inside an item that has text of its own are parts of that item."""
    sub_item = load_cues().sub_item_heading
    sections = {c[1] for c, nxt in zip(candidates, candidates[1:]) if c[1] and nxt[0] == c[0] + 1
                and nxt[1].startswith(c[1] + ".")}
    kept = []
    for c in candidates:
        if c[1] in sections:
            continue
        # ("6.0 URGENT CARE" over its paragraphs "6.1", "6.2": the item itself)
        if sub_item.match(blocks[c[0]].text.strip()) and c[1].split(".")[0] not in sections \
                and not re.fullmatch(r"\d+\.0", c[1]):
            continue
        kept.append(c)
    return kept


def _drop_paragraph_numbers(candidates: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Minute numbers rise through a document; numbers that restart at 1 after a higher one
    are paragraph numbers inside an item, not item headings."""
    out: list[tuple[int, str, str]] = []
    last = None
    for c in candidates:
        digits = re.match(r"\d+", c[1] or "")
        if digits and last is not None and int(digits.group()) < last and int(digits.group()) <= 3 and last > 3:
            continue
        if digits:
            last = int(digits.group())
        out.append(c)
    return out


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _drop_coded_parts(candidates: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """"6 Public Forum" over "PQ01 – Andrea Pellow – Day services", "PQ03 – ...": among items
    numbered plainly, headings numbered with a code of letters are parts of an item."""
    plain = [c for c in candidates if re.fullmatch(r"\d{1,3}[a-z]?", c[1])]
    coded = [c for c in candidates if re.fullmatch(r"[A-Z]{1,4}\d{1,3}", c[1])]
    rising = [int(re.match(r"\d+", c[1]).group()) for c in plain]
    if len(plain) >= 3 and len(plain) > 2 * len(coded) and rising == sorted(set(rising)):
        return [c for c in candidates if c not in coded]
    return candidates


def _drop_bracketed_parts(candidates: list[tuple[int, str, str]], blocks: list[Block]) -> list[tuple[int, str, str]]:
    """"1. General" over "(1) Apologies", "(2) Disclosures ...", then "2. Public Speaking": the
    bracketed numbers restarting under an item number its parts, not items of their own."""
    bracketed = [c for c in candidates if c[1] and re.match(r"\(\d", blocks[c[0]].text.strip())]
    plain = [c for c in candidates if c[1] and c not in bracketed]
    if len(plain) >= 2 and bracketed and bracketed[0][1] == "1" and plain[0][0] < bracketed[0][0]:
        return [c for c in candidates if c not in bracketed]
    return candidates


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _letter_run(candidates: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Items lettered "A.", "B.", "C." ... or numbered "I.", "II.", "III." ... in order; a lone
    "J. Smith" line is not an item."""
    romans = [c for c in candidates if re.fullmatch(r"[IVXL]{1,6}", c[1])]
    if len(romans) >= 3 and [_roman(c[1]) for c in romans] == list(range(1, len(romans) + 1)) \
            and not any(re.match(r"\d", c[1]) for c in candidates):
        return [c for c in candidates if c in romans or not re.fullmatch(r"[A-Z]", c[1])]
    letters = [c for c in candidates if re.fullmatch(r"[A-Z]", c[1])]
    if not letters:
        return candidates
    run = [c[1] for c in letters]
    in_order = run == [chr(ord("A") + k) for k in range(len(run))]
    numbered = any(re.match(r"\d", c[1]) for c in candidates)
    if in_order and len(run) >= 3 and not numbered:
        return candidates
    return [c for c in candidates if c not in letters]


def _drop_listings(candidates: list[tuple[int, str, str]]) -> tuple[list[tuple[int, str, str]], set[int]]:
    """Three or more headings one straight after another, each numbered like an item found
    elsewhere too, list the items: contents above the minutes, a summary of decisions below.
    Return the other candidates, and where the listings stand (an item ends there)."""
    seen = Counter(c[1] for c in candidates if c[1])
    runs: list[list[tuple[int, str, str]]] = []
    for c in candidates:
        if runs and c[0] == runs[-1][-1][0] + 1:
            runs[-1].append(c)
        else:
            runs.append([c])
    listed = {c[0] for run in runs if len(run) >= 3 and all(c[1] and seen[c[1]] >= 2 for c in run) for c in run}
    return [c for c in candidates if c[0] not in listed], listed


def _drop_repeated(candidates: list[tuple[int, str, str]], blocks: list[Block]) -> list[tuple[int, str, str]]:
    """A meeting page listing its agenda (each item's purpose and papers) above the minutes of
    the same items: where three or more numbered titles come twice, the items are the run with
    more written under it (the minutes, not the listing above them or a schedule of decisions
    below); a third time, in an appendix, heads no item; "5.1 Question from ..." under item 5
    is a part of it."""
    def key(c: tuple[int, str, str]) -> tuple[str, str]:
        return c[1], re.sub(r"\W+", " ", c[2]).strip().lower()

    twice = Counter(key(c) for c in candidates if c[1])
    if sum(1 for n in twice.values() if n >= 2) < 3:
        return candidates
    starts = [c[0] for c in candidates] + [len(blocks)]
    words = {c[0]: sum(len(b.text.split()) for b in blocks[c[0] + 1:starts[k + 1]]) for k, c in enumerate(candidates)}
    seen: Counter = Counter()
    runs: dict[int, list[tuple[int, str, str]]] = {1: [], 2: []}
    for c in candidates:
        if c[1] and twice[key(c)] >= 2:
            seen[key(c)] += 1
            if seen[key(c)] <= 2:
                runs[seen[key(c)]].append(c)
    keep = 2 if sum(words[c[0]] for c in runs[2]) > sum(words[c[0]] for c in runs[1]) else 1
    dropped = {c[0] for c in candidates if c[1] and twice[key(c)] >= 2} - {c[0] for c in runs[keep]}
    kept = [c for c in candidates if c[0] not in dropped]
    numbers = {c[1] for c in kept}
    return [c for c in kept if not (m := re.fullmatch(r"(\d{1,3})\.\d{1,2}", c[1])) or m.group(1) not in numbers]


def _drop_references(candidates: list[tuple[int, str, str]], blocks: list[Block]) -> list[tuple[int, str, str]]:
    """"Agenda Item 7 – Winter Planning ..." set as a heading under the declarations of
    interest, among minutes numbered 23 to 33: a reference to an item of the agenda, not a
    minute of its own (the minutes' numbers go on after it)."""
    numbered = [(k, int(c[1])) for k, c in enumerate(candidates) if re.fullmatch(r"\d{1,4}", c[1])]
    dropped: set[int] = set()
    for pos, (k, n) in enumerate(numbered):
        kept = [m for j, m in numbered[:pos] if j not in dropped]
        # (or "Minute no 404 – Council Tax Reduction Scheme" under Matters Arising, among 412 to 421)
        # (not minutes taken out of order: "Minute 26", then "Minute 25", then "Minute 27")
        swapped = n not in kept and kept and kept[-1] - n <= 3 and (len(kept) < 2 or n > kept[-2])
        if kept and n < kept[-1] and re.match(r"(?i)\W*(?:(?:agenda\s+)?item|minute)\b", blocks[candidates[k][0]].text) \
                and any(m == kept[-1] + 1 for _, m in numbered[pos + 1:]) and not swapped:
            dropped.add(k)
    return [c for k, c in enumerate(candidates) if k not in dropped]


def _appended_to_earlier(items: list[RawItem]) -> list[RawItem]:
    """"Minute 38 – Public Participation: questions and responses" in an appendix after the
    last minute: more of minute 38, not an item of its own."""
    out: list[RawItem] = []
    for item in items:
        earlier = next((e for e in out if item.number and e.number == item.number), None)
        if earlier is not None and out[-1] is not earlier:
            earlier.blocks.extend(item.blocks)
            continue
        out.append(item)
    return out


def _appendices_to_their_items(items: list[RawItem]) -> list[RawItem]:
    """An appendix after the last minute ("Appendix 1" over the public questions and their
    answers) goes to the earlier minute that points to it ("... are attached as appendix 1 to
    the minutes"), so its questions are browsed under that item, not under the last one."""
    if len(items) < 2:
        return items
    cues = load_cues()
    last = items[-1]
    heads = [(k, m.group("label").lower()) for k, b in enumerate(last.blocks)
             if len(b.text) <= 140 and (m := cues.appendix_heading.match(b.text.strip()))]
    if not heads:
        return items
    # Which minutes point to each appendix (the last one too, above its appendices), and which
    # of them say it is an appendix to these minutes
    pointed: dict[str, list[RawItem]] = {}
    to_minutes: dict[str, list[RawItem]] = {}
    attached: dict[str, list[RawItem]] = {}
    for item in items:
        for block in item.blocks[: heads[0][0]] if item is last else item.blocks:
            for m in cues.appendix_reference.finditer(block.text):
                label = m.group("label").lower()
                if item not in pointed.setdefault(label, []):
                    pointed[label].append(item)
                if re.match(r"\s*(?:to|of) (?:these|the) minutes\b", block.text[m.end():]) and item not in to_minutes.setdefault(label, []):
                    to_minutes[label].append(item)
                if re.match(r"(?i)(?:attached|appended)\s+(?:as|at|to)\s+(?:an?\s+)?appendix\b", m.group(0)) \
                        and item not in attached.setdefault(label, []):
                    attached[label].append(item)  # "... attached as Appendix A": the appendix is its own
    # (an appendix ends where a record of attendance after it begins: "Attendance details" /
    # "Present:" stays with the minutes)
    end = next((k for k, b in enumerate(last.blocks) if k > heads[0][0] and attendance_label_alone(b.text)), len(last.blocks))
    heads = [(k, label) for k, label in heads if k < end]
    bounds = [k for k, _ in heads] + [end]
    moved: set[int] = set()
    for n, (k, label) in enumerate(heads):
        # (one appendix that several minutes point to stays where it is, unless one of them says
        # it is an appendix to the minutes)
        # (the last minute's own mention counts only when no other minute points to it: "its
        # work programme, set out in Appendix 1" after "... attached as Appendix 1")
        # (one saying it is "attached as Appendix A" outweighs another's "set out in Appendix A")
        pointing = attached.get(label) if len(attached.get(label, [])) == 1 \
            else [i for i in pointed.get(label, []) if i is not last] or pointed.get(label, [])
        target = to_minutes[label][0] if len(to_minutes.get(label, [])) == 1 \
            else pointing[0] if len(pointing) == 1 else None
        if target is not None and target is not last:
            target.blocks.extend(last.blocks[k:bounds[n + 1]])
            moved.update(range(k, bounds[n + 1]))
    last.blocks = [b for k, b in enumerate(last.blocks) if k not in moved]
    return items


def _route_back(items: list[RawItem]) -> list[RawItem]:
    """A heading that is only an earlier item's number ("45/2025" in a schedule of decisions
    at the end) brings what follows it back to that item."""
    by_number = {item.number: item for item in items if item.number}
    for item in items:
        kept: list[Block] = []
        target: Optional[RawItem] = None
        for block in item.blocks:
            ref = re.fullmatch(r"(?:minute\s+|item\s+)?(\S*\d\S*?)[.:]?", block.text.strip(), re.I) \
                if block.style == "heading" else None
            if ref and ref.group(1) in by_number:
                target = by_number[ref.group(1)] if by_number[ref.group(1)] is not item else None
                continue
            (target.blocks if target is not None else kept).append(block)
        item.blocks = kept
    return items


_LONE_NUMBER = re.compile(
    r"^(?:(?:(?:agenda\s+)?item|minute)(?:\s+(?:no\.?|number))?\s*[:.]?\s*(?P<number>\d{1,4}(?:/\d{2,4})?[a-z]?)"
    # ... or a part of an item: "1(3)" over "Chair's Announcements"
    r"|(?P<part>\d{1,3}\(\d{1,2}\))"
    # ... or a minute number with its committee's prefix and year: "HASC/25/17", "OS.45/25",
    # "O&SC 58/24"
    # ... or with its committee's letters run on: "OS28", "HEA29" (not "Q1", a question's number)
    r"|(?-i:(?P<prefixed>[A-Z]{1,6}[/.]\d{1,4}[/.]\d{1,4}|[A-Z][A-Z&]{0,6} \d{1,4}/\d{2,4}|\d{1,4}/\d{2,4}|(?!Q\d)[A-Z]{1,5}\d{1,4})))[.:]?$", re.I)
# "Minute: 24" / "Subject: Declarations of interest": the title labelled under its number.
_TITLE_LABEL = re.compile(r"^(?:subject|title|item|heading)\s*:\s*(?P<title>\S.{2,200})$", re.I)


_OPEN_END = re.compile(r"(?i)\b(?:of|the|and|for|to|in|on|with|from|a|an|at|by)$|\s[–—-]$")


def _rejoin_wrapped_titles(blocks: list[Block]) -> list[Block]:
    """"8/25 HOME-BASED CARE RECOMMISSIONING: FIRST SIX MONTHS OF THE" over "NEW FRAMEWORK
    [Item 5]": a heading that breaks off mid-phrase goes on in the heading below it."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if last is not None and last.style == "heading" and block.style == "heading" and last.page == block.page \
                and _OPEN_END.search(last.text.strip()) and block.number is None and _heading_parts(last):
            out[-1] = replace(last, text=f"{last.text.strip()} {block.text.strip()}")
            continue
        out.append(block)
    return out


def _row_titles(blocks: list[Block]) -> list[Block]:
    """"41 | DECLARATIONS OF INTEREST": a minute's number and its title in capitals as a row of
    the minutes' own table ("Minute No. | Description/Decision | Action By"), the other cells
    empty, is the minute's heading like any numbered title; not under an agenda's listing
    ("Item | Subject", "No. | Title | Report of")."""
    heading = load_cues().minutes_table_heading
    out: list[Block] = []
    listing = False  # under an agenda's listing of its items
    # (the numbers the minutes head again as titles of their own, outside the table: the table
    # was the agenda's listing, whatever its heading row says)
    # (the same title again: not "1. That the report be noted", a decision's clause)
    titled = {(m.group(1), m.group(2).lower()[:24]) for b in blocks
              if b.style != "table" and (m := re.match(r"\s*(\d{1,4}[a-z]?)[.)]?\s+([A-Z].*)", b.text))}
    for block in blocks:
        cells = [c.strip() for c in block.text.split(" | ")] if block.style == "table" else []
        if len(cells) > 1 and re.fullmatch(r"(?i)(?:agenda )?(?:item|no\.?|number)s?(?: no\.?)?", cells[0]) \
                and all(re.fullmatch(r"(?i)(?:agenda )?(?:item|no\.?|number|subject|title|topic|page|report of|"
                                     r"purpose|lead(?: officer| member)?|time|presented by|wards?(?: affected)?)s?(?: no\.?)?", c)
                        for c in cells if c):
            listing = True
        elif heading.match(cells[0] if cells else "") and len(cells) > 1:
            listing = False  # "Minute No. | Description/Decision | Action By": the minutes' own
        elif not listing and 2 <= len(cells) <= 3 and re.fullmatch(r"\d{1,4}[a-z]?\.?", cells[0]) \
                and _in_capitals(cells[1]) \
                and _plain_heading(cells[1]) and not any(cells[2:]) and (cells[0].rstrip("."), cells[1].lower()[:24]) not in titled:
            block = replace(block, text=f"{cells[0]} {cells[1]}", style=None)
        elif block.style != "table":
            listing = False
        out.append(block)
    return out


def _grid_titles(blocks: list[Block]) -> list[Block]:
    """"Item | Item 4: Carers' Strategy Refresh": a table row labelling an item's title, in a
    small grid above each minute, is that item's heading."""
    label = load_cues().item_label_cell
    out: list[Block] = []
    number: Optional[str] = None  # "Minute No. | 52" in the row above "Title | Carers' Strategy"
    for block in blocks:
        cells = [c.strip() for c in block.text.split(" | ")] if block.style == "table" else []
        labelled = len(cells) == 2 and label.match(cells[0]) and cells[1]
        if labelled and re.fullmatch(r"[A-Z]{0,6}[/.]?\d{1,4}(?:[/.]\d{1,4})?[a-z]?\.?", cells[1]):
            number = cells[1].rstrip(".")
            continue
        if labelled and number is not None:
            block = replace(block, text=cells[1], style="heading", number=number)
        elif labelled and _heading_parts(Block(text=cells[1], page=block.page)):
            block = replace(block, text=cells[1], style="heading")
        number = None
        out.append(block)
    return out


# (not "NOTICE OF KEY DECISIONS": a decision word ending a title is part of it)
_TITLE_THEN_LABEL = re.compile(r"^(?P<title>\S.{5,}?)\s+(?P<label>(?-i:RESOLVED|AGREED))\s*[:–—-]\s*$")


def _label_after_title(blocks: list[Block]) -> list[Block]:
    """"206. CONFIRMATION OF MINUTES (ITEM NO. 6) RESOLVED:": a decision's label set on the
    title's line, over the decision below it."""
    out: list[Block] = []
    for block in blocks:
        m = _TITLE_THEN_LABEL.match(block.text.strip()) if block.style == "heading" else None
        if m and len(m.group("title").split()) >= 2:
            out += [replace(block, text=m.group("title")), replace(block, text=f"{m.group('label')}:", style=None, number=None)]
            continue
        out.append(block)
    return out


def _run_in_titles(blocks: list[Block]) -> list[Block]:
    """"21 MINUTES – Resolved – That ...": the minute's number and title in capitals set
    apart from the sentence they run into."""
    cues = load_cues()
    out: list[Block] = []
    for block in blocks:
        m = cues.item_heading_run_in.match(block.text.strip()) if block.style is None and block.number is None else None
        if m:
            segments = re.split(r"\s+([–—-])\s+", m.group("rest"))
            # segments alternate text and dash: the title is the run of parts in capitals
            # ... and ends before a decision label: "21 MINUTES – RESOLVED – That ..."
            k = 0
            while k < len(segments) and not re.search(r"[a-z]", segments[k]) \
                    and not (k and (is_label_only(segments[k]) or re.fullmatch(r"\W*(NONE|NIL|N/A)\W*", segments[k]))):
                k += 2
            title = " ".join(segments[:k - 1]) if k else ""
            # (not "1. RESOLVED – That ...", "5. RECOMMENDED TO CABINET – That ...": a decision)
            if k < len(segments) and re.match(r"[A-Z]", segments[k]) and len(re.sub(r"[^A-Z]", "", title)) >= 4 \
                    and not is_label_only(title) and not cues.resolution_start.match(title):
                out.append(replace(block, text=title, number=m.group("number")))
                out.append(replace(block, text=" ".join(segments[k:])))
                continue
        out.append(block)
    return out


def _running_on(pairs: list[tuple[int, int]], step: int = 1) -> list[tuple[int, int]]:
    """The (index, number) pairs whose numbers run on one by one, three or more in a run:
    minutes' numbers, not numbers that happen to stand there (``step``: the most a number may
    go on by, where minutes taken in private leave gaps)."""
    runs: list[list[tuple[int, int]]] = []
    for pair in pairs:
        if runs and 0 < pair[1] - runs[-1][-1][1] <= step:
            runs[-1].append(pair)
        else:
            runs.append([pair])
    return [pair for run in runs if len(run) >= 3 for pair in run]


def _numbers_under_titles(blocks: list[Block]) -> list[Block]:
    """"NOTICE OF RECORDING/WEBCAST" over "1" alone over the minute's text: the number set
    beside its title, written below it when the page was turned into text. Taken as minutes'
    numbers only when at least three run on one by one (or with a gap of a minute or two
    taken in private: 38, 39, 40, 42)."""
    cues = load_cues()

    def title_line(block: Block) -> bool:
        text = block.text.strip()
        return block.number is None and block.style in (None, "heading") and (block.style == "heading" or text.isupper()) \
            and _plain_heading(text) and not is_label_only(text) and not cues.resolution_start.match(text) \
            and not cues.motion_verdict.match(text)

    pairs: list[tuple[int, int]] = []
    for k in range(len(blocks) - 1):
        m = re.fullmatch(r"(\d{1,3})\.?", blocks[k + 1].text.strip())
        if m and blocks[k + 1].style is None and title_line(blocks[k]):
            pairs.append((k, int(m.group(1))))
    # (the numbers stand under their titles where that is plain, a title above and the text
    # below: not "38" over "APOLOGIES FOR ABSENCE" over the text, a number over its title)
    lone = [k for k in range(1, len(blocks) - 1) if re.fullmatch(r"\d{1,3}\.?", blocks[k].text.strip()) and blocks[k].style is None]
    under = sum(title_line(blocks[k - 1]) and not title_line(blocks[k + 1]) for k in lone)
    over = sum(title_line(blocks[k + 1]) and not title_line(blocks[k - 1]) for k in lone)
    taken = dict(_running_on(pairs, step=3)) if under > over else {}
    if not taken:
        return blocks
    # "SOUTH WENDALE NHS FOUNDATION TRUST - URGENT" over "AND EMERGENCY CARE WINTER REVIEW"
    # over "41": a title wrapped over two or three lines, all of it over the number
    # (not the last line of a minute that ends in capitals under its own number)
    starts: dict[int, int] = {}
    for k in taken:
        first = k
        while first > 0 and k - first < 2 and first - 1 not in taken and title_line(blocks[first - 1]) \
                and not (first > 1 and re.fullmatch(r"\d{1,3}\.?", blocks[first - 2].text.strip())) \
                and len(" ".join(b.text.strip() for b in blocks[first - 1: k + 1])) < 200:
            first -= 1
        starts[first] = k
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        if k in starts:
            last = starts[k]
            title = " ".join(b.text.strip() for b in blocks[k: last + 1])
            out.append(replace(blocks[k], text=title, style="heading", number=str(taken[last])))
            k = last + 2  # past the number, now the title's
            continue
        out.append(blocks[k])
        k += 1
    return out


_OPENING_NUMBER = re.compile(r"(\d{1,4})\s+(?=[A-Z“\"‘(])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)")


def _titles_over_numbered_paragraphs(blocks: list[Block]) -> list[Block]:
    """"Apologies for Absence" over "10 Apologies for absence were received ...", then "Code of
    Conduct" over "11 There were no declarations ...": printed minutes whose numbers stand in
    the margin beside each minute's first line, under a title of its own. Taken as minutes'
    numbers only when at least three run on one by one."""
    cues = load_cues()
    pairs: list[tuple[int, int]] = []  # (title's index, number)
    for k in range(len(blocks) - 1):
        title, body = blocks[k], blocks[k + 1]
        text = title.text.strip()
        if title.number is not None or title.style not in (None, "heading") or body.style is not None \
                or body.number is not None or not _plain_heading(text) \
                or is_label_only(text) or cues.resolution_start.match(text) or _heading_parts(title):
            continue
        m = _OPENING_NUMBER.match(body.text.strip())
        if not m:
            continue
        after = blocks[k + 2].text.strip() if k + 2 < len(blocks) else ""
        if re.match(rf"{int(m.group(1)) + 1}\b", after):
            continue  # paragraphs numbered on under one title
        pairs.append((k, int(m.group(1))))
    taken = _running_on(pairs)
    if not taken:
        return blocks
    # (numbered titles already round them, "2. HOUSING STRATEGY REVIEW" above and "3. DATE OF
    # NEXT MEETING" below: paragraphs numbered under the sub-headings of a minute are no
    # minutes; numbered lines among them, "1. Circulate the test pass rates" in a minute's
    # actions, are no titles)
    bodies = {k + 1 for k, _ in pairs}
    titled = [k for k, b in enumerate(blocks) if k not in bodies and b.style in (None, "heading")
              and not taken[0][0] < k < taken[-1][0] + 2
              and (parts := _heading_parts(b)) and _plain_heading(parts[1]) and not re.match(r"(?i)(that|to)\s", parts[1])
              and not re.match(r"(?i)\W*(?:minute|item)\b", b.text) and not DATE_PATTERNS[0].match(f"{parts[0]} {parts[1]}")]
    if len(titled) >= 2 and titled[0] < taken[0][0]:
        return blocks
    out = list(blocks)
    for k, number in taken:
        body = out[k + 1]
        out[k] = replace(out[k], style="heading", number=str(number))
        out[k + 1] = replace(body, text=_OPENING_NUMBER.sub("", body.text.strip(), count=1))
    return out


def _minutes_label_follows(blocks: list[Block], start: int) -> bool:
    """A "Minutes:" label within a few lines, before the next number alone on its line: the
    agenda's wording of an item (and its papers) comes between its title and its minute."""
    label = load_cues().minutes_label
    for block in blocks[start:start + 12]:
        text = block.text.strip()
        if label.match(text) and ":" in text:
            return True
        if re.fullmatch(r"\d{1,4}\.?", text):
            return False
    return False


_MINUTE_LINE = re.compile(r"(?i)(?:agenda\s+item|minute|min\.?|item)\s+(?:no\.?\s*)?(\d{1,4}(?:/\d{2,4})?[a-z]?)\.?")


def _minute_lines_under_titles(blocks: list[Block]) -> list[Block]:
    """A heading over a line that is its number alone, "Minute 17" or "Item 4" (a web page
    that sets the number under the title, in small grey type): the heading's number."""
    cues = load_cues()
    out: list[Block] = []
    for block in blocks:
        m = _MINUTE_LINE.fullmatch(block.text.strip()) if block.style is None and block.number is None else None
        # (a title, not "RESOLVED: That ... ." in bold over "Agenda item 4", the next title's number)
        above = out[-1].text.strip() if out else ""
        if m and out and out[-1].style == "heading" and out[-1].number is None and not _MINUTE_LINE.match(above) \
                and not cues.resolution_start.match(above) and not _TERMINAL.search(above) and not is_label_only(above):
            out[-1] = replace(out[-1], number=m.group(1))
            continue
        out.append(block)
    return out


def _number_lone_headings(blocks: list[Block]) -> list[Block]:
    """"Item 7" on a line of its own above an unnumbered heading numbers that heading, as
    "Minute: 24" does a "Subject: ..." line below it."""
    out: list[Block] = []
    for k, block in enumerate(blocks):
        m = _LONE_NUMBER.match(block.text.strip())
        if m and k == 0 and load_cues().agenda_item_stamp.match(block.text.strip()):
            continue  # "Agenda Item 3" stamped above the title: the minutes' place in a later agenda
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if m and m.group("prefixed") and re.fullmatch(r"[A-Z]{1,5}\d{1,4}", m.group("prefixed")) and nxt is not None \
                and (k < 2 or re.search(r"(?i)\b(?:committee|panel|board|commission|cabinet|council)\s*$", nxt.text.strip())):
            m = None  # "POSC1" over "PEOPLE OVERVIEW & SCRUTINY COMMITTEE": a page of the minute book
        if m and nxt is not None and nxt.style == "heading" and nxt.number is None and block.style != "table":
            blocks[k + 1] = replace(nxt, number=m.group("number") or m.group("prefixed") or m.group("part"))
            continue
        bare = re.fullmatch(r"(\d{1,3})\.", block.text.strip()) if block.style is None else None
        # ("38" with no stop over "APOLOGIES FOR ABSENCE": printed minutes saved as text)
        alone = re.fullmatch(r"(\d{1,3})", block.text.strip()) if block.style is None else None
        if (bare or alone) and nxt is not None and nxt.number is None and nxt.text.strip().isupper() and len(nxt.text) < 200 \
                and not nxt.text.rstrip().endswith(".") and not load_cues().resolution_start.match(nxt.text.strip()):
            # "6." on a line of its own over "NHS SOUTH WENDALE INTEGRATED CARE BOARD - ...", text
            # copied from a PDF that sets the number in a column of its own
            blocks[k + 1] = replace(nxt, style="heading", number=(bare or alone).group(1))
            continue
        if bare and nxt is not None and nxt.number is None and nxt.style is None and len(nxt.text) < 250 \
                and _minutes_label_follows(blocks, k + 2):
            # "37." over "Apologies for Absence" over "Minutes:": a ModernGov meeting page
            # copied as text, the number and title in cells of their own
            blocks[k + 1] = replace(nxt, style="heading", number=bare.group(1))
            continue
        paragraph = re.fullmatch(r"\d{1,3}\.\d{1,3}", block.text.strip()) if block.style is None else None
        if paragraph and nxt is not None and nxt.style is None and re.match(r"[A-Z“\"‘']", nxt.text.strip()):
            blocks[k + 1] = replace(nxt, text=f"{paragraph.group()} {nxt.text.strip()}")  # "6.1" over its paragraph
            continue
        labelled = _TITLE_LABEL.match(nxt.text.strip()) if m and nxt is not None and nxt.style is None else None
        if labelled:
            blocks[k + 1] = replace(nxt, text=labelled.group("title"), style="heading", number=m.group("number") or m.group("prefixed") or m.group("part"))
            continue
        out.append(blocks[k])
    return out
