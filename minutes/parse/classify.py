"""Document type: minutes, a written questions record, agenda, report, news or other."""
from __future__ import annotations

import itertools
import re

from ..model import Block
from .cues import load_cues

# Reports run long; the type shows on the first pages.
HEAD_BLOCKS = 120


def classify(blocks: list[Block], metadata: dict, filename: str = "") -> tuple[str, dict[str, int]]:
    """Return (doc_type, scores) from the cue weights in ``cues.yml``."""
    if metadata.get("doc_type"):
        return metadata["doc_type"], {}
    cues = load_cues()
    head = "\n".join(b.text for b in blocks[:HEAD_BLOCKS])
    scores = {}
    for kind, weighted in cues.doc_type_weights.items():
        score = 0
        for pattern, weight in weighted:
            # (three hits count as many as more: stop looking after the third)
            hits = sum(1 for _ in itertools.islice(pattern.finditer(head), 3))
            score += weight * hits
        scores[kind] = score
    name = re.sub(r"[_\-.]+", " ", filename)
    for kind, weighted in cues.doc_type_filename.items():
        scores[kind] = scores.get(kind, 0) + sum(w for p, w in weighted if p.search(name))
    if scores.get("questions", 0) >= 8 and scores["questions"] >= scores.get("minutes", 0):
        return "questions", scores
    # A paper of another kind (a decision notice, a forward plan) names what it is; minutes
    # outscore it.
    if scores.get("minutes", 0) >= cues.minutes_threshold and scores["minutes"] >= max(
        scores.get("agenda", 0), scores.get("report", 0) * 0.6
    ) and scores["minutes"] > scores.get("other", 0):
        return "minutes", scores
    if not blocks:
        return "other", scores
    ranked = sorted(((s, k) for k, s in scores.items() if k not in ("minutes", "questions")), reverse=True)
    best_score, best = ranked[0]
    if best_score < 2:
        return "other", scores
    # News has no committee furniture; only call it news when nothing council-like scored.
    if best == "news" and max(scores.get("agenda", 0), scores.get("report", 0)) >= best_score:
        best = "report" if scores.get("report", 0) >= scores.get("agenda", 0) else "agenda"
    return best, scores
