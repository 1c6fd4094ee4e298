"""Points raised and answers given, read sentence by sentence: who asked, what kind of
point, where the answer starts."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..model import Question, Response
from .cues import load_cues
from .sentences import sentences

_PRONOUN = re.compile(r"^(he|she|they)\b", re.I)


# An office written as a title: "Head of Housing", "Leisure and Culture Contracts Manager"
_OFFICE = re.compile(r"[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|and|for|the|&))*")


# A relative clause after a comma says more about what went before: "..., which had been
# agreed by the Board, ..."
_RELATIVE = re.compile(r"(?i)(?:which|who|whom|whose|where|when)\b[^,]*,\s*")


def _names_someone(text: str, posts_only: bool = False, any_title: bool = False) -> bool:
    """Whether text opens with a person or a post: "the Director ...", "Dr Emery ...", "Ruth
    Emery, ..." ("officers" too, and the name without a title, unless ``posts_only``; "Canon
    Reid", a title that also begins place names, only with ``any_title``)."""
    cues = load_cues()
    if re.match(r"(?i:the)\s+[A-Z]", text) or cues.speaker_title.match(text) \
            or (any_title and re.match(rf"(?:{cues.titles})\.?\s+[A-Z]", text)):
        return True
    return not posts_only and re.match(r"(?i:officers?)\b|[A-Z][a-z]+ [A-Z][\w’'-]+,", text) is not None


def _speaker_between_commas(words: str) -> bool:
    """Whether the words from a comma to a speech verb are who spoke: "the Chief Executive, Dr
    Emery,", "Darren Hoskins, Western Counties Ambulance Service,"; not "Castle Street,
    Moorend, the Director", a place before the speaker after the last comma."""
    parts = [p.strip() for p in words.split(",")]
    if len(parts) == 1:
        return True
    if not _names_someone(words):
        return False
    def titled(part: str) -> bool:
        return _names_someone(part + " ", posts_only=True) or re.match(r"(?i:officers?)\b", part) is not None

    named = [p for p in parts if p]
    if not parts[-1] and len(named) == 2 and titled(named[1]) \
            and re.fullmatch(r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+", named[0]):
        return True  # "Sarah Jones, the Director of Public Health," : a name and its post between commas
    last = next((p for p in reversed(parts) if p), "")
    return titled(parts[0]) or not titled(last)


def _is_subject(words: str) -> bool:
    """Whether words are a person or a post and nothing more: "Councillor Ames then", "the
    Director of Public Health"; not "the Cabinet Member and", "the Director's work and"."""
    words = re.sub(r"\s+(?:then|also|further|subsequently|had|has)$", "", words.strip(" ,"))
    cues = load_cues()
    if cues.place_title_endings.match(words):
        return False  # "Lady Lane", "Bishop Street": a place
    return bool(cues.speaker_person.fullmatch(words)
                or re.fullmatch(rf"(?-i:(?:{cues.titles})\.?(?:\s+[A-Z][\w’'-]+){{1,3}})", words)
                or re.fullmatch(r"(?-i:[Tt]he (?:[A-Z][\w’'-]*(?<![’']s)|of|for|and|the|&)(?: (?:[A-Z][\w’'-]*(?<![’']s)|of|for|and|the|&))*)(?<! and)", words))


def speaker(clause: str, context: str = "") -> Optional[str]:
    """Who spoke, from the words before the speech verb: "the Director of Public Health"."""
    cues = load_cues()
    clause = re.sub(r"^\s*(in (response|reply|answer)( to [^,]*)?|responding( to [^,]*)?|to which|at the (invitation|request) of the [\w-]+(?:\s+[\w-]+){0,3}?(?=,)|at the (invitation|request) of the [\w-]+|further|also|however|additionally)\s*,?\s*", "", clause, flags=re.I)
    m = cues.speech_verbs.search(clause)
    if not m:
        return None
    subject = clause[: m.start()].strip(" ,")
    if re.search(r"\b(?:was|were|been)\s*$", subject) and re.match(r"(?i)(?:informed|advised|told|assured|reassured|reminded|asked)\b", m.group(0)):
        return None  # "The Group was informed that ...": who heard it, not who said it
    # "— Head of Housing: said that ...", "A  The Director said ..." (an answer marked in the margin)
    subject = re.sub(r"^[—–•·*-]+\s*|^[QA]\s+(?=(?:The|Mr|Mrs|Ms|Dr|Councillor|Cllr)\b)|^(?:Response|Answer|Reply)\s*:\s*|:$", "", subject).strip()
    # "Shona Kettering welcomed the suggestion and advised ...", "The Chair felt that ..., and
    # asked ...": the speaker is who opened the sentence
    first_verb = re.match(r"^(.+?)\s+(?:[a-z]+ed|felt|said|made|gave|thought|spoke|took|saw|knew|met|put|set)\b.*\sand$", subject)
    if first_verb and re.match(r"(?:the\s|an?\s)?[A-Z]", first_verb.group(1)):
        subject = first_verb.group(1)
    alone = cues.speaker_alone.match(subject)
    subject = re.sub(r"\s+(had|has|have|also|further|then|was|were|would|could|subsequently)$", "", subject).strip(" ,")
    opening = cues.speaker_person.match(subject)
    if opening and len(subject.split()) > 12 and subject[opening.end():].startswith(", ") and " and " not in subject[opening.end():]:
        # "Mrs Denise Akroyd, on behalf of the parents' group Clear Air at Lowgrave, asked ...":
        # the person, however long the words about them
        return opening.group(0).strip()
    if not subject or cues.not_a_speaker.match(subject) or len(subject.split()) > 12:
        return None
    if _PRONOUN.match(subject):
        # ("The Chair invited the Trading Standards Manager to respond. He explained ...": the one invited)
        invited = re.search(r"\binvited\s+(?P<who>(?:the\s+)?[A-Z][^.,;]{1,80}?)\s+to\s+(?:respond|reply|answer)\b", context)
        if invited:
            return invited.group("who")
        people = cues.speaker_person.findall(context)
        return people[0] if people else None
    person = cues.speaker_person.search(subject)
    if person:
        # "Dr F Lindqvist, the Director of Public Health, advised ...": the name with the post
        # (or in lower case, as some councils print posts: "Dr Samir Chaudhry-Wells, director of public health")
        post = re.fullmatch(r"\s*,\s*(?:(?:the|an?)\s+)?[A-Za-z][^,()]{2,80}(?:\([^()]{1,40}\))?", subject[person.end():])
        office = re.sub(r"^(?:the|an?)\s+", "", post.group(0).strip(" ,")) if post else ""
        if post and person.start() == 0 and (_OFFICE.fullmatch(office) or office.islower() and set(office.split()) & cues.office_words):
            return subject.strip()
        return person.group(0).strip()
    if alone:
        return alone.group("who")
    initial = cues.officer_by_initial.match(subject)
    if initial:
        # "M Delaporte", "T. Howarth": an officer named by initial and surname (with the post after a comma)
        return subject.strip() if "," in subject else initial.group("name")
    # "the assistant director", "the vice-chair", "the director of public health": posts in
    # lower case, as some councils print them (not "a member", nor "the committee")
    # ("the strategic director (people)", "the place-based lead (Irkfold)": the remit in brackets)
    lower = re.fullmatch(r"(?-i:[Tt]he\s+(?P<post>(?:[a-z’'-]+\s+){0,3}?[a-z-]+?)(?:\s+(?:of|for)\s+[a-z’'&, -]{2,60})?(?:\s+\([^()]{2,40}\))?)", subject)
    words = lower.group("post").split() if lower else []
    if words and (words[-1] in cues.office_words or words[-1].split("-")[-1] in cues.office_words) \
            and words not in (["member"], ["councillor"], ["representative"]):
        return "the" + subject[3:]
    if re.match(r"^(the|an?)\s+[A-Z]", subject) or re.match(r"^[A-Z][a-z]+ [A-Z]", subject) \
            or re.fullmatch(r"(?i)(?:(?:the|an?)\s+)?officers?(?:\s.*)?", subject) \
            or (_OFFICE.fullmatch(subject) and len(subject.split()) <= 8
                and {subject.split()[0].lower(), subject.split()[-1].lower()} & cues.office_words):
        return re.sub(r"^(The|An?)\b", lambda x: x.group(0).lower(), subject)
    return None


def kind_of(text: str, fallback: Optional[str] = None) -> str:
    """The kind of point a text raises, by its earliest cue; ``fallback`` (else the cues') when
    it has none."""
    cues = load_cues()
    found = [(m.start(), m.end(), kind) for kind, pattern in cues.raised.items() if (m := pattern.search(text))]
    best = min(found, key=lambda f: f[0], default=None)
    # The earliest cue names the kind, but a comment that goes on to ask, worry or request
    # is that: "A Member noted that ... and requested that ..." is a request.
    end = text.find(". ", best[0]) if best else -1
    # (in the same sentence, and the member's own words: "... and requested", not "which
    # residents had called for")
    later = [f for f in found if best and best[2] == "comment" and f[2] != "comment" and f[0] > best[0]
             and (end < 0 or f[0] < end)
             and (f[0] < best[1] or cues.goes_on_to.search(text[:f[0]]))]
    best = min(later, key=lambda f: f[0]) if later else best
    if "?" in text and (best is None or best[2] == "comment"):
        return "question"
    return best[2] if best else fallback or cues.kind_fallback


def _noted_answers(sentence: str, kind: str) -> bool:
    """Whether "It was noted that ..." after a point answers it: a question's, a concern's or
    a request's (not a comment's, which it goes on with); what was acknowledged answers a point
    of any kind."""
    m = load_cues().noted_answer.match(sentence)
    return bool(m) and (kind != "comment" or bool(m.group("conceded")))


def raises_point(sentence: str) -> bool:
    """Whether a sentence says a point was raised: asked, queried, concerns expressed ..."""
    cues = load_cues()
    if cues.not_a_point.search(sentence) or cues.chair_thanks.match(sentence) or cues.paper_says.match(sentence):
        return False
    return any(cues.raised[k].search(sentence) for k in ("question", "concern", "request")) or bool(
        cues.comment_outside_lists.search(sentence)) or bool(cues.discussion_answered.match(sentence))


def point_from_text(text: str, page: Optional[int], context: str = "") -> Question:
    """One bullet: the point raised, split from its answer at the first answering sentence."""
    cues = load_cues()
    # "Agency social workers – In response to a question on ...": a topic before the exchange
    topic = cues.topic_label.match(text)
    off = topic.end() if topic and cues.response_to_question.match(text[topic.end():]) else 0
    m = cues.response_to_question.match(text[off:]) or cues.asked_then_answered.match(text[off:])
    if m:
        body = text[off:]
        # The answer starts after the comma that is followed by someone saying something.
        cut = m.start("answer")
        # (not past the answer's own verb: "..., the Chief Operating Officer of the Acute Trust
        # confirmed that ... He stressed that X, that every occasion was reported ...")
        # (not past a clause about the question: "..., which had been agreed by the Board, the
        # Director said")
        relative = _RELATIVE.match(body, cut)
        said = cues.speech_verbs.search(body, relative.end() if relative else cut)
        for comma in re.finditer(r",\s*", body[: said.start() if said else m.end()]):
            after = body[comma.end():]
            verb = cues.speech_verbs.search(after[:90]) if comma.start() >= m.start("question") and not _RELATIVE.match(after) else None
            # (not "... on Station Road, Moorend, Ms. Duckworth advised": a place before the speaker;
            # but "..., the Chief Executive, Dr Emery, confirmed": the post before the name)
            if verb and _speaker_between_commas(after[:verb.start()]):
                cut = comma.end()
                break
        question = body[m.start("question") : cut].strip(" ,")
        answer = body[cut:].strip()
        # "In answer to a question, the Director stated that ...": the question is known
        # only by its answer, so the row keeps the whole sentence.
        generic = len(question.split()) <= 2 or bool(cues.question_from_only.fullmatch(question))
        # "In response to a question from Councillor Hargreaves about ...": who asked
        asker = re.search(rf"\b(?:from|by)\s+({cues.speaker_person.pattern})", question) \
            or cues.question_from_name.search(question + ",") \
            or re.search(r"(?i)\b(?:from|by)\s+(the\s+(?:vice[- ])?chair(?:man|person|woman)?)\b", question)
        return Question(
            text=text.strip() if generic else text[:off + cut].strip(" ,"),
            kind=kind_of("asked " + question) if not re.match(r"(an? |the )?concern", question, re.I) else "concern",
            asked_by=asker.group(1).strip() if asker else None,
            page=page,
            response=Response(answer, speaker(answer, context), page),
        )
    labelled = cues.answer_inline.search(text)
    if labelled:
        asked, answer = text[: labelled.start()].strip(), labelled.group("answer").strip()
        given_by = labelled.group("answerer") or labelled.group("by") or speaker(answer, context)
        return Question(asked, kind_of(asked), asker_of(asked, context), page, Response(answer, given_by, page))
    parts = sentences(text)
    if len(parts) > 1 and _answered_within(parts[0]):
        # "A Member asked how many ..., and was advised that ... The Strategic Director added
        # that ...": answered within the first sentence, the rest adds to the answer
        point = _point_with_answer(parts[0], page, context, entry=True)
        if point.response is not None:
            point.response.text = join(point.response.text, " ".join(parts[1:]))
            return point
    for k, sentence in enumerate(parts[1:], 1):
        # "Would the contract require ...? (Cllr Dunmore) The Head of Procurement confirmed
        # ...": the asker in brackets closes the question, not opens the answer.
        asker = re.match(r"\([^()]{2,60}\)\s+(?=[A-Z])", sentence)
        answer = sentence[asker.end():] if asker else sentence
        if not asker and cues.response_to_question.match(sentence) and not any(raises_point(p) or cues.response.search(p) for p in parts[:k]):
            # "The high needs block was forecast to be overspent. In response to a question as to
            # whether ..., Members were advised that ...": a fact, then the question and answer
            point = point_from_text(" ".join(parts[k:]), page, context)
            if point.response is not None and point.text.endswith(point.response.text):
                # ("In response to a question, the Panel was informed ...": the question is
                # known by its answer; the answer is not the point too)
                point.text = point.text[: len(point.text) - len(point.response.text)].rstrip(" ,")
            point.text = join(" ".join(parts[:k]), point.text)
            return point
        # ("It was noted that ..." answers a question, but goes on with a comment)
        if cues.response.search(answer) or _noted_answers(answer, kind_of(" ".join(parts[:k]))):
            asked = " ".join(parts[:k] + ([asker.group().strip()] if asker else []))
            answer = " ".join([answer] + parts[k + 1:])
            return Question(asked, kind_of(asked), asker_of(asked, context), page, Response(answer, speaker(answer, context), page))
    return _point_with_answer(text, page, context, entry=True)


def _answered_within(sentence: str) -> bool:
    """"Concerns were raised about X, and Members were advised that Y": a point of its own
    with its answer, not an answer to the point before."""
    cues = load_cues()
    split = _answer_split(sentence)
    if split and (raises_point(split[0]) or cues.discussion_answered.match(sentence)):
        return True
    # "A Member sought clarification ..., and ... had responded": the point is raised first.
    answer = cues.response.search(sentence)
    raised = [r.start() for r in (cues.raised[k].search(sentence) for k in ("question", "concern", "request")) if r]
    return bool(answer and raised) and min(raised) < answer.start() and raises_point(sentence[: answer.start()])


def _point_with_answer(sentence: str, page: Optional[int], context: str, entry: bool = False) -> Question:
    """A point, split from an answer given in the same sentence ("..., and it was confirmed
    that ..."). A list entry is a point however worded: "County Councillor Ellery commented
    that ... – the Director replied that ..."."""
    cues = load_cues()
    split = _answer_split(sentence)
    discussed = cues.discussion_answered.match(sentence)
    if split and (raises_point(split[0]) or discussed or entry and len(split[0].split()) >= 4):
        asked, answer = split
        # ("In relation to the risk that ..., the Director said ...": a topic put as a question)
        opening = cues.answer_after_opening.match(sentence)
        topic = discussed or (opening is not None and opening.group("topic"))
        return Question(asked, kind_of(asked, "question" if topic else None), asker_of(asked, context), page, Response(answer, speaker(answer, context), page))
    return Question(sentence, kind_of(sentence), asker_of(sentence, context), page)


def _answer_split(sentence: str) -> Optional[tuple[str, str]]:
    """(point, answer) when one sentence holds both."""
    cues = load_cues()
    m = cues.answer_in_point.search(sentence)
    if m and not (m.group("answer").startswith("heard that") and not cues.heard_that_subject.match(sentence)):
        # ("A Member said that she had spoken to parents and heard that ...": her own account)
        return sentence[: m.start()].strip(" ,;"), m.group("answer").strip()
    m = cues.answer_after_opening.match(sentence)
    if m:
        return sentence[: m.start("answer")].strip(" ,;"), m.group("answer").strip()
    return None


# A lower-case word other than a link word: the earlier words are a clause with a verb of
# their own ("Councillor Brown made a point ... and"), not part of a name ("The Member for
# Darlington and")
_CLAUSE_WORD = re.compile(r"(?-i:\b(?!(?:and|or|of|for|the|to|in|on|at|with|by|from|de|van|von|der|le|la)\b)[a-z]{2,}\b)")


def asker_of(text: str, context: str) -> Optional[str]:
    """Who raised the point a sentence reports, as printed: "Councillor Okafor queried ..."."""
    cues = load_cues()
    topic = cues.topic_label.match(text)
    if topic and re.match(r"(?i)(an?|the|another)\s+(member|councillor)\b|(?:councillor|cllr|mr|mrs|ms|dr)\b", text[topic.end():]):
        text = text[topic.end():]  # "Better Care Fund – A Member asked ...": the topic is nobody
    by = re.match(r"^\W*(?:asked|pressed(?: further)?|questioned|challenged)\s+by\s+", text, re.I)
    if by:
        # "Asked by Councillor Siddiqui what ..."
        person = cues.speaker_person.match(text[by.end():])
        return person.group(0) if person else None
    # "Concern was expressed by Cllr Shona Dockray that ...", "A question was raised by Mr X about ..."
    # ("The Chairman noted that a question had been received from Mr Colin Dearlove ...")
    passive = re.match(r"^\W*(?:(?:a|an|the|some|further|particular)\s+)?(?:concerns?|questions?|quer(?:y|ies)|requests?|comments?)\s+"
                       r"(?:was|were)\s+(?:also\s+)?(?:expressed|raised|voiced|asked|put|made)\s+by\s+", text, re.I) \
        or re.match(r"^\W*(?:(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+(?:noted|reported|advised|explained|said|stated|informed\s+\w+)\s+that\s+)?"
                    r"(?:(?:a|an|one|two|three|the)\s+)?(?:written\s+|public\s+)?questions?\s+(?:had been|has been|have been|was|were)\s+"
                    r"(?:received|submitted|tabled)\s+from\s+", text, re.I)
    if passive:
        person = cues.speaker_person.match(text[passive.end():])
        if person:
            return person.group(0)
    for kind in ("question", "concern", "request", "comment"):
        m = cues.raised[kind].search(text)
        if m and re.search(r"\b(?:was|were)\s+$", text[: m.start()]) and re.match(r"(?i)(?:asked|questioned|queried|challenged|pressed)\b", m.group(0)):
            return None  # "The Executive Member was asked whether ...": who was asked, not who asked
        if m:
            # The person or post nearest the verb: "Members thanked the Director and Councillor
            # Ames asked ...", "The Director having agreed ..., Councillor Ames asked ..."
            # (only where those words are the whole subject, after a clause of its own: not
            # "... noted the work of the Director and the Cabinet Member and asked", nor "The
            # Member for Darlington and Bishop Auckland asked")
            near = [b.end() for b in re.finditer(r",?\s+and\s+|,\s+", text[: m.start()])
                    if _names_someone(text[b.end():], posts_only=True, any_title=True) and _is_subject(text[b.end(): m.start()])
                    and _CLAUSE_WORD.search(text[: b.start()])]
            found = (near and "," not in text[near[-1]: m.start()] and speaker(text[near[-1]: m.end()], context + " " + text)) \
                or speaker(text[: m.end()], context + " " + text)
            comma = text.rfind(", ", 0, m.start())
            if not found and comma > 0:
                # "With reference to minute 11, the Chairman asked ...": who asked, after the opening
                found = speaker(text[comma + 2: m.end()], context + " " + text)
            # "Councillor Adeyemi was keen to understand ...": the person the cue follows;
            # "Councillor McAllister felt that ... and suggested ...": the person opening the sentence.
            subject = re.sub(r"\s+(was|were|had|has|also|further|then)$", "", text[: m.start()].strip(" ,"))
            person = (cues.speaker_person.fullmatch(subject)
                      or re.match(rf"^\W*({cues.speaker_person.pattern})(?=\s+[a-z]+\b)", text)) \
                if not found else None
            if not found and not person and 0 < len(subject.split()) <= 8:
                # "The Chair commented that ...", "Councillor Mabey felt that ...": whoever opens
                # the sentence, when the cue is no verb of speech
                found = someone(speaker(subject + " said", context + " " + text))
            elif not found and not person and re.search(r"(?:,\s*|\s)and\s+(?:also\s+|then\s+)?$", text[: m.start()]):
                # "The Chair felt that ..., and asked what ...": the one who opened the sentence asks
                said = cues.commented_by.match(text)
                found = someone(speaker(said.group("who") + " said", context + " " + text)) if said else None
            if not found and not person and (named := cues.question_from_name.search(text[: m.end() + 80])):
                return named.group("who")
            return found or (person.group(person.lastindex or 0).strip() if person else None)
    # "Mr Colin Hartshorne – regarding the closure of ...": a question listed by who asked it
    listed = re.match(rf"^\W*({cues.speaker_person.pattern})\s+[–—-]\s+(?:regarding|about|concerning|on|re)\b", text)
    if listed:
        return listed.group(1).strip()
    # "The Chair commented that ...": whoever opens a comment
    said = cues.commented_by.match(text)
    return someone(speaker(said.group("who") + " said", context + " " + text)) if said else None


def someone(found: Optional[str]) -> Optional[str]:
    """``found`` when it names a person or a post ("Councillor Mabey", "the Chair"), not a body
    or a thing ("the HWRC team", "the report")."""
    cues = load_cues()
    # (not "the Director of Public Health's focus on ...": a thing someone has)
    if not found or len(found.split()) > 12 or re.search(r"[’']s\s+[a-z]", found):
        return None
    person = cues.person_title.match(found + " ") or cues.officer_by_initial.match(found) \
        or re.fullmatch(r"(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][\w’'-]+)", found)  # "Jo Marwood"
    post = set(re.findall(r"[a-z-]+", found.lower())) & cues.office_words or re.search(r"(?i)\bchair", found)
    return found if person or post else None


_FILLER = frozenset(
    "that this there their they them with from have been were will would could should about "
    "what which when where whether asked raised concerns concern sought clarification members "
    "member officers officer explained confirmed said also more than into over under".split()
)


def content_words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _FILLER}


def _sharing_most(points: list[Question], words: set[str]) -> Question:
    """The point sharing most of these words, the earliest on a tie."""
    return max(points, key=lambda q: (len(words & content_words(q.text)), -points.index(q)))


def best_match(points: list[Question], answer: str) -> Question:
    """The point an answer speaks to: the one sharing most words with it, the earliest on a
    tie. Answers come in the order of the points, so the first point still waiting is taken
    when it shares words with the answer and falls short of the best by one word at most."""
    words = content_words(answer)
    best = _sharing_most(points, words)
    following = next((q for q in points if q.response is None), None)
    if following is not None:
        shared = len(words & content_words(following.text))
        if shared and shared >= len(words & content_words(best.text)) - 1:
            return following
    return best


def counted_points(counted: re.Match, waiting: list[Question]) -> list[Question]:
    """The points an answer says it answers (``counted``: the ``answers_counted`` cue): the
    last two of those waiting for "both points" (as many as it counts, or as the paragraphs it
    numbers: "the points at 7.5 and 7.6"), or all of them ("In reply to these points, ...")."""
    number = 2 if counted.group("both") else {"two": 2, "three": 3, "four": 4}.get((counted.group("count") or "").lower())
    if counted.group("numbers"):
        number = len(re.findall(r"\d[\d.]*", counted.group("numbers")))
    return waiting[-number:] if number else waiting


def answer_points(points: list[Question], text: str, page: Optional[int], markers: Optional[dict[int, str]] = None) -> None:
    """Share one answer among the points it answers, clause by clause: by the number a clause
    names ("in respect of (1), ...; on (2), ..."), else by the words it shares with a point."""
    given_by = speaker(text, text)
    clauses = [c.strip() for part in sentences(text) for c in re.split(r";\s*(?:and\s+)?", part) if c.strip()]
    waiting = list(points)
    numbered = {re.sub(r"\W", "", (markers or {}).get(id(p)) or "").lower(): p for p in points}
    for clause in clauses:
        if not waiting:
            break
        named = re.search(r"(?:^|:\s*|\b(?:of|on|to|regarding|re|point|question))\W{0,3}\((\w{1,4})\),", clause[:80])
        point = numbered.get(named.group(1).lower()) if named else None
        if point is None or point not in waiting:
            point = best_match(waiting, clause)
            if not content_words(clause) & content_words(point.text):
                continue
        point.response = Response(clause, given_by, page)
        waiting.remove(point)


def answer_in_order(points: list[Question], text: str, page: Optional[int], given_by: Optional[str] = None) -> None:
    """A paragraph answering several points in their order: each sentence goes to the point
    it shares words with, at or after the one answered last; a sentence sharing none goes on
    with the answer before it."""
    current = 0
    answered: Optional[Question] = None
    for sentence in sentences(text):
        words = content_words(sentence)
        point = best_match(points[current:], sentence)
        if words & content_words(point.text):
            answered, current = point, points.index(point)
        elif answered is None:
            answered = points[0]
        if answered.response is None:
            answered.response = Response(sentence, given_by or speaker(sentence, text), page)
        else:
            answered.response.text = join(answered.response.text, sentence)


def answer_by_words(points: list[Question], text: str, page: Optional[int], given_by: Optional[str] = None) -> None:
    """A paragraph answering the points made before it, not in their order ("... responded
    to the points made by the deputation"): each sentence goes to the point it shares most
    words with; one sharing none goes on with the answer before it (the opening words with
    the first answer)."""
    answered: Optional[Question] = None
    held: list[str] = []
    for sentence in sentences(text):
        words = content_words(sentence)
        point = _sharing_most(points, words)
        # ("The director agreed with Mrs Kay that ...": the point of whoever the answer names)
        named = [q for q in points if q.asked_by and re.search(
            r"\b(?:with|told|to|for|assured|reassured|advised|informed)\s+" + re.escape(q.asked_by.split()[0])
            + r"\.?\s+(?:[A-Z][\w’'-]*\s+)*" + re.escape(q.asked_by.split()[-1]) + r"\b", sentence)]
        if len(named) == 1:
            answered = named[0]
        elif words & content_words(point.text):
            answered = point
        if answered is None:
            held.append(sentence)
            continue
        if answered.response is None:
            answered.response = Response(" ".join(held + [sentence]), given_by or speaker(text, text), page)
            held = []
        else:
            answered.response.text = join(answered.response.text, sentence)
    if held:
        # (no sentence shares a word with any point: the whole answer goes to the last point)
        last = points[-1]
        if last.response is None:
            last.response = Response(" ".join(held), given_by or speaker(text, text), page)
        else:
            last.response.text = join(last.response.text, " ".join(held))


def paragraph_points(text: str, page: Optional[int], questions: list[Question], pending: Optional[Question]) -> Optional[Question]:
    """Find points and answers sentence by sentence; return a point still awaiting its answer."""
    cues = load_cues()
    inline = cues.answer_inline.search(text)
    if inline and raises_point(text[: inline.start()]) and not raises_point(inline.group("answer")):
        # "Cllr Okafor asked whether ... – Officer response: the Principal Officer said ..."
        questions.append(point_from_text(text, page, text))
        return None
    current: Optional[Question] = None
    # Points the next answer answers too: one put "in the same vein" as the point before it, or
    # those an answer counts ("Responding to both points, ...")
    joined: list[Question] = []
    raised_here: list[Question] = []

    def share() -> None:
        for point in joined:
            if point.response is None and current is not None and current.response is not None:
                point.response = replace(current.response)
        joined.clear()

    parts = [part for sentence in sentences(text) for part in cues.second_point.split(sentence)]
    # ("The Chair thanked Mr Moorcroft for attending. Ms Pilling advised that ...": the thanks
    # come before the answer)
    asker = (pending.asked_by or "").split()[-1:] if pending is not None else []
    # ("Councillor Stanbridge thanked Mr Vardy for attending. She explained that ...": so too
    # whoever answers)
    # (the one asking thanked, not thanking: "Councillor Vardy thanked the Inspector ... He
    # explained ..." goes on with his own point)
    first = 1 if asker and len(parts) > 1 and (
        cues.chair_thanks.match(parts[0]) and asker[0] in parts[0]
        or cues.thanks_before_answer.match(parts[0]) and asker[0] in parts[0].split("thanked", 1)[-1]) else 0
    for n, sentence in enumerate(parts):
        # ("The treatment contract – in response to a question about whether ...": a topic first)
        topic = cues.topic_label.match(sentence)
        rq = cues.response_to_question.match(sentence) or (topic and cues.response_to_question.match(sentence[topic.end():]))
        # "In response to a question about X, ..." names a point of its own; "In response,
        # ..." or "In response to the question, ..." answers the point before.
        names_its_question = rq is not None and (
            len(rq.group("question").split()) > 3 or re.match(r"(a|an)\s", rq.group("question"), re.I) is not None
        )
        # "Response: Yes – ...", "Officer response – The Head of X explained that ..."
        label = cues.answer_label.match(sentence)
        labelled = label.group("rest") if label and label.group("rest") else None
        # ("Mrs Entwistle asked: ... Can the Cabinet Member tell us ...?" then "Corridor care is not
        # acceptable and I have said so ...": a question put in full, answered in the first person)
        spoken_reply = n == first and pending is not None and pending.text.rstrip().endswith("?") \
            and cues.asked_with_colon.search(pending.text) is not None and not raises_point(sentence) \
            and cues.first_person_reply.search(sentence) is not None and not cues.person_title.match(sentence + " ") \
            and not re.match(r"(?i)\W*the (meeting|item|chair|chairman|committee|panel|board)\b", sentence)
        # ("... thanked Mr Vardy for attending. She explained that ...": the one who thanked him answers)
        thanked_then = first == 1 and n == 1 and cues.answer_after_thanks.match(sentence)
        if n == first and pending is not None and (cues.response.search(sentence) or labelled or spoken_reply or thanked_then) and not names_its_question \
                and not cues.chair_thanks.match(sentence) \
                and not (raises_point(sentence) and _answered_within(sentence)):  # a new point, answered in itself
            answer = labelled or sentence
            # (the pronoun after thanks is the one who thanked)
            pending.response = Response(answer, (label and label.group("answerer")) or speaker(answer, parts[0] if thanked_then else text), page)
            current = pending
            continue
        if rq:
            current = point_from_text(sentence, page, text)
            questions.append(current)
            continue
        # (a member who "said she was really worried" after the answer raises a point of her own)
        strong = cues.response.search(sentence) and not (
            current is not None and current.response is not None and re.match(r"\W*(?:Councillor|Cllr)\b", sentence))
        # ("Mrs Entwistle asked: My husband waited eleven hours ... Can the Cabinet Member tell
        # us ...?": what she asked runs on after the colon, sentence after sentence)
        # (another member asking is a point of their own)
        quoting = current is not None and current.response is None and not strong \
            and cues.asked_with_colon.search(current.text) is not None \
            and not cues.person_title.match(sentence + " ")
        # ("... where a partner had raised a concern", "He accepted that partners had raised
        # concerns ...": what others had raised, told in the answer, raises nothing here)
        # (not "Mrs Okonedo requested that ..., as respondents had raised ...": a point of her own first)
        had = re.search(r"\bhad (?:also |previously |already )?(?:raised|expressed|voiced|asked|queried|questioned)\b", sentence)
        # (so too an officer's account, answering a point made before: "The strategic director
        # added that ... the contract monitoring team had asked the provider for ...")
        if had is not None and not (current is not None and current.response is not None):
            teller = speaker(sentence[: had.start()]) or ""
            officer = set(teller.lower().split()) & cues.office_words - {"member", "councillor", "cllr", "chair", "chairman", "representative"}
            if not officer or cues.person_title.match(teller + " "):
                had = None
        told = had is not None and not any(p.search(sentence[:had.start()]) for p in cues.raised.values()) \
            and not re.match(r"(?i)\W*(?:(?:County |Borough |District )?Councillors?|Cllrs?|(?:a|one|another) (?:member|councillor)|members"
                             r"|the (?:vice[- ])?chair(?:man|person)?|mr|mrs|ms|miss|dr)\b", sentence) \
            and not re.match(r"\W*[A-Z][a-z]+ [A-Z][\w’'-]+,", sentence)  # "Ms Patel, the Healthwatch representative, said ..."
        # ("Mr Cosgrove said that ..." is a member's point only when someone replies to it, "Ms
        # Bhandari replied that ..."; not two councillors speaking in turn)
        replied = len(parts) > 1 and re.search(r"\b(?:replied|responded|answered)\b", parts[1][:120]) is not None
        stated = n == 0 and pending is None and len(parts) > 1 and cues.stated_before_answer.match(sentence) is not None \
            and cues.stated_reply.match(parts[1]) is not None and not raises_point(parts[1]) \
            and (replied or re.match(r"\W*(?:(?:County|Borough|District|City|Town) )?(?:Councillor|Cllr)\b", sentence) is not None) \
            and (not cues.person_title.match(parts[1] + " ")
                 # ("Councillor Eckersley noted that ... Ms Oyelaran said that ...": an officer
                 # named by title answering a councillor, not another councillor in turn)
                 or re.match(r"\W*(?:Councillor|Cllr)\b", sentence) and re.match(r"\W*(?:Mr|Mrs|Ms|Miss|Dr)\.?\s", parts[1])
                 or replied and (
                not re.match(r"\W*(?:Councillor|Cllr)\b", parts[1])
                # ("Councillor Baker, Cabinet Member for Environment, replied that ...": a member answering for the executive)
                or re.match(r"(?i)\W*(?:Councillor|Cllr)\.?\s[^.]{0,60}\b(?:cabinet member|portfolio holder|executive member|lead member|leader)\b", parts[1])))
        # (not "They stressed ... and asked for ..." after an answer to Members: the members again)
        members_asked = re.match(r"(?i)\W*(?:(?:several|some|many|the) )?(?:members|councillors)\b", current.text) \
            if current is not None else None
        if current is not None and current.response is not None and cues.answer_goes_on.match(sentence) \
                and not (members_asked and re.match(r"(?i)\W*they\b", sentence) and raises_point(sentence)):
            # "... The Head of Housing explained that ... He added that the Council had called
            # for ...": the one answering goes on, whatever the words he reports
            current.response.text = join(current.response.text, sentence)
            continue
        if stated or raises_point(sentence) and not quoting and not told and not (
                current is not None and strong and not _answered_within(sentence) and not cues.asks_too.search(sentence)):
            if current is not None and current.response is None and cues.point_joins_last.search(sentence):
                joined.append(current)  # "Councillor B asked in the same vein ...", both answered below
            else:
                share()
            current = _point_with_answer(sentence, page, text)
            questions.append(current)
            raised_here.append(current)
            continue
        if current is None:
            continue
        if current.response is None and labelled:
            current.response = Response(labelled, label.group("answerer") or speaker(labelled, text), page)
        elif current.response is None and (strong or cues.response_loose.search(sentence)
                                           or _noted_answers(sentence, current.kind)):
            counted = cues.answers_counted.search(sentence)
            if counted:
                # ("Councillor A asked ... Councillor B raised a related point ... Responding to
                # both points, the Service Manager advised ...": both points' answer)
                joined.extend(q for q in counted_points(counted, [q for q in raised_here if q.response is None])
                              if q is not current and q not in joined)
            current.response = Response(sentence, speaker(sentence, text), page)
        elif current.response is not None:
            current.response.text = join(current.response.text, sentence)
        else:
            current.text = join(current.text, sentence)
    share()
    return current if current is not None and current.response is None else None


def first_person(text: str) -> str:
    text = text.strip(" ,.")
    m = load_cues().speaker_person.match(text)
    return m.group(0) if m else text.split(",")[0].strip()


def join(a: str, b: str) -> str:
    return f"{a} {b}".strip() if a else b.strip()
