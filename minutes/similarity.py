"""How much of one text repeats another: runs of words, as copies of one text share them."""
from __future__ import annotations

import re


def word_runs(text: str, size: int = 5) -> set[int]:
    """Every run of ``size`` words in a text, hashed: copies of one text share nearly all of
    them, texts written from the same template few."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {hash(tuple(words[i:i + size])) for i in range(len(words) - size + 1)}
