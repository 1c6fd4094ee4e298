"""Sentence splitting and list markers, with NLTK's Punkt and no downloaded data."""
from __future__ import annotations

import re
from typing import Optional

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from ..markers import MARKER

_params = PunktParameters()
_params.abbrev_types = {
    "cllr", "cllrs", "mr", "mrs", "ms", "dr", "st", "no", "nos", "prof", "rev", "revd", "cl",
    "para", "paras", "approx", "etc", "e.g", "i.e", "vs", "inc", "ltd", "co", "dept", "min",
    "max", "fig", "ref", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "s", "cf", "al", "a", "b", "c", "d", "e", "f", "g", "h", "i", "ii", "iii",
}
_punkt = PunktSentenceTokenizer(_params)

def split_marker(text: str) -> tuple[Optional[str], str]:
    """("(a)", "rest of the text") or (None, text)."""
    m = MARKER.match(text)
    if not m:
        return None, text
    return m.group("marker"), text[m.end():]


def marker_kind(marker: Optional[str]) -> Optional[str]:
    """bullet | number | letter | roman | paragraph, for telling list levels apart."""
    if marker is None:
        return None
    core = marker.strip("().")
    core = core.rstrip(")")
    if re.fullmatch(r"\d+\.\d+(\.\d+)?", core):
        return "paragraph"  # "5.1": a numbered paragraph, not an entry in a list
    if core.isdigit():
        return "number"
    if re.fullmatch(r"[ivxlc]+", core) and core not in ("c", "l", "v", "x") or core == "i":
        return "roman"
    if len(core) == 1 and core.isalpha():
        return "letter"
    return "bullet"


def sentences(text: str) -> list[str]:
    out = []
    pieces: list[str] = []
    for piece in _punkt.tokenize(text):
        if pieces and re.match(r"[a-z]", piece) and pieces[-1].endswith("."):
            pieces[-1] += " " + piece  # "at 8.00 a.m. and asked ...": no sentence starts in lower case
        else:
            pieces.append(piece)
    for sentence in pieces:
        # Semicolons often separate a question from its answer within one sentence.
        out.extend(part for part in re.split(r"(?<=;)\s+(?=\S)", sentence) if part.strip())
    # “... site separately?” – The Director replied: a dash after a quoted question joins the
    # answer to it; the answer's sentence starts after the dash.
    return out[:1] + [re.sub(r"^[–—]\s+(?=[A-Z])", "", part) for part in out[1:]]
