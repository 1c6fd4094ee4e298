"""Decisions: where a resolution starts and ends, and what its outcome was."""
from __future__ import annotations

import re
from typing import Optional

from ..model import Block
from .cues import load_cues
from .sentences import marker_kind, split_marker


def outcome_of(text: str) -> str:
    cues = load_cues()
    # "NOTED – The Better Care Fund return, as agreed with NHS England": the label says what
    # was decided, unless another label in capitals follows it ("(b) REQUESTED ...").
    if re.match(r"\W*NOTED\b", text) and not re.search(r"\b(?:AGREED|RESOLVED|RECOMMENDED|REQUESTED|ENDORSED|APPROVED|SUPPORTED|DEFERRED)\b", text):
        return "noted"
    # ("Noted: The next meeting will be held on ...": so too "Noted:" as the label, unless the
    # words go on to decide more)
    if re.match(r"\W*noted\s*[:–—]", text, re.I) and not re.search(
            r"(?i)\b(?:agree|approv|recommend|resolv|request|endors|defer|reject|ask(?:s|ed)? (?:that|for|the)\b)", text):
        return "noted"
    # "Recommendations: Recommendation 1: That the update be noted": a committee's own list
    # headed "Recommendations", noting; recommending to no one.
    listed = re.match(r"\W*recommendations?\s*:\s*(?:recommendation\s+\d{1,2}\s*:\s*)?(?=\S)", text, re.I)
    if listed and outcome_of(text[listed.end():]) == "noted":
        return "noted"
    if listed and not re.search(r"(?i)\brecommend", text[listed.end():]) and cues.committee_own_clauses.match(text[listed.end():]):
        # ("Recommendations:" / "The Select Committee:" / "AH 25/14 Notes ...; and AH 25/15
        # Requests that ...": what the committee itself decided)
        return outcome_of(text[listed.end():])
    # The label says a decision was taken, not what it was: "AGREED: that the report be noted",
    # "The Committee agreed: to note the plan".
    decision = re.sub(r"^\W*(?:(RESOLVED|AGREED|DECIDED|DECISION)\b\s*[:–—-]?|(?i:resolved|agreed|decided|decision|outcome)\s*(?:[:–—-]|\n)"
                      # "Proposed by Councillor A, seconded by Councillor B and AGREED to note the report."
                      r"|(?i:(?:proposed|moved) by\b[^.]{0,160}?\band (?:unanimously )?(?:resolved|agreed|decided)\b\s*[:–—-]?)"
                      r"|(?i:(?:it was|the (?:joint )?(?:committee|panel|board|sub[- ]committee|commission|meeting|members|(?-i:[A-Z]{0,4}(?:SC|SP|OSB|HWBB?|SMC)))) "
                      r"(?:unanimously |therefore |then |also |further )?(?:resolved|agreed|decided)\s*:)"
                      # "The Panel agreed to note the annual report."
                      r"|(?i:(?:it was|members|the (?:joint )?(?:committee|panel|board|sub[- ]committee|commission)) "
                      r"(?:unanimously |therefore |then |also |further )?(?:resolved|agreed|decided) to (?=note\b)))",
                      "", text.strip())
    # "RESOLVED: (on a motion by Councillor A, seconded by Councillor B, and carried nem con)
    # to receive the report": how the motion passed, not what it decided
    decision = re.sub(r"^\s*\((?i:on (?:a|the) motion (?:by|of)|moved by|proposed by)\b[^()]{0,200}\)\s*", "", decision)
    if cues.outcome_next_meeting_noted.match(decision):
        return "noted"  # noting when the next meeting falls is all that was decided
    outcomes = dict(cues.outcome)
    for name, pattern in cues.outcome:
        m = pattern.search(decision)
        if m:
            # "recommends to the ICB Board that a decision be deferred": another body is asked
            # to defer; the committee recommended.
            # ("That the Cabinet be recommended to:" over "Defer a decision ...": a line ending
            # in a colon leads into the clauses below it)
            clause = re.split(r"[.;]\s|\(\w{1,4}\)|(?<!:)\n", decision[:m.start()])[-1]
            if name == "deferred" and "recommended" in outcomes and outcomes["recommended"].search(clause):
                return "recommended"
            return name
    for name, pattern in cues.outcome_otherwise:
        if pattern.search(text):
            return name
    return "other"



# A label that starts a decision of its own ("RESOLVED", "AGREED"), as opposed to a clause
# that merely reads like one ("To note the report").
# ("Concluded:" over a decision, not "Concluded: 7.42 pm", when the meeting ended)
_NEW_DECISION = re.compile(
    r"\W*(RESOLVED|AGREED|RECOMMENDED|DECISION|DECIDED|CONCLUDED(?=\s*[:–—-](?!\s*\d{1,2}(?:[.:]\d{2}|\s*[ap]\.?m\b))))\b", re.I)
# ... among a decision's clauses, a label in capitals or with its colon.
_CLAUSE_LABEL = re.compile(r"\W*(?:(?-i:RESOLVED|AGREED|RECOMMENDED|DECISION|DECIDED)\b|(?:resolved|agreed|recommended|decision|decided)\s*[:–—])", re.I)
_COMMITTEE_LEADIN = re.compile(r"\bthat\s+(?:the\s+)?[\w ,&’'-]{0,80}?\b(?:committee|panel|board|commission|sub-committee|council|cabinet)\s*:\s*-?$", re.I)


def opens_decision(text: str) -> bool:
    """Whether a paragraph opens with a decision label of its own: "RESOLVED", "AGREED"."""
    return bool(_NEW_DECISION.match(text))


# A decision label alone ("RESOLVED", "RESOLVED 2025/041", "Decisions:"), and one naming the
# body it recommends to ("RECOMMENDED to Cabinet"): the decision itself follows.
_LABEL_ONLY = re.compile(r"\W*(RESOLVED|AGREED|NOTED|RECOMMENDED|RECOMMENDATIONS?|DECISIONS?|DECIDED|CONCLUDED)(\s+\(?\d{1,4}[/.]\d{1,4}\)?)?\W*", re.I)
_LABEL_TO = re.compile(r"(RESOLVED|RECOMMENDED|AGREED|(?i:recommendations?)(?= to\b))\b( to (the )?[A-Z][\w ]{0,40})?\W*")
# "Resolved: 1. That ...": the label runs straight into its first numbered clause.
_LABEL_INLINE = re.compile(
    r"\W*(?:RESOLVED|AGREED|RECOMMENDED|DECIDED|DECISION)\b\s*(?:[:–—-]+\s*)?(?:that\s*)?(?P<marker>\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s",
    re.I,
)


def is_label_only(text: str) -> bool:
    """A decision label with nothing after it: "RESOLVED: -", "Decisions" (not "7.
    Recommendations to Cabinet")."""
    return bool(_LABEL_ONLY.fullmatch(text.strip()))


def resolution_span(blocks: list[Block], i: int) -> int:
    """Index after the resolution starting at ``i``, taking in its numbered clauses."""
    text = split_marker(blocks[i].text)[1].strip()
    j = i + 1
    label_only = _LABEL_ONLY.fullmatch(text)
    # "RESOLVED – That" with its clauses below: the label and lead-in alone decide nothing.
    expects_more = text.endswith((":", "-", "–")) or bool(label_only) or bool(re.search(r"\bthat$", text, re.I)) \
        or bool(_LABEL_TO.fullmatch(text)) \
        or (blocks[i].style == "heading" and len(text) < 60) \
        or (len(text) < 80 and not re.search(r"[.;]$", text) and j < len(blocks)
            and split_marker(blocks[j].text)[0] is not None)  # "RESOLVED: That the Panel" over "(a) ..."
    # "RESOLVED: That the Committee:" over "NOTED ...; and" / "RECOMMENDED to Cabinet ...":
    # each clause finishes the one sentence, whatever label in capitals it opens with
    to_committee = _COMMITTEE_LEADIN.search(text) is not None
    inline = _LABEL_INLINE.match(text)
    if inline and j < len(blocks):
        # "Resolved: 1. That ..." with "2. That ..." below: the clauses go on.
        kind = marker_kind(inline.group("marker"))
        while j < len(blocks) and marker_kind(split_marker(blocks[j].text)[0]) == kind \
                and not _NEW_DECISION.match(split_marker(blocks[j].text)[1]):
            j += 1
        return j
    if j < len(blocks) and label_only and (_NEW_DECISION.match(split_marker(blocks[j].text)[1])
                                           or _LABEL_TO.fullmatch(blocks[j].text.strip())):
        # "Decision" heading over "RESOLVED that Cabinet: (a) ...", or over "Recommendation to
        # Cabinet" / "That Cabinet:" / "1. approves ..."
        return resolution_span(blocks, j)
    if j < len(blocks) and expects_more:
        first_marker, _ = split_marker(blocks[j].text)
        if first_marker is None and blocks[j].style != "list" and j + 1 < len(blocks) \
                and (re.search(r"[:–-]\s*-?$", blocks[j].text)
                     or (len(blocks[j].text) < 80 and load_cues().decision_leadin_end.search(blocks[j].text)
                         and marker_kind(split_marker(blocks[j + 1].text)[0]) in ("letter", "number", "roman"))) \
                and not _NEW_DECISION.match(blocks[j].text):
            # "RESOLVED:" / "That the Committee:" / "(a) notes ...": a lead-in to the clauses
            # ("RESOLVED" / "that the Panel" / "(a) notes ...": with no colon too).
            j += 1
            first_marker, _ = split_marker(blocks[j].text)
            # "Resolved:" / "The Committee:" / "Noted ...", "Agreed ...": the clauses finish
            # the lead-in's sentence, whatever verb each opens with
            to_committee = to_committee or bool(re.fullmatch(
                r"\W*(?:that\s+)?(?:the\s+)?[\w ,&’'-]{0,60}?\b(?:committee|panel|board|commission|sub-committee)\s*:\s*-?", blocks[j - 1].text, re.I))
        kind = marker_kind(first_marker)
        if kind is None and blocks[j].style == "list":
            # Clauses set as a list without printed numbers (an HTML <ol>).
            while j < len(blocks) and blocks[j].style == "list" and not (
                    re.match(r"\W*RESOLVED\b", blocks[j].text, re.I) if to_committee else _NEW_DECISION.match(blocks[j].text)):
                j += 1
            return j
        if kind is None:
            # "Recommendations:" then "Recommendation 1: ...", "Recommendation 2: ..." (or each
            # clause under the committee's own reference: "AH 25/08 Supports ...", "AH 25/09 ...")
            while j < len(blocks) and (re.match(r"\W*(recommendation|resolution|decision)\s+\d+\b", blocks[j].text, re.I)
                                       or re.match(r"\W*(?-i:[A-Z]{1,5})\s?\d{1,3}/\d{2,4}\s+(?-i:[A-Z])", blocks[j].text)):
                j += 1
            return max(j, i + 2)  # "RESOLVED –" on its own line, the decision below it
        # "The Committee:" over "(a) NOTED ...; (b) AGREED ...": under a lead-in with no label
        # of its own, each clause opens with its verb in capitals.
        lead_in = not _NEW_DECISION.match(text) or to_committee
        nested: Optional[str] = None  # "(2) To recommend to Cabinet that ...:" over "(a) ...", "(b) ..."
        while j < len(blocks):
            marker, clause = split_marker(blocks[j].text)
            # A clause may read like a decision ("To note the report"); only a new label
            # ("RESOLVED") starts another.
            # ("(2) recommended to the Cabinet Member that ...": a clause in lower case goes on)
            new_label = _CLAUSE_LABEL.match(clause) and (not lead_in or re.match(r"\W*RESOLVED", clause, re.I))
            if marker is not None and not new_label and marker_kind(marker) != kind \
                    and (nested == marker_kind(marker) or nested is None and blocks[j - 1].text.rstrip().endswith(":")):
                nested = marker_kind(marker)
                j += 1
                continue
            if marker is None or marker_kind(marker) != kind or new_label:
                break
            nested = None
            j += 1
    return j
