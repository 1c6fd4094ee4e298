"""Inside one agenda item: the points raised, the answers given, and what was resolved."""
from __future__ import annotations

import re
from typing import Optional

from ..model import Block, Question, Resolution, Response
from .cues import load_cues
from .sentences import marker_kind, sentences, split_marker

_PERSON = re.compile(
    r"\b(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Prof\.?|Sir|Dame|Lord|Lady)\s+(?:[A-Z]\.?\s+){0,3}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
)
_PRONOUN = re.compile(r"^(he|she|they)\b", re.I)
_NOBODY = re.compile(r"^(it|there|members?|a member|one member|councillors?|a councillor|the committee|the panel|members of the (public|committee|panel)|this|that|in response\b.*)$", re.I)


def outcome_of(text: str) -> str:
    cues = load_cues()
    # The label says a decision was taken, not what it was: "AGREED: that the report be noted".
    decision = re.sub(r"^\W*(RESOLVED|AGREED|DECIDED|DECISION)\b\s*[:–—-]?", "", text.strip())
    for name, pattern in cues.outcome:
        if pattern.search(decision):
            return name
    for name, pattern in cues.outcome_otherwise:
        if pattern.search(text):
            return name
    return "other"


def _speaker(clause: str, context: str = "") -> Optional[str]:
    """Who spoke, from the words before the speech verb: "the Director of Public Health"."""
    cues = load_cues()
    clause = re.sub(r"^\s*(in (response|reply|answer)( to [^,]*)?|responding( to [^,]*)?|further|also|however|additionally)\s*,?\s*", "", clause, flags=re.I)
    m = cues.speech_verbs.search(clause)
    if not m:
        return None
    subject = clause[: m.start()].strip(" ,")
    subject = re.sub(r"\s+(had|has|have|also|further|then|was|were|would|could|subsequently)$", "", subject).strip(" ,")
    if not subject or _NOBODY.match(subject) or len(subject.split()) > 12:
        return None
    if _PRONOUN.match(subject):
        people = _PERSON.findall(context)
        return people[0] if people else None
    person = _PERSON.search(subject)
    if person:
        return person.group(0).strip()
    if re.match(r"^(the|an?)\s+[A-Z]", subject) or re.match(r"^[A-Z][a-z]+ [A-Z]", subject) or subject.lower().startswith("officer"):
        return re.sub(r"^(The|An?)\b", lambda x: x.group(0).lower(), subject)
    return None


def _kind(text: str) -> str:
    cues = load_cues()
    best = None
    for kind, pattern in cues.raised.items():
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind)
    if "?" in text and (best is None or best[1] == "comment"):
        return "question"
    return best[1] if best else cues.kind_fallback


def raises_point(sentence: str) -> bool:
    """Whether a sentence says a point was raised: asked, queried, concerns expressed ..."""
    cues = load_cues()
    if cues.not_a_point.search(sentence):
        return False
    return any(cues.raised[k].search(sentence) for k in ("question", "concern", "request")) or bool(
        cues.comment_outside_lists.search(sentence))


def point_from_text(text: str, page: Optional[int], context: str = "") -> Question:
    """One bullet: the point raised, split from its answer at the first answering sentence."""
    cues = load_cues()
    m = cues.response_to_question.match(text)
    if m:
        # The answer starts after the comma that is followed by someone saying something.
        cut = m.start("answer")
        for comma in re.finditer(r",\s*", text[: m.end()]):
            if comma.start() >= m.start("question") and cues.speech_verbs.search(text[comma.end() : comma.end() + 50]):
                cut = comma.end()
                break
        question = text[m.start("question") : cut].strip(" ,")
        answer = text[cut:].strip()
        # "In answer to a question, the Director stated that ...": the question is known
        # only by its answer, so the row keeps the whole sentence.
        generic = len(question.split()) <= 2
        return Question(
            text=text.strip() if generic else text[:cut].strip(" ,"),
            kind=_kind("asked " + question) if not re.match(r"(an? |the )?concern", question, re.I) else "concern",
            page=page,
            response=Response(answer, _speaker(answer, context), page),
        )
    parts = sentences(text)
    for k, sentence in enumerate(parts):
        if k > 0 and cues.response.search(sentence):
            asked = " ".join(parts[:k])
            answer = " ".join(parts[k:])
            return Question(asked, _kind(asked), _asker(asked, context), page, Response(answer, _speaker(answer, context), page))
    return _point_with_answer(text, page, context)


def _answered_within(sentence: str) -> bool:
    """"Concerns were raised about X, and Members were advised that Y": a point of its own
    with its answer, not an answer to the point before."""
    cues = load_cues()
    m = cues.answer_in_point.search(sentence)
    if m and raises_point(sentence[: m.start()]):
        return True
    # "A Member sought clarification ..., and ... had responded": the point is raised first.
    answer = cues.response.search(sentence)
    raised = [r.start() for r in (cues.raised[k].search(sentence) for k in ("question", "concern", "request")) if r]
    return bool(answer and raised) and min(raised) < answer.start() and raises_point(sentence[: answer.start()])


def _point_with_answer(sentence: str, page: Optional[int], context: str) -> Question:
    """A point, split from an answer given in the same sentence ("..., and it was confirmed
    that ...")."""
    m = load_cues().answer_in_point.search(sentence)
    if m and raises_point(sentence[: m.start()]):
        asked, answer = sentence[: m.start()].strip(" ,;"), m.group("answer").strip()
        return Question(asked, _kind(asked), _asker(asked, context), page, Response(answer, _speaker(answer, context), page))
    return Question(sentence, _kind(sentence), _asker(sentence, context), page)


def _asker(text: str, context: str) -> Optional[str]:
    cues = load_cues()
    for kind in ("question", "concern", "request"):
        m = cues.raised[kind].search(text)
        if m:
            return _speaker(text[: m.end()], context + " " + text)
    return None


# A label that starts a decision of its own ("RESOLVED", "AGREED"), as opposed to a clause
# that merely reads like one ("To note the report").
_NEW_DECISION = re.compile(r"\W*(RESOLVED|AGREED|RECOMMENDED|DECISION|DECIDED)\b", re.I)
# A decision label alone ("RESOLVED", "RESOLVED 2025/041", "Decisions:"), and one naming the
# body it recommends to ("RECOMMENDED to Cabinet"): the decision itself follows.
_LABEL_ONLY = re.compile(r"\W*(RESOLVED|AGREED|NOTED|RECOMMENDED|RECOMMENDATIONS?|DECISIONS?|DECIDED)(\s+\(?\d{1,4}[/.]\d{1,4}\)?)?\W*", re.I)
_LABEL_TO = re.compile(r"(RESOLVED|RECOMMENDED|AGREED)\b( to (the )?[A-Z][\w ]{0,40})?\W*")
# "Resolved: 1. That ...": the label runs straight into its first numbered clause.
_LABEL_INLINE = re.compile(
    r"\W*(?:RESOLVED|AGREED|RECOMMENDED|DECIDED|DECISION)\b\s*(?:[:–—-]+\s*)?(?:that\s*)?(?P<marker>\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s",
    re.I,
)


def _resolution_span(blocks: list[Block], i: int) -> int:
    """Index after the resolution starting at ``i``, taking in its numbered clauses."""
    text = split_marker(blocks[i].text)[1].strip()
    j = i + 1
    label_only = _LABEL_ONLY.fullmatch(text)
    # "RESOLVED – That" with its clauses below: the label and lead-in alone decide nothing.
    expects_more = text.endswith((":", "-", "–")) or bool(label_only) or bool(re.search(r"\bthat$", text, re.I)) \
        or bool(_LABEL_TO.fullmatch(text))
    inline = _LABEL_INLINE.match(text)
    if inline and j < len(blocks):
        # "Resolved: 1. That ..." with "2. That ..." below: the clauses go on.
        kind = marker_kind(inline.group("marker"))
        while j < len(blocks) and marker_kind(split_marker(blocks[j].text)[0]) == kind \
                and not _NEW_DECISION.match(split_marker(blocks[j].text)[1]):
            j += 1
        return j
    if j < len(blocks) and label_only and _NEW_DECISION.match(split_marker(blocks[j].text)[1]):
        return _resolution_span(blocks, j)  # "Decision" heading over "RESOLVED that Cabinet: (a) ..."
    if j < len(blocks) and expects_more:
        first_marker, _ = split_marker(blocks[j].text)
        if first_marker is None and blocks[j].style != "list" and j + 1 < len(blocks) \
                and re.search(r"[:–-]\s*-?$", blocks[j].text) and not _NEW_DECISION.match(blocks[j].text):
            # "RESOLVED:" / "That the Committee:" / "(a) notes ...": a lead-in to the clauses.
            j += 1
            first_marker, _ = split_marker(blocks[j].text)
        kind = marker_kind(first_marker)
        if kind is None and blocks[j].style == "list":
            # Clauses set as a list without printed numbers (an HTML <ol>).
            while j < len(blocks) and blocks[j].style == "list" and not _NEW_DECISION.match(blocks[j].text):
                j += 1
            return j
        if kind is None:
            # "Recommendations:" then "Recommendation 1: ...", "Recommendation 2: ..."
            while j < len(blocks) and re.match(r"\W*(recommendation|resolution|decision)\s+\d+\b", blocks[j].text, re.I):
                j += 1
            return max(j, i + 2)  # "RESOLVED –" on its own line, the decision below it
        while j < len(blocks):
            marker, _ = split_marker(blocks[j].text)
            # A clause may read like a decision ("To note the report"); only a new label
            # ("RESOLVED") starts another.
            if marker is None or marker_kind(marker) != kind or _NEW_DECISION.match(split_marker(blocks[j].text)[1]):
                break
            j += 1
    return j


def _question_columns(block: Block) -> Optional[dict[str, int]]:
    """{"question": 1, "answer": 2, "asker": 0} when a table row heads a table of questions."""
    cues = load_cues().question_table
    cells = [c.strip(" :") for c in block.text.split(" | ")]
    columns = {}
    for column, pattern in cues.items():
        found = next((k for k, cell in enumerate(cells) if pattern.match(cell)), None)
        if found is not None:
            columns[column] = found
    return columns if "question" in columns and "answer" in columns else None


def parse_item(blocks: list[Block]) -> tuple[list[Question], list[Resolution]]:
    cues = load_cues()
    questions: list[Question] = []
    resolutions: list[Resolution] = []
    in_list = False
    list_leadin_kind: Optional[str] = None
    answer_list_for: Optional[Question] = None
    record: Optional[dict] = None  # state for a written question-and-answer record
    pending: Optional[Question] = None  # a point from the last paragraph still awaiting its answer
    answers_by: Optional[str] = None  # in a list of answers, each naming its question: who answers
    list_points: list[Question] = []  # the points of the last list, for a list of answers after it
    answer_targets: Optional[list[Question]] = None  # points still awaiting one of those answers
    list_by: Optional[str] = None  # who gave those answers
    i = 0
    while i < len(blocks):
        block = blocks[i]
        marker, body = split_marker(block.text)
        body = body.strip()
        kind = marker_kind(marker)
        if not body:
            i += 1
            continue

        if block.style == "response" and questions and questions[-1].response is None:
            # The answer printed in italics after the point, in the same list entry.
            questions[-1].response = Response(body, _speaker(body, body), block.page)
            i += 1
            continue
        cells = block.text.split(" | ") if block.style == "table" else []
        if len(cells) >= 2 and cues.decision_cell.match(cells[0].strip()):
            # A decision boxed in a table: "Resolved | To approve ..."
            text = " ".join(c.strip() for c in cells[1:] if c.strip())
            resolutions.append(Resolution(text=text, outcome=outcome_of(text), page=block.page))
            i += 1
            continue
        columns = _question_columns(block) if block.style == "table" else None
        if columns:
            # A table of questions: one row per question, with its answer beside it.
            i += 1
            while i < len(blocks) and blocks[i].style == "table":
                cells = [c.strip() for c in blocks[i].text.split(" | ")]
                text = cells[columns["question"]] if columns["question"] < len(cells) else ""
                if text:
                    asker = cells[columns["asker"]] if columns.get("asker", 99) < len(cells) else None
                    answer = cells[columns["answer"]] if columns["answer"] < len(cells) else ""
                    questions.append(Question(text, _kind(text), _first_person(asker) if asker else None, blocks[i].page,
                                              Response(answer, _speaker(answer, answer), blocks[i].page) if answer else None))
                i += 1
            continue

        if cues.resolution_start.match(body):
            end = _resolution_span(blocks, i)
            text = "\n".join([body] + [blocks[k].text for k in range(i + 1, end)])
            if len(body) < 40 and cues.vote_verdict.match(body):
                # "Amendment lost." after a recorded vote: the row says what was put to the vote.
                put = next((blocks[k].text for k in range(i - 1, max(i - 9, -1), -1)
                            if cues.put_to_vote.search(blocks[k].text)), None)
                if put:
                    text = f"{put}\n{text}"
            resolutions.append(Resolution(text=text, outcome=outcome_of(text), page=block.page))
            in_list = False
            answer_list_for = pending = record = None
            i = end
            continue

        # "Mr X asked the following question:" and the question, often quoted, below it.
        m = cues.question_leadin.match(body)
        if m and i + 1 < len(blocks):
            question = Question("", "question", _first_person(m.group("asker")), block.page)
            j = i + 1
            while j < len(blocks) and j <= i + 6:
                text = blocks[j].text.strip()
                question.text = _join(question.text, text)
                j += 1
                if not text.startswith(('"', "“")) or text.endswith(('"', "”")):
                    break
            answerer = m.group("answerer") or m.group("answerer_to")
            reply = cues.reply_leadin.match(split_marker(blocks[j].text)[1].strip()) if j + 1 < len(blocks) else None
            if reply:
                # "The Cabinet Member replied:" and the reply below it.
                who = reply.group("who")
                given_by = answerer.strip() if answerer and re.match(r"(?i)the\b", who) else who
                question.response = Response(blocks[j + 1].text.strip(), _first_person(given_by), blocks[j + 1].page)
                j += 2
            if record is not None and questions and not questions[-1].text:
                questions.pop()  # the record's heading named this same question
            questions.append(question)
            pending, in_list, answer_list_for = question, False, None
            # What follows may be a written record: "Answer", "Supplementary question".
            record = {"asker": question.asked_by, "answerer": _first_person(answerer) if answerer else None,
                      "mode": "a" if question.response else "q"}
            i = j
            continue

        # A written record: "Question by Mr X to Mr Y", its answer, supplementary questions.
        m = cues.question_record.match(body)
        if m:
            answerer = _first_person(m.group("answerer")) if m.group("answerer") else None
            record = {"asker": _first_person(m.group("asker")), "answerer": answerer, "mode": "q"}
            questions.append(Question(m.group("rest") or m.group("question") or "", "question", record["asker"], block.page))
            in_list = False
            i += 1
            continue
        if record is not None and (cues.discussion_leadin.search(body) or kind in ("paragraph", "number")):
            record = None  # the written record is over: the discussion, or the next paragraph
        if record is not None:
            sup = cues.supplementary_label.match(body)
            ans = cues.answer_label.match(body)
            if cues.question_number.match(body):
                i += 1  # "Question 2" heading the next lead-in
                continue
            if not sup and not ans and questions and questions[-1].response is None and questions[-1].text \
                    and cues.response.search(sentences(body)[0]):
                # "Mr Fenner replied that ...": the answer, unlabelled.
                questions[-1].response = Response(body, _speaker(body, body) or record["answerer"], block.page)
                record["mode"] = "a"
                i += 1
                continue
            if sup:
                questions.append(Question(sup.group("rest"), "question", record["asker"], block.page))
                record["mode"] = "q"
            elif cues.supplementary_sentence.search(body) and raises_point(body):
                # "Mr Brown asked a supplementary question about ..., and was told ..."
                questions.append(point_from_text(body, block.page, body))
                record["mode"] = "a" if questions[-1].response else "q"
            elif ans:
                given_by = _first_person(ans.group("answerer")) if ans.group("answerer") else record["answerer"]
                questions[-1].response = Response(ans.group("rest") or "", given_by, block.page)
                record["mode"] = "a"
            elif record["mode"] == "a" and questions[-1].response is not None:
                questions[-1].response.text = _join(questions[-1].response.text, block.text)
            else:
                questions[-1].text = _join(questions[-1].text, block.text)
            i += 1
            continue

        # "Q. ..." / "A. ..."
        m = cues.qa_question.match(block.text)
        if m:
            asker = m.group("asker").split(",")[0].strip() if m.group("asker") else None
            text = block.text[m.end():]
            # "Q – Councillor X raised concerns about ..." keeps its kind; a bare question is one.
            kind = _kind(text) if any(p.search(text) for p in cues.raised.values()) else "question"
            questions.append(Question(text, kind, asker, block.page))
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None and nxt.style is None and split_marker(nxt.text)[0] is None \
                    and not cues.qa_question.match(nxt.text) and not cues.qa_answer.match(nxt.text) \
                    and not cues.resolution_start.match(nxt.text.strip()) and not raises_point(sentences(nxt.text)[0]):
                # "Q1. Councillor X asked ..." with the answer, unlabelled, below it.
                questions[-1].response = Response(nxt.text.strip(), _speaker(nxt.text, nxt.text), nxt.page)
                i += 2
                continue
            pending = questions[-1]
            i += 1
            continue
        m = cues.qa_answer.match(block.text)
        if m and questions and questions[-1].response is None:
            text = block.text[m.end():]
            answerer = m.group("answerer").split(",")[0].strip() if m.group("answerer") else _speaker(text)
            questions[-1].response = Response(text, answerer, block.page)
            pending = None
            i += 1
            continue

        is_list_entry = kind in ("bullet", "letter", "roman") or block.style == "list" or (
            kind == "number" and list_leadin_kind not in ("number",)
        )

        # "In response to questions from Members, officers explained that:" and a list of
        # answers, each naming its question: "in relation to X, ...".
        if cues.answers_leadin.match(body):
            answers_by = _speaker(body, body) or ""
            in_list = False
            i += 1
            continue
        m = cues.answers_to_list.match(body) or cues.answers_heading.match(body)
        targets = [q for q in list_points if q.response is None]
        if m and targets:
            answer_targets, answers_by = targets, None
            list_by = (m.group("who") or "").strip() or None
            in_list = False
            i += 1
            continue
        if answer_targets is not None:
            if is_list_entry and answer_targets:
                point = _best_match(answer_targets, body)
                point.response = Response(body, list_by, block.page)
                answer_targets = answer_targets[answer_targets.index(point) + 1 :]
                i += 1
                continue
            answer_targets = None
        if answers_by is not None:
            if is_list_entry:
                m = cues.topic_answer.match(body)
                if m:
                    topic, answer = m.group("topic").strip(" ,"), m.group("answer").strip()
                    questions.append(Question(topic, "question", None, block.page,
                                              Response(answer, answers_by or None, block.page)))
                else:
                    questions.append(point_from_text(body, block.page, body))
                i += 1
                continue
            answers_by = None

        # A lead-in: "The following comments were made / issues raised:-"
        if cues.discussion_leadin.search(body) and (body.rstrip().endswith((":", ":-", "-", "–")) or _next_is_list(blocks, i)):
            in_list = True
            list_leadin_kind = kind
            answer_list_for = None
            list_points = []
            i += 1
            continue

        # "In response to a question about X, Y shared that:" followed by (a), (b) ...
        rq = cues.response_to_question.match(body)
        if rq and body.rstrip().endswith(":"):
            q = point_from_text(body, block.page, body)
            q.response.text = q.response.text.rstrip(":")
            questions.append(q)
            answer_list_for = q
            i += 1
            continue
        if answer_list_for is not None and kind in ("letter", "roman", "bullet", "number") and kind != list_leadin_kind:
            answer_list_for.response.text = _join(answer_list_for.response.text, body)
            i += 1
            continue
        answer_list_for = None

        if in_list:
            first = sentences(body)[0] if body else ""
            if is_list_entry and list_points and questions[-1] is list_points[-1] and questions[-1].response is None \
                    and cues.response.search(first) and not raises_point(first) and not cues.response_to_question.match(first):
                # "• Mr Ridsdale said that ..." under "• Councillor Haigh asked ...": an answer
                # set as an entry of its own.
                questions[-1].response = Response(body, _speaker(body, body), block.page)
                i += 1
                continue
            if is_list_entry and not (kind == "number" and list_leadin_kind == "number"):
                questions.append(point_from_text(body, block.page, body))
                list_points.append(questions[-1])
                i += 1
                continue
            # A paragraph under a point that answers it: "Officer response: ...", "The
            # Director advised that ...".
            waiting = [q for q in list_points if q.response is None]
            if marker is None and block.style is None and len(waiting) >= 2 and ";" in body \
                    and cues.response.search(first):
                # "In response, the Director advised that A; that B; and that C": one answer
                # for several points, each clause matched to the point it speaks to.
                _answer_points(waiting, body, block.page)
                i += 1
                continue
            if marker is None and block.style is None and list_points and questions[-1] is list_points[-1] \
                    and questions[-1].response is None:
                label = cues.answer_label.match(body)
                if label or cues.response.search(first):
                    text = (label.group("rest") or "") if label else body
                    given_by = _first_person(label.group("answerer")) if label and label.group("answerer") else _speaker(text, text)
                    questions[-1].response = Response(text, given_by, block.page)
                    i += 1
                    continue
            # A paragraph inside a bullet (lower case, or more bullets of the list after it)
            # continues the point before it.
            continues = i + 1 < len(blocks) and marker_kind(split_marker(blocks[i + 1].text)[0]) == "bullet"
            if marker is None and block.style is None and questions and (not block.text[:1].isupper() or continues):
                questions[-1].text = _join(questions[-1].text, body)
                i += 1
                continue
            in_list = False

        # Sentence by sentence in ordinary paragraphs, up to a decision that ends one.
        parts = sentences(body)
        k = next((k for k, s in enumerate(parts) if k and cues.resolution_in_paragraph.match(s)), None)
        if k is not None:
            _paragraph_points(" ".join(parts[:k]), block.page, questions, pending)
            decision = " ".join(parts[k:])
            resolutions.append(Resolution(text=decision, outcome=outcome_of(decision), page=block.page))
            pending = None
            i += 1
            continue
        pending = _paragraph_points(body, block.page, questions, pending)
        i += 1
    return [q for q in questions if q.text.strip()], resolutions


_FILLER = frozenset(
    "that this there their they them with from have been were will would could should about "
    "what which when where whether asked raised concerns concern sought clarification members "
    "member officers officer explained confirmed said also more than into over under".split()
)


def _content_words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _FILLER}


def _best_match(points: list[Question], answer: str) -> Question:
    """The point an answer speaks to: the one sharing most words with it, the earliest on a
    tie (answers come in the order of the points)."""
    words = _content_words(answer)
    return max(points, key=lambda q: (len(words & _content_words(q.text)), -points.index(q)))


def _answer_points(points: list[Question], text: str, page: Optional[int]) -> None:
    """Share one answer among the points it answers, clause by clause."""
    given_by = _speaker(text, text)
    clauses = [c.strip() for part in sentences(text) for c in re.split(r";\s*(?:and\s+)?", part) if c.strip()]
    waiting = list(points)
    for clause in clauses:
        if not waiting:
            break
        point = _best_match(waiting, clause)
        if not _content_words(clause) & _content_words(point.text):
            continue
        point.response = Response(clause, given_by, page)
        waiting.remove(point)


def _next_is_list(blocks: list[Block], i: int) -> bool:
    if i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1]
    return nxt.style == "list" or marker_kind(split_marker(nxt.text)[0]) in ("bullet", "letter", "roman")


def _paragraph_points(text: str, page: Optional[int], questions: list[Question], pending: Optional[Question]) -> Optional[Question]:
    """Find points and answers sentence by sentence; return a point still awaiting its answer."""
    cues = load_cues()
    current: Optional[Question] = None
    for n, sentence in enumerate(sentences(text)):
        rq = cues.response_to_question.match(sentence)
        # "In response to a question about X, ..." names a point of its own; "In response,
        # ..." or "In response to the question, ..." answers the point before.
        names_its_question = rq is not None and (
            len(rq.group("question").split()) > 3 or re.match(r"(a|an)\s", rq.group("question"), re.I) is not None
        )
        if n == 0 and pending is not None and cues.response.search(sentence) and not names_its_question:
            pending.response = Response(sentence, _speaker(sentence, text), page)
            current = pending
            continue
        if rq:
            current = point_from_text(sentence, page, text)
            questions.append(current)
            continue
        strong = cues.response.search(sentence)
        if raises_point(sentence) and not (current is not None and strong and not _answered_within(sentence)):
            current = _point_with_answer(sentence, page, text)
            questions.append(current)
            continue
        if current is None:
            continue
        if current.response is None and (strong or cues.response_loose.search(sentence)):
            current.response = Response(sentence, _speaker(sentence, text), page)
        elif current.response is not None:
            current.response.text = _join(current.response.text, sentence)
        else:
            current.text = _join(current.text, sentence)
    return current if current is not None and current.response is None else None


def _first_person(text: str) -> str:
    text = text.strip(" ,.")
    m = _PERSON.match(text)
    return m.group(0) if m else text.split(",")[0].strip()


def _join(a: str, b: str) -> str:
    return f"{a} {b}".strip() if a else b.strip()
