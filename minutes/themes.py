"""Theme taxonomy: loading it and tagging text with it.

Matching uses NLTK with no downloaded data: a regular-expression tokenizer and the
Snowball stemmer, so "consultation", "consulted" and "consulting" meet at one stem.
Multi-word phrases are matched as runs of stems.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional, Union

import yaml
from nltk.stem.snowball import SnowballStemmer
from nltk.tokenize import RegexpTokenizer

DEFAULT_THEMES = "themes.yml"

# Words keep inner hyphens and apostrophes ("co-production", "children's").
_tokenizer = RegexpTokenizer(r"\w+(?:[-'’]\w+)*")
_stemmer = SnowballStemmer("english")


class ThemeFileError(ValueError):
    pass


class Themes(list):
    """The themes of a theme file, plus its ``ignore_names``: the words that end the name of
    a body ("Board") and start the title of an office ("Cabinet Member"). Theme words inside
    such names ("the Health and Wellbeing Board", "the Cabinet Member for Adult Social Care")
    say who is meant, not what a passage is about."""

    def __init__(self, themes=(), bodies: Optional[list[str]] = None, offices: Optional[list[str]] = None):
        super().__init__(themes)
        self.bodies = list(bodies or [])
        self.offices = list(offices or [])


@dataclass
class Theme:
    slug: str
    label: str
    description: str = ""
    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    min_hits: int = 1
    exceptions: list[str] = field(default_factory=list)
    # Points under an item whose title carries this theme carry it too.
    from_item_title: bool = False


@dataclass
class _Matcher:
    slug: str
    stems: set
    acronyms: set
    phrases: list  # list of tuples of stems
    min_hits: int
    exceptions: list  # tuples of lower-case words: look like a match but mean something else


def _is_acronym(word: str) -> bool:
    core = word[:-1] if word.endswith("s") else word
    return len(core) >= 2 and core.isupper()


@lru_cache(maxsize=65536)
def _stem(token: str) -> str:
    return _stemmer.stem(token.lower())


def _plain(token: str) -> str:
    """A token as written, lower-cased, without a possessive ending."""
    return re.sub(r"['’]s?$", "", token.lower())


def _stems(text: str) -> list[str]:
    return [_stem(t) for t in _tokenizer.tokenize(text)]


def load_themes(path: Optional[Union[str, Path]] = None) -> Themes:
    """Read a theme file (YAML mapping of slug -> label, description, words, phrases)."""
    if path is None:
        raw = resources.files("minutes").joinpath(DEFAULT_THEMES).read_text("utf-8")
        where = "the default theme file"
    else:
        try:
            raw = Path(path).read_text("utf-8")
        except OSError as e:
            raise ThemeFileError(f"{path}: cannot read theme file ({e.strerror})") from e
        where = str(path)
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        raise ThemeFileError(f"{where}: not valid YAML ({e})") from e
    if not isinstance(data, dict) or not data:
        raise ThemeFileError(f"{where}: expected a mapping of theme slugs to their words")
    names = data.pop("ignore_names", None) or {}
    if not isinstance(names, dict):
        raise ThemeFileError(f"{where}: ignore_names must be a mapping with bodies and offices")
    themes = Themes(bodies=[str(w) for w in names.get("bodies") or []],
                    offices=[str(w) for w in names.get("offices") or []])
    for slug, spec in data.items():
        if not isinstance(spec, dict):
            raise ThemeFileError(f"{where}: theme {slug!r} must be a mapping with label and words")
        words = [str(w) for w in spec.get("words") or []]
        phrases = [str(p) for p in spec.get("phrases") or []]
        if not words and not phrases:
            raise ThemeFileError(f"{where}: theme {slug!r} has no words or phrases to match")
        themes.append(
            Theme(
                slug=str(slug),
                label=str(spec.get("label") or slug),
                description=" ".join(str(spec.get("description") or "").split()),
                words=words,
                phrases=phrases,
                min_hits=int(spec.get("min_hits", 1)),
                exceptions=[str(w) for w in spec.get("except") or []],
                from_item_title=bool(spec.get("from_item_title", False)),
            )
        )
    return themes


class Tagger:
    """Tags passages with themes, keeping the words that triggered each tag."""

    def __init__(self, themes: list[Theme]):
        self.themes = themes
        self._names = _name_pattern(getattr(themes, "bodies", []), getattr(themes, "offices", []))
        self._matchers = []
        for theme in themes:
            stems, acronyms, phrases = set(), set(), []
            for word in theme.words:
                if _is_acronym(word):
                    acronyms.add(word)
                    acronyms.add(word[:-1] if word.endswith("s") else word + "s")
                else:
                    stems.update(_stems(word))
            for phrase in theme.phrases:
                run = tuple(_stems(phrase))
                if len(run) == 1:
                    stems.add(run[0])
                elif run:
                    phrases.append(run)
            exceptions = [tuple(_plain(t) for t in _tokenizer.tokenize(e)) for e in theme.exceptions]
            self._matchers.append(_Matcher(theme.slug, stems, acronyms, phrases, theme.min_hits, exceptions))

    def tag(self, text: str) -> dict[str, list[str]]:
        """Return {slug: [evidence words]} for every theme found in ``text``."""
        if not text:
            return {}
        spans = list(_tokenizer.span_tokenize(text))
        if self._names is not None:
            names = [m.span() for m in self._names.finditer(text)]
            if names:
                # (names do not overlap: each token is checked against the last name starting
                # at or before it)
                starts = [x for x, _ in names]
                spans = [(a, b) for a, b in spans
                         if not ((k := bisect.bisect_right(starts, a) - 1) >= 0 and b <= names[k][1])]
        tokens = [text[a:b] for a, b in spans]
        stems = [_stem(t) for t in tokens]
        plain = [_plain(t) for t in tokens]
        found: dict[str, list[str]] = {}
        plain_at, stems_at, tokens_at = _positions(plain), _positions(stems), _positions(tokens)
        for matcher in self._matchers:
            # A match lying wholly inside an exception ("in consultation with") does not count;
            # a longer phrase around an excepted word ("integrated care") still does.
            exceptions = _runs(plain, matcher.exceptions, plain_at)

            def excepted(i: int, n: int) -> bool:
                return any(a <= i and i + n <= a + m for a, m in exceptions)

            # (the theme's words looked up where they occur, not every word tried against every theme)
            at = {i for word in matcher.acronyms & tokens_at.keys() for i in tokens_at[word]}
            at.update(i for stem in matcher.stems & stems_at.keys() for i in stems_at[stem])
            hits: list[str] = []
            for i in sorted(at):
                if not excepted(i, 1):
                    token = tokens[i]
                    hits.append(token if token.isupper() else token.lower())
            for i, n in _runs(stems, matcher.phrases, stems_at):
                if not excepted(i, n):
                    hits.append(" ".join(tokens[i : i + n]).lower())
            if len(hits) >= matcher.min_hits:
                # Keep evidence short and readable: distinct words in order of appearance.
                found[matcher.slug] = list(dict.fromkeys(hits))
        return found


_NAME_WORD = r"[A-Z][\w'’&-]*"
# (link words in any case: "CABINET MEMBER FOR HEALTH AND WELLBEING" in a title set in capitals)
_LINK = r"(?:\s+(?i:and|of|for|the|&|in|on|with))*"


def _name_pattern(bodies: list[str], offices: list[str]) -> Optional[re.Pattern]:
    """Names of bodies ("Health and Wellbeing Board", "the Commission") and offices ("Cabinet
    Member for Adult Social Care and Public Health", "Head of Commissioning")."""
    parts = []
    if bodies:
        body = "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in bodies)
        # (with a possessive: "the Police and Crime Commissioner’s proposal")
        parts.append(rf"\b(?:{_NAME_WORD}{_LINK}\s+){{1,8}}(?i:{body})\b(?:['’]s\b)?")
        # The short name: "the Commission heard", as the minutes of a Scrutiny Commission say.
        short = "|".join(sorted({re.escape(b.split()[-1]) for b in bodies}))
        parts.append(rf"\b(?<=the\s)(?:{short})\b(?:['’]s\b)?")
    if offices:
        office = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in offices)
        parts.append(rf"\b(?i:{office})\s+(?i:for|of)\s+(?i:the\s+)?{_NAME_WORD}(?:,?{_LINK}\s+{_NAME_WORD})*")
    return re.compile("|".join(parts)) if parts else None


def _positions(sequence: list[str]) -> dict[str, list[int]]:
    """Where each token occurs, so a phrase is only tried where its first word is."""
    where: dict[str, list[int]] = {}
    for i, token in enumerate(sequence):
        where.setdefault(token, []).append(i)
    return where


def _runs(sequence: list[str], runs: list[tuple], where: dict[str, list[int]]) -> list[tuple[int, int]]:
    """(start, length) of every occurrence of each run in the sequence (``where``: its
    ``_positions``)."""
    found = []
    for run in runs:
        n = len(run)
        if n:
            found.extend((i, n) for i in where.get(run[0], ()) if tuple(sequence[i : i + n]) == run)
    return found


def tag_point(tagger: Tagger, text: str, item_title: Optional[str] = None) -> dict[str, list[str]]:
    """Tag a question or resolution: its own words, plus the themes its item's title passes on."""
    evidence = tagger.tag(text)
    if item_title:
        inherited = {theme.slug for theme in tagger.themes if theme.from_item_title}
        for slug, words in tagger.tag(item_title).items():
            if slug in inherited:
                evidence.setdefault(slug, [f"{word} (item title)" for word in words])
    return evidence


def tag_document(document, tagger: Tagger) -> None:
    """Tag a parsed document in place: the whole text, each item, point and resolution.

    A point is tagged from its own words, not its answer (answers range wider than the
    point raised), plus the themes its item's title passes on (a question under "Access to
    GP services" is about primary care even when it only says "appointments").
    """
    for part in document.parts:
        tag_document(part, tagger)
    document.evidence = tagger.tag(document.text)
    document.themes = list(document.evidence)
    for question in document.questions:
        question.evidence = tag_point(tagger, question.text)
        question.themes = list(question.evidence)
    for item in document.items:
        item.evidence = tagger.tag(f"{item.title}\n{item.text}")
        item.themes = list(item.evidence)
        for row in item.resolutions + item.questions:
            row.evidence = tag_point(tagger, row.text, item.title)
            row.themes = list(row.evidence)
