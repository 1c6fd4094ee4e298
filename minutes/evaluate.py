"""Compare a database with hand-written gold annotations (see tests/gold/README.md)."""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Optional

import sqlite_utils


def norm(text: Optional[str]) -> str:
    """Text compared without case, punctuation, soft hyphens or ligatures ("ﬁ" is "fi")."""
    text = unicodedata.normalize("NFKC", text or "").lower().replace("\u00ad", "")
    return " ".join(re.sub(r"[^\w£%]+", " ", text).split())


def load_gold(gold_dir: Path) -> list[dict]:
    entries = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        entries.extend(data if isinstance(data, list) else [data])
    return entries


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.fp += predicted - tp
        self.fn += gold - tp

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _match(gold_rows: list[dict], predicted: list[dict], same) -> list[tuple[dict, dict]]:
    """Greedy one-to-one matching in document order."""
    used: set[int] = set()
    pairs = []
    for g in gold_rows:
        for i, p in enumerate(predicted):
            if i not in used and same(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def _item_same(g: dict, p: dict) -> bool:
    gn, pn = norm(g.get("number")), norm(p["number"])
    if gn and pn:
        return gn == pn
    gt, pt = norm(g.get("title")), norm(p["title"])
    return bool(gt) and (gt in pt or pt in gt)


def _phrase_in(phrase: Optional[str], text: Optional[str]) -> bool:
    return bool(norm(phrase)) and norm(phrase) in norm(text)


def _name_same(gold: str, predicted: str) -> bool:
    titles = {"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "sir", "dame", "professor", "prof"}
    g = set(norm(gold).split()) - titles
    p = set(norm(predicted).split()) - titles
    return bool(g) and (g <= p or p <= g)


_SPEAKER_TITLES = frozenset("councillor councillors cllr cllrs mr mrs ms miss mx dr professor prof".split())


def _speaker_words(name: Optional[str]) -> list[str]:
    name = re.sub(r"(?i)^\s*(?:the|an?)\s+", "", re.sub(r"(?i)\bvice[\s-]+chair", "vicechair", name or ""))
    return [w for w in norm(name).split() if w not in _SPEAKER_TITLES]


def _speaker_same(gold: Optional[str], predicted: Optional[str]) -> bool:
    """Who asked or answered, as printed: both unnamed, or the same person or post, one
    perhaps named more fully than the other ("the Director of Public Health" and "Director of
    Public Health", "the Director" and "the Director of Public Health", "Councillor Okafor" and
    "Councillor Grace Okafor", "Dr R Emery" and "Dr Ruth Emery"); not "Councillor A Patel" and "Councillor R Patel"."""
    if not gold or not predicted:
        return not gold and not predicted
    # "Dr Emery, Director of Public Health" and "Sarah Jones (Director of Public Health)" are
    # "Dr Emery" and "Sarah Jones": the post or body after a name is not another person
    # (not a list of people: "Councillor Ames, Councillor Brown and Councillor Patel")
    heads = [s if re.search(r"(?:,|\band)\s+(?:Councillors?|Cllrs?|Mrs?|Ms|Miss|Dr)\.?\s+[A-Z]", re.sub(r"\([^()]*\)", "", s))
             else re.split(r"\s*[,(]", s, maxsplit=1)[0]
             for s in (gold, predicted)]
    if heads != [gold, predicted] and all(_speaker_words(h) for h in heads) and _speaker_same(*heads):
        return True
    g, p = _speaker_words(gold), _speaker_words(predicted)
    if not g or not p:
        return g == p and norm(gold) == norm(predicted)
    shorter, longer = sorted((g, p), key=len)
    if len(longer) > len(shorter) and longer[len(shorter)] in ("of", "for") and longer[:len(shorter)] == shorter:
        return True  # "the Strategic Director", as printed, and "Strategic Director for Adult Social Care"

    def found(word: str) -> bool:
        return any(w == word or len(word) == 1 and w.startswith(word) or len(w) == 1 and word.startswith(w) for w in longer)

    return all(found(w) for w in shorter) and shorter[-1] == longer[-1]


def _document_rows(db: sqlite_utils.Database, gold: dict) -> list[dict]:
    """The stored document a gold file describes: a file, or the minutes inside a pack."""
    rows = list(db.query("select * from documents where filename = ?", [gold["document"]]))
    parts = [r for r in rows if r.get("part_of")]
    part = gold.get("part")
    if not part:
        return [r for r in rows if not r.get("part_of")]
    # "minutes" is the first set of minutes in the pack, "minutes-2" the second.
    wanted = part if "-" in part else f"{part}-1"
    return [r for r in parts if r["id"].endswith(f"-{wanted}")]


def evaluate(db: sqlite_utils.Database, gold_dir: Path) -> dict:
    scores = {name: Score() for name in ("items", "questions", "resolutions")}
    themes_micro = Score()
    per_theme: dict[str, Score] = {}
    counts = Counter()
    missing = []
    for gold in load_gold(gold_dir):
        rows = _document_rows(db, gold)
        if not rows:
            missing.append(gold["document"] + (f" ({gold['part']})" if gold.get("part") else ""))
            continue
        doc = rows[0]
        counts["documents"] += 1
        counts["doc_type_correct"] += doc["doc_type"] == gold["doc_type"]
        items = list(db.query("select * from items where document_id = ? order by position", [doc["id"]]))
        questions = list(db.query(
            "select questions.*, responses.text as response, responses.given_by from questions "
            "left join responses on responses.question_id = questions.id where questions.document_id = ? "
            "order by questions.id", [doc["id"]]))
        resolutions = list(db.query("select * from resolutions where document_id = ? order by id", [doc["id"]]))
        attendees = list(db.query("select * from attendees where document_id = ?", [doc["id"]]))
        if gold["doc_type"] not in ("minutes", "questions"):
            counts["non_minutes"] += 1
            counts["invented"] += len(questions) + len(resolutions)
            continue
        if gold.get("committee"):
            counts["named"] += 1
            counts["committee_correct"] += norm(doc["committee"]) == norm(gold["committee"])
        if gold.get("meeting_date"):
            counts["dated"] += 1
            counts["date_correct"] += doc["meeting_date"] == gold["meeting_date"]
        gold_items = gold.get("items", [])
        scores["items"].add(len(_match(gold_items, items, _item_same)), len(items), len(gold_items))

        gold_qs = gold.get("questions", [])
        q_pairs = _match(gold_qs, questions, lambda g, p: _phrase_in(g["text"], p["text"]))
        scores["questions"].add(len(q_pairs), len(questions), len(gold_qs))
        for g, p in q_pairs:
            counts["q_matched"] += 1
            counts["kind_correct"] += g.get("kind") == p["kind"]
            answer = g.get("answer")
            paired = (p["response"] is None) if not answer else _phrase_in(answer, p["response"])
            counts["pairing_correct"] += paired
            asker_right = _speaker_same(g.get("asked_by"), p["asked_by"])
            counts["asker_correct"] += asker_right
            if g.get("asked_by"):
                counts["asker_named"] += 1
                counts["asker_named_correct"] += asker_right
            if answer and paired:
                answerer_right = _speaker_same(g.get("given_by"), p["given_by"])
                counts["answered"] += 1
                counts["answerer_correct"] += answerer_right
                if g.get("given_by"):
                    counts["answerer_named"] += 1
                    counts["answerer_named_correct"] += answerer_right
            _score_themes(g, p, themes_micro, per_theme)

        gold_rs = gold.get("resolutions", [])
        r_pairs = _match(gold_rs, resolutions, lambda g, p: _phrase_in(g["text"], p["text"]))
        scores["resolutions"].add(len(r_pairs), len(resolutions), len(gold_rs))
        for g, p in r_pairs:
            counts["r_matched"] += 1
            counts["outcome_correct"] += g.get("outcome") == p["outcome"]
            _score_themes(g, p, themes_micro, per_theme)

        gold_people = gold.get("attendees", [])
        counts["attendees_gold"] += len(gold_people)
        counts["attendees_found"] += len(_match(gold_people, attendees, lambda g, p: _name_same(g["name"], p["name"])))

    def ratio(a: str, b: str) -> Optional[float]:
        return counts[a] / counts[b] if counts[b] else None

    return {
        "documents": counts["documents"],
        "missing": missing,
        "scores": {k: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn} for k, s in scores.items()},
        "pairing_accuracy": ratio("pairing_correct", "q_matched"),
        "kind_accuracy": ratio("kind_correct", "q_matched"),
        "asked_by_accuracy": ratio("asker_correct", "q_matched"),
        "given_by_accuracy": ratio("answerer_correct", "answered"),
        "asked_by_named_accuracy": ratio("asker_named_correct", "asker_named"),
        "given_by_named_accuracy": ratio("answerer_named_correct", "answerer_named"),
        "outcome_accuracy": ratio("outcome_correct", "r_matched"),
        "theme_micro_f1": themes_micro.f1,
        "themes": {slug: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "support": s.tp + s.fn} for slug, s in sorted(per_theme.items())},
        "attendee_recall": ratio("attendees_found", "attendees_gold"),
        "doc_type_accuracy": ratio("doc_type_correct", "documents"),
        "meeting_date_accuracy": ratio("date_correct", "dated"),
        "committee_accuracy": ratio("committee_correct", "named"),
        "non_minutes_documents": counts["non_minutes"],
        "invented_in_non_minutes": counts["invented"],
    }


def _score_themes(gold: dict, predicted: dict, micro: Score, per_theme: dict) -> None:
    g = set(gold.get("themes") or [])
    p = set(json.loads(predicted["themes"] or "[]"))
    micro.add(len(g & p), len(p), len(g))
    for slug in g | p:
        per_theme.setdefault(slug, Score()).add(int(slug in g and slug in p), int(slug in p), int(slug in g))


def format_report(report: dict) -> str:
    def pct(x: Optional[float]) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    lines = [f"Documents compared: {report['documents']}"]
    if report["missing"]:
        lines.append(f"Not in the database ({len(report['missing'])}): " + ", ".join(report["missing"]))
    lines.append("")
    lines.append(f"{'':14}{'precision':>10}{'recall':>10}{'F1':>10}{'tp':>6}{'fp':>6}{'fn':>6}")
    for name, s in report["scores"].items():
        lines.append(f"{name:14}{s['precision']:10.3f}{s['recall']:10.3f}{s['f1']:10.3f}{s['tp']:6}{s['fp']:6}{s['fn']:6}")
    lines.append("")
    lines.append(f"question -> answer pairing accuracy  {pct(report['pairing_accuracy'])}")
    lines.append(f"question kind accuracy               {pct(report['kind_accuracy'])}")
    lines.append(f"who asked (asked_by) accuracy        {pct(report['asked_by_accuracy'])}")
    lines.append(f"who answered (given_by) accuracy     {pct(report['given_by_accuracy'])}")
    lines.append(f"  where the gold names the asker     {pct(report['asked_by_named_accuracy'])}")
    lines.append(f"  where the gold names the answerer  {pct(report['given_by_named_accuracy'])}")
    lines.append(f"resolution outcome accuracy          {pct(report['outcome_accuracy'])}")
    lines.append(f"theme micro-F1                       {pct(report['theme_micro_f1'])}")
    lines.append(f"attendee recall                      {pct(report['attendee_recall'])}")
    lines.append(f"document type accuracy               {pct(report['doc_type_accuracy'])}")
    lines.append(f"meeting date accuracy                {pct(report['meeting_date_accuracy'])}")
    lines.append(f"committee accuracy                   {pct(report['committee_accuracy'])}")
    lines.append(f"rows invented in {report['non_minutes_documents']} non-minutes documents: {report['invented_in_non_minutes']}")
    lines.append("")
    lines.append(f"{'theme':28}{'precision':>10}{'recall':>10}{'F1':>10}{'support':>9}")
    for slug, s in report["themes"].items():
        lines.append(f"{slug:28}{s['precision']:10.3f}{s['recall']:10.3f}{s['f1']:10.3f}{s['support']:9}")
    return "\n".join(lines)
