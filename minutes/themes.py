"""Theme taxonomy: loading it and tagging text with it.

Matching uses NLTK with no downloaded data: a regular-expression tokenizer and the
Snowball stemmer, so "consultation", "consulted" and "consulting" meet at one stem.
Multi-word phrases are matched as runs of stems.
"""
from __future__ import annotations

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


@dataclass
class Theme:
    slug: str
    label: str
    description: str = ""
    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    min_hits: int = 1


@dataclass
class _Matcher:
    slug: str
    stems: set
    acronyms: set
    phrases: list  # list of tuples of stems
    min_hits: int


def _is_acronym(word: str) -> bool:
    core = word[:-1] if word.endswith("s") else word
    return len(core) >= 2 and core.isupper()


@lru_cache(maxsize=65536)
def _stem(token: str) -> str:
    return _stemmer.stem(token.lower())


def _stems(text: str) -> list[str]:
    return [_stem(t) for t in _tokenizer.tokenize(text)]


def load_themes(path: Optional[Union[str, Path]] = None) -> list[Theme]:
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
    themes = []
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
            )
        )
    return themes


class Tagger:
    """Tags passages with themes, keeping the words that triggered each tag."""

    def __init__(self, themes: list[Theme]):
        self.themes = themes
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
            self._matchers.append(_Matcher(theme.slug, stems, acronyms, phrases, theme.min_hits))

    def tag(self, text: str) -> dict[str, list[str]]:
        """Return {slug: [evidence words]} for every theme found in ``text``."""
        if not text:
            return {}
        tokens = _tokenizer.tokenize(text)
        stems = [_stem(t) for t in tokens]
        found: dict[str, list[str]] = {}
        for matcher in self._matchers:
            hits: list[str] = []
            for token, stem in zip(tokens, stems):
                if token in matcher.acronyms or stem in matcher.stems:
                    hits.append(token if token.isupper() else token.lower())
            for run in matcher.phrases:
                n = len(run)
                for i in range(len(stems) - n + 1):
                    if tuple(stems[i : i + n]) == run:
                        hits.append(" ".join(tokens[i : i + n]).lower())
            if len(hits) >= matcher.min_hits:
                # Keep evidence short and readable: distinct words in order of appearance.
                found[matcher.slug] = list(dict.fromkeys(hits))
        return found


def tag_passages(tagger: Tagger, texts: list[str]) -> dict[str, list[str]]:
    """Tag several passages together and merge the evidence."""
    merged: dict[str, list[str]] = {}
    for text in texts:
        for slug, words in tagger.tag(text).items():
            merged.setdefault(slug, [])
            merged[slug].extend(w for w in words if w not in merged[slug])
    return merged



def tag_document(document, tagger: Tagger) -> None:
    """Tag a parsed document in place: the whole text, each item, point and resolution.

    A point is tagged from its own words only: answers range wider than the point raised.
    """
    document.evidence = tagger.tag(document.text)
    document.themes = list(document.evidence)
    for item in document.items:
        item.evidence = tagger.tag(f"{item.title}\n{item.text}")
        item.themes = list(item.evidence)
        for resolution in item.resolutions:
            resolution.evidence = tagger.tag(resolution.text)
            resolution.themes = list(resolution.evidence)
    for question in document.questions + [q for item in document.items for q in item.questions]:
        question.evidence = tagger.tag(question.text)
        question.themes = list(question.evidence)
