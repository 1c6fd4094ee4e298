"""Inside one agenda item: the points raised, the answers given, and what was resolved.

Councils lay an item out in many ways: tables of questions, written question-and-answer
records, "Q." / "A." pairs, lists of points with answers under them, lists of answers after
the points, or plain paragraphs. ``parse_item`` reads the item block by block and hands each
block to the first layout that claims it.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Optional

from ..markers import NAME_CELL, QUESTION_ANSWER_COLUMN
from ..model import Block, Question, Resolution, Response
from .cues import Cues, load_cues
from .decisions import opens_decision, outcome_of, resolution_span
from .points import (
    answer_in_order,
    asker_of,
    answer_points,
    content_words,
    counted_points,
    answer_by_words,
    best_match,
    first_person,
    join,
    kind_of,
    paragraph_points,
    point_from_text,
    someone,
    raises_point,
    speaker,
)
from .sentences import marker_kind, sentences, split_marker

__all__ = ["parse_item"]


def parse_item(blocks: list[Block]) -> tuple[list[Question], list[Resolution]]:
    """The questions (with their answers) and resolutions of one agenda item's blocks."""
    cues = load_cues()
    blocks = [part for block in blocks for part in _label_apart(block, cues)]
    blocks = [part for block in blocks for part in _unfold_inline_list(block, cues)]
    blocks = _join_speaker_labels([part for block in blocks for part in _unfold_inline_qa(block)], cues)
    blocks = _rejoin_wrapped_qa_labels(blocks)
    reader = _ItemReader(blocks, cues)
    reader.read()
    for question in reader.questions:
        # ("Chief Finance Officer, North Thames ICB" over "To follow in writing." in a cell)
        said = question.response.text if question.response is not None else ""
        label, _, rest = said.partition("\n")
        if rest and "\n" not in rest and not re.search(r"[.?!]$", label.strip()):
            said = rest.strip()
        if question.response is not None and (cues.deferred_answer.match(said) or cues.no_answer.match(said)):
            # "a written response would be provided", "No response recorded": not answered
            question.response = None
    # (a motion's line just before the "RESOLVED" that records it is no second decision; a lost
    # amendment, or a vote with other text between, is one of its own)
    resolutions = [r for r, after in zip(reader.resolutions, reader.resolutions[1:] + [None])
                   if not (after is not None and cues.motion_before_resolved.match(r.text) and r.outcome != "rejected"
                           and re.match(r"(?i)\W*(?:RESOLVED|AGREED)\b", after.text) and _next_to(blocks, r.text, after.text))]
    return [q for q in reader.questions if q.text.strip()], resolutions


def _rejoin_wrapped_qa_labels(blocks: list[Block]) -> list[Block]:
    """"Supplemental “If a provider is found ..." over "Question: what will happen ...?”": a
    label in a narrow column of its own, wrapped over two lines beside the text it labels."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        first = re.match(r"(?i)\s*(supplementa(?:l|ry))\s+(?!question|answer|response)([“\"‘'].*)$", last.text) \
            if last is not None and block.style == last.style else None
        second = re.match(r"(?i)\s*(question|answer|response)\s*:\s*(\S.*)$", block.text) if first else None
        if first and second:
            out[-1] = replace(last, text=f"{first.group(1)} {second.group(1)}: {first.group(2)} {second.group(2)}")
            continue
        out.append(block)
    return out


@dataclass
class _Here:
    """The block being read, split into its printed marker and its text."""

    block: Block
    marker: Optional[str]
    body: str
    kind: Optional[str]  # the marker's kind: bullet, letter, roman, number, paragraph
    is_list_entry: bool


@dataclass
class _ItemReader:
    blocks: list[Block]
    cues: Cues
    questions: list[Question] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    i: int = 0
    # A list of points under a lead-in ("The following issues were raised:").
    in_list: bool = False
    list_leadin_kind: Optional[str] = None
    list_point_kind: Optional[str] = None
    list_asker: Optional[str] = None
    list_answered: bool = False  # the lead-in promises answers: "Questions and answers"
    resolution_end: int = -1  # the block after the last decision read
    list_points: list[Question] = field(default_factory=list)
    point_markers: dict[int, Optional[str]] = field(default_factory=dict)  # id(point) -> "(b)"
    point_levels: dict[int, int] = field(default_factory=dict)  # id(point) -> depth of its list entry
    lead_ins: set[int] = field(default_factory=set)  # id(point): ending in a colon, the topics below joined to it
    answers_lettered: bool = False
    answers_any_order: bool = False  # answers to points made in prose, listed below them
    last_listed_answer: Optional[Question] = None
    # A point whose answer continues as a list below it.
    answer_list_for: Optional[Question] = None
    # A written question-and-answer record: asker, answerer, and whether a question or an
    # answer is being read ("q" / "a").
    record: Optional[dict] = None
    # A point from the last paragraph still awaiting its answer.
    pending: Optional[Question] = None
    # The points the paragraph just read raised, and which block it was.
    paragraph_raised: list[Question] = field(default_factory=list)
    paragraph_at: int = -1
    # In a list of answers each naming its question ("in relation to X, ..."): who answers.
    answers_by: Optional[str] = None
    # A list of answers after a list of points: the points still waiting, and who answers.
    answer_targets: Optional[list[Question]] = None
    list_by: Optional[str] = None
    # In minutes written as an exchange, the last member's point.
    turn_point: Optional[Question] = None
    # "Asked by: Mr X" / "Answered by: Councillor Y" above the question or answer they name.
    next_asker: Optional[str] = None
    next_answerer: Optional[str] = None

    def read(self) -> None:
        layouts: tuple[Callable[[_Here], bool], ...] = (
            self._italic_answer,
            self._decision_cell,
            self._question_table,
            self._labelled_pair,
            self._motion,
            self._resolution,
            self._statement,
            self._question_leadin,
            self._record,
            self._by_label,
            self._qa_pair,
            self._turn,
            self._answer_lists,
            self._discussion_list,
            self._answer_paragraph,
            self._paragraph,
        )
        while self.i < len(self.blocks):
            here = self._here()
            if not here.body:
                self.i += 1
                continue
            if self.answer_targets is not None and here.is_list_entry and self._answer_lists(here):
                continue  # the answers listed under their lead-in go to their points first
            next(layout for layout in layouts if layout(here))

    def _here(self, i: Optional[int] = None) -> _Here:
        i = self.i if i is None else i
        block = self.blocks[i]
        marker, body = split_marker(block.text)
        kind = marker_kind(marker)
        is_list_entry = kind in ("bullet", "letter", "roman") or block.style == "list" or (
            kind == "number" and self.list_leadin_kind != "number"
        ) or (self.in_list and kind is None and block.style is None and len(body) > 80
              and bool(topic := self.cues.topic_label.match(body))
              and (raises_point(body[topic.end():]) or bool(self.cues.response_to_question.match(body[topic.end():])))
              ) or (self.in_list and kind is None and block.style is None and re.match(r"[a-z]{2,}\s", body) is not None
                    and i > 0 and re.search(r"[.;:!?]\W*$", self.blocks[i - 1].text) is not None)
        # ("Agency social workers – In response to a question ...": entries by topic; "the
        # visibility of police officers ...; whether ...": entries whose bullets were lost)
        return _Here(block, marker, body.strip(), kind, is_list_entry)

    def _next(self, offset: int = 1) -> Optional[Block]:
        k = self.i + offset
        return self.blocks[k] if k < len(self.blocks) else None

    # Each layout returns True when it has read the block (and moved ``i`` on).

    def _italic_answer(self, here: _Here) -> bool:
        """The answer printed in italics after the point, in the same list entry."""
        if here.block.style != "response" or not self.questions or opens_decision(here.body) \
                or self.cues.procedural_note.match(here.body):
            return False  # ("RESOLVED that ..." indented like the answers: a decision; a note of who left)
        last = self.questions[-1]
        before = self.blocks[self.i - 1] if self.i else None
        record = self.record
        leadin = sentences(last.text)[-1] if last.text.rstrip().endswith(":") else ""
        if record is not None and record["mode"] == "q" and last.response is None and (
                not last.text or record.get("quoting")
                or re.search(r"(?i)\b(statement|question|petition|deputation)\b", leadin)
                and not re.search(r"(?i)\b(response|answer|reply)\b", leadin)):
            # "Mr Tebay ... read out the following statement:" over the statement in italics:
            # the point's own words, not an answer
            last.text = join(last.text, here.body) if record.get("quoting") else here.body
            if raises_point(last.text):
                last.kind = kind_of(last.text, last.kind)
            record["quoting"] = True
            self.i += 1
            return True
        if before is not None and before.style != "response" and last.text[-40:] not in before.text:
            return False  # the paragraph before raised no point: nothing here to answer
        if last.response is not None:
            if before is None or before.style != "response":
                return False
            last.response.text = join(last.response.text, here.body)  # a second answer line
        else:
            last.response = Response(here.body, speaker(here.body, here.body), here.block.page)
        self.i += 1
        return True

    def _decision_cell(self, here: _Here) -> bool:
        """A decision boxed in a table: "Resolved | To approve ..."."""
        cells = here.block.text.split(" | ") if here.block.style == "table" else []
        if len(cells) < 2 or not self.cues.decision_cell.match(cells[0].strip()):
            return False
        if all(self.cues.decision_table_column.match(c.strip()) for c in cells[1:]):
            # "Decision | Reason" heading the columns: each row below holds a decision first.
            self.i += 1
            while self.i < len(self.blocks) and self.blocks[self.i].style == "table":
                row = self.blocks[self.i]
                text = row.text.split(" | ")[0].strip()
                if text:
                    self.resolutions.append(Resolution(text=text, outcome=outcome_of(text), page=row.page))
                self.i += 1
            return True
        text = " ".join(c.strip() for c in cells[1:] if c.strip())
        if re.match(r"\W*(outcomes?|conclusions?)\W*$", cells[0], re.I) and not self.cues.resolution_start.match(text):
            # "Outcome | Apologies were received from ...", "Conclusions: | None.": no decision
            return False
        self.resolutions.append(Resolution(text=text, outcome=outcome_of(text), page=here.block.page))
        self.i += 1
        return True

    def _question_table(self, here: _Here) -> bool:
        """A table of questions: one row per question, with its answer beside it."""
        columns = _question_columns(here.block, self.cues) if here.block.style == "table" else None
        if not columns:
            return False
        header = here.block.text
        self.i += 1
        last: Optional[Question] = None
        while self.i < len(self.blocks) and (self.blocks[self.i].style == "table" or self._paragraph_between_rows(columns, header)):
            row = self.blocks[self.i]
            if row.text != header and row.style == "table" and _question_columns(row, self.cues):
                break  # a table of questions of its own, under a header of its own
            self.i += 1
            if row.text == header:
                continue  # the header row again, at the top of the next page
            cells = [c.strip() for c in row.text.split(" | ")]
            if "both" in columns:
                both = _cell(cells, columns["both"]) or ""
                if last is not None and opens_with_answer(both):
                    # "– | – | Answer (Clinical Lead for Stroke) ...": the answer in a row of its own
                    # (or more of it, another answering too)
                    _, answer, answerer = _answer_apart(both)
                    if answer and last.response is None:
                        last.response = Response(answer, answerer or speaker(answer, answer), row.page)
                    elif answer:
                        _answer_goes_on(last, answer, row.page)
                    continue
                named, text, answer, answerer = _question_and_answer(both, self.cues)
                # ("Cllr P Young | How many ...? Response: 187 ... | Head of SEND": who asked and who
                # answered in columns of their own)
                asker = _cell(cells, columns.get("asker"))
                named = named or (asker if asker and re.search(r"\w", asker) else None)
                officer = _cell(cells, columns.get("answerer"))
                answerer = answerer or (officer if officer and re.search(r"\w", officer) else None)
                if text:
                    last = Question(text, kind_of(text, "question"), first_person(named) if named else asker_of(text, text), row.page,
                                    Response(answer, answerer or speaker(answer, answer), row.page) if answer else None)
                    self.questions.append(last)
                continue
            if columns.get("asker") == 0 and len(cells) == len(header.split(" | ")) - 1 and _SAID.match(cells[0]):
                # "| Asked whether ... | Mr Lane confirmed ...": the member's cell left empty, and
                # dropped (a page's empty cell is no cell)
                cells = ["–"] + cells
            text = _cell(cells, columns["question"]) or ""
            answer = _cell(cells, columns["answer"])
            asker = _cell(cells, columns.get("asker"))
            if columns["answer"] == columns["question"]:
                answer = None
                # ("Response (Head of Repairs)": who answered, in brackets)
                named = re.match(r"(.*?)\s*\(([^()]{2,80})\)\s*$", asker or "")
                if asker and self.cues.question_table["answer"].match((named.group(1) if named else asker).strip(" :*")):
                    if last is not None and re.search(r"\w", text):
                        _answer_goes_on(last, text, row.page)
                        if named and last.response is not None and not last.response.given_by:
                            last.response.given_by = named.group(2).strip()
                    continue
            if answer is not None and (not re.search(r"\w", answer) or re.fullmatch(r"(?i)\W*(?:(?:comments? )?noted|no response)\W*", answer)):
                answer = None  # "–", "Noted.": no answer was given
            if not re.search(r"\w", text):
                # a second answer to the question in the row above, which spans both rows
                if answer and last is not None:
                    _answer_goes_on(last, answer, row.page)
                continue
            numbered = bool(re.fullmatch(r"\d{1,3}[.)]?", cells[0])) and columns["question"] != 0
            # ("... or Inadequate? (Councillor Tom Aldridge)": who asked, after the question)
            if last is not None and text and not numbered and not asker \
                    and (text[:1].islower() or not re.search(r"[.?!:;]\W*$|\([^()]{2,60}\)$", last.text)):
                # A row split by a page break: its second part carries on the first.
                last.text = f"{last.text} {text}"
                if answer:
                    _answer_goes_on(last, answer, row.page)
                continue
            capitals = self.cues.name_in_capitals.match(text) if not asker else None
            if capitals:
                asker, text = _in_title_case(capitals.group("name")), capitals.group("said")
            answered = self.cues.name_in_capitals.match(answer or "")
            if answered:
                answer = answered.group("said")
            paired = self._speakers_pair(text, answer or "", row.page)
            if paired is not None:
                last = paired
                self.questions.append(last)
                continue
            if text:
                if asker and text[:1].islower():
                    text = f"{asker} {text}"  # "Cllr Dunmore | asked whether ...": as one sentence
                points = [text] if asker else self._members_points(text)
                if len(points) > 1:
                    # "Cllr Coombe asked ... Cllr Pryce raised concern ...": one row, two members'
                    # points, the response answering them in turn
                    rows = [Question(p, kind_of(p), asker_of(p, p), row.page) for p in points]
                    if answer:
                        answer_in_order(rows, answer, row.page)
                    self.questions.extend(rows)
                    last = rows[-1]
                    continue
                told = _asked_and_answered(text, row.page) if not answer and not asker and len(cells) == 1 else None
                if told is not None:
                    # a row across both columns: "Supplementary question: Councillor Beddoes
                    # asked whether ... Councillor Ashdown responded that ..."
                    last = told
                    self.questions.append(last)
                    continue
                # Without a column naming who asked, the question may: "Councillor Okafor queried
                # ...", or after it in brackets: "... sustain it? (Councillor David Pemberton)"
                # ("Cllr Ingleby – How can residents ...?" | "Mr Heptonstall – Practices are ...": each
                # cell opening with who spoke)
                asked_by = first_person(asker) if asker and re.search(r"\w", asker) else asker_of(text, text) or _dashed_speaker(text, self.cues, person=True) \
                    or _named_after(text, self.cues, person=True)
                given_by = _in_title_case(answered.group("name")) if answered else _dashed_speaker(answer or "", self.cues) \
                    or speaker(answer or "", answer or "") or _named_after(answer or "", self.cues)
                last = Question(text, kind_of(text), asked_by, row.page, Response(answer, given_by, row.page) if answer else None)
                self.questions.append(last)
        return True

    def _members_points(self, text: str) -> list[str]:
        """A cell's text parted where another named member raises a point of their own."""
        points: list[str] = []
        for sentence in sentences(text):
            if points and raises_point(sentence) and self.cues.person_title.match(sentence + " ") \
                    and asker_of(sentence, sentence) != asker_of(points[-1], points[-1]):
                points.append(sentence)
            elif points:
                points[-1] = f"{points[-1]} {sentence}"
            else:
                points.append(sentence)
        return points

    def _labelled_pair(self, here: _Here) -> bool:
        """A table row of "Cllr Osman: Why had ...?" beside "Head of Housing: Two default
        notices ...": the question and its answer, each under its speaker's name or office."""
        cells = [c.strip() for c in here.block.text.split(" | ")] if here.block.style == "table" else []
        paired = self._speakers_pair(*cells, here.block.page) if len(cells) == 2 else None
        if paired is None:
            return False
        self.questions.append(paired)
        self.i += 1
        return True

    def _speakers_pair(self, asked: str, answered: str, page: Optional[int]) -> Optional[Question]:
        """"Cllr Osman: Why had ...?" beside "Head of Housing: Two default notices ...": a
        member's question and an office's answer, each under its speaker."""
        turn, reply = self.cues.speaker_turn.match(asked), self.cues.speaker_turn.match(answered)
        if not (turn and reply and self.cues.person_title.match(turn.group("who") + " ")
                and _words(reply.group("who")) & self.cues.role_words):
            return None
        question = turn.group("said")
        return Question(question, kind_of(question), first_person(turn.group("who")), page,
                        Response(reply.group("said"), reply.group("who"), page))

    def _motion(self, here: _Here) -> bool:
        """"Moved by: Cllr A" / "Seconded by: Cllr B" / "That ..." / "CARRIED": a motion and
        what became of it, one decision; a recorded vote between them is part of it."""
        cues = self.cues
        nxt = self.blocks[self.i + 1].text if self.i + 1 < len(self.blocks) else ""
        # (not one whose verdict is in the same paragraph: a decision read whole elsewhere)
        inline = cues.motion_inline.match(here.body) and not cues.resolution_start.match(here.body) and self._verdict_below()
        if not (cues.motion_mover.match(here.body) or inline) or (re.fullmatch(r"\s*\([^()]*\)\W*", here.body)
                                                                  and not re.match(r"\W*that\b", nxt, re.I)):
            return False  # ("(Proposed by Cllr A and seconded by Cllr B)" under a decision: who moved it)
        if cues.motion_decided.search(here.body):
            return False  # "Proposed by A, seconded by B and AGREED that ...": the decision, whole
        # ("Councillor A moved and Councillor B seconded that the Panel recommend ...": the
        # motion in the mover's own sentence)
        j, lines, motion, verdict = self.i + 1, [here.body], [here.body] if inline else [], None
        while j < len(self.blocks) and verdict is None:
            block = self.blocks[j]
            text = block.text.strip()
            if motion and cues.resolution_label.match(text) and not cues.motion_verdict.match(text):
                break  # "RESOLVED: That ...": the decision after a motion with no verdict of its own
            if cues.motion_verdict.match(text):
                verdict = text
                lines.append(text)
                j += 1
                # ("Rejected" in the vote's table, then "The motion fell.": one verdict, told twice;
                # not "The amendment ... was lost." then "The motion was then ... carried.": two votes)
                while j < len(self.blocks) and cues.motion_verdict.match(self.blocks[j].text.strip()) \
                        and not self.blocks[j].text.strip().endswith((":", ":-")) \
                        and not re.search(r"(?i)\bthat\b", self.blocks[j].text) \
                        and _same_verdict(verdict, self.blocks[j].text.strip()):
                    lines.append(self.blocks[j].text.strip())
                    j += 1
                # "CARRIED" set beside the motion may come out of the page before it.
                if not motion and j < len(self.blocks) and re.match(r"\W*that\b", self.blocks[j].text, re.I):
                    motion.append(self.blocks[j].text.strip())
                    lines.append(motion[-1])
                    j += 1
                break
            if cues.motion_mover.match(text) or (block.style == "heading" and not cues.motion_seconder.match(text)):
                break  # the next motion, or the next item
            if block.style != "table" and not cues.motion_seconder.match(text):
                motion.append(text)
            lines.append(text)
            j += 1
        if not motion:
            return False
        text = "\n".join(lines)
        if verdict and outcome_of(verdict) == "rejected":
            outcome = "rejected"
        else:
            outcome = outcome_of("\n".join(motion))
            if outcome == "other" and verdict:
                outcome = "agreed"  # a motion carried was agreed, whatever it was about
        self.resolutions.append(Resolution(text=text, outcome=outcome, page=here.block.page))
        self.in_list = False
        self.answer_list_for = self.pending = self.record = None
        self.i = j
        return True

    def _verdict_below(self) -> bool:
        """What became of a motion comes within a few lines, after any record of the vote."""
        for block in self.blocks[self.i + 1: self.i + 30]:
            text = block.text.strip()
            if self.cues.motion_verdict.match(text) and not text.endswith((":", ":-")):
                return True
            if not self.cues.vote_record.match(text):
                return False
        return False

    def _resolution(self, here: _Here) -> bool:
        """"RESOLVED – That (1) ... (2) ...", with its clauses below."""
        if self.in_list and here.is_list_entry and not opens_decision(here.body) and raises_point(here.body) \
                and not re.match(r"\W*(?-i:NOTED|AGREED)\b", here.body):
            return False  # "• Noted the rise in ... and queried what was being done": a point listed
        if here.body.rstrip().endswith((":", ":-")) and not opens_decision(here.body) \
                and self.cues.discussion_leadin.search(here.body) and self.cues.points_by_members.search(here.body) \
                and not re.search(r"(?i)\b(agreed|resolved|decided|recommend(ed|s)?)\b", here.body):
            return False  # "The Committee noted the following in response to questions from Members:"
        if not self.cues.resolution_start.match(here.body):
            parts = sentences(here.body) if here.body.endswith(":") and here.marker is None else []
            nxt = self._next()
            # ("Having done so, the Committee RESOLVED:": the label after an opening phrase; "The
            # Committee, having considered the report, RESOLVED:": the label alone)
            last = parts[-1] if parts else ""
            if len(parts) > 1 and not self.cues.resolution_start.match(last) and self.cues.resolution_in_paragraph.match(last):
                opened = re.sub(r"^[^,.]{0,60},\s+", "", last)
                label = re.search(r"(?-i:\b(?:RESOLVED|AGREED)\b)", last)
                last = opened if self.cues.resolution_start.match(opened) else last[label.start():] if label else last
            if len(parts) > 1 and self.cues.resolution_start.match(last) and nxt is not None \
                    and marker_kind(split_marker(nxt.text)[0]) is not None \
                    and not self.cues.discussion_leadin.search(last) and not self.cues.noted_what_was_heard.search(last):
                # "The Chairman thanked the representatives ... The Committee requested:" over
                # the requests: the decision's lead-in ends the paragraph before it.
                self.blocks[self.i:self.i + 1] = [replace(here.block, text=" ".join(parts[:-1])),
                                                  replace(here.block, text=last)]
                return True
            return False
        nxt = self._next()
        verb = re.match(r"(?i)to\s+([a-z]{4})", here.body)
        if self.i == 0 and verb and nxt is not None and not re.match(r"(?i)\W*to\s", split_marker(nxt.text)[1]) \
                and any(self.cues.resolution_start.match(split_marker(b.text)[1])
                        and (opens_decision(b.text) or _restates(b.text, here.body))
                        for b in self.blocks[self.i + 1:]):
            # "To approve as a correct record the minutes of ..." opening an item whose "RESOLVED
            # – That the minutes ... be approved" (or "... be confirmed") comes below: the
            # agenda's words; a decision with no label below ("It was agreed that the Clerk
            # would ...") leaves it a decision
            return False
        if self.cues.noted_what_was_heard.search(here.body) and nxt is not None \
                and marker_kind(split_marker(nxt.text)[0]) not in ("letter", "number", "roman"):
            return False  # "The Sub-Committee noted the following:" over what it heard, not clauses
        if nxt is not None and outcome_of(here.body) == "deferred" and outcome_of(nxt.text) == "deferred" \
                and not opens_decision(here.body) and opens_decision(nxt.text):
            return False  # "The item was deferred ..." above the "RESOLVED: That ... be deferred" it reports
        if nxt is not None and not opens_decision(here.body) and opens_decision(nxt.text) \
                and outcome_of(here.body) != "rejected" \
                and _restates(" ".join(b.text for b in self.blocks[self.i + 1:resolution_span(self.blocks, self.i + 1)]), here.body):
            # "The Chair proposed ... The motion was CARRIED." above the RESOLVED that records
            # it (its clauses perhaps below "RESOLVED: That the Committee:")
            return False
        if self.cues.decision_list_leadin.match(here.body):
            # "DECISIONS" over "2. NOTED ...", "3. RECOMMENDED ...", "The Board:" over "* NOTED
            # ...", "* AGREED ...": decisions, each with its own label and full stop, are taken
            # one by one. ("(a) NOTED ...; (b) REQUESTED ...; and (c) ..." is one decision.)
            entries = list(itertools.takewhile(lambda b: split_marker(b.text)[0] is not None, self.blocks[self.i + 1:]))
            if len(entries) >= 2 and all(self.cues.resolution_start.match(split_marker(b.text)[1])
                                         or self.cues.decision_entry.match(split_marker(b.text)[1]) for b in entries) \
                    and not any(re.search(r"(;|,|\band|\bor)\s*$", b.text.strip()) for b in entries):
                if all(self.cues.resolution_start.match(split_marker(b.text)[1]) for b in entries):
                    self.i += 1
                    return True
                # "To write to the ICB ...", "To invite ...": each entry a decision of its own.
                for b in entries:
                    body = split_marker(b.text)[1]
                    outcome = outcome_of(body)
                    self.resolutions.append(Resolution(text=body, outcome="agreed" if outcome == "other" else outcome, page=b.page))
                self.in_list = False
                self.answer_list_for = self.pending = self.record = None
                self.i += 1 + len(entries)
                return True
        if here.block.style == "heading" and not opens_decision(here.body) and nxt is not None and nxt.style is None \
                and not opens_decision(nxt.text) and any(opens_decision(b.text) for b in self.blocks[self.i + 2:self.i + 4]):
            # "Commission's conclusions" over the Chair's summary, then "AGREED:": the heading
            # names the part of the minute; the decision is the labelled one below.
            self.i += 1
            return True
        if here.marker is None and not opens_decision(here.body) and here.block.style is None \
                and not re.search(r"\b(RESOLVED|AGREED)\b", here.body):
            # "Panel agreed that the minutes were a correct record. On matters arising, Cllr X
            # asked ...": an unlabelled decision ends where a point begins.
            # (a motion moved and then carried or lost is one decision)
            parts = sentences(here.body)
            # ("Councillor Lee proposed, Councillor Roy seconded and the Panel agreed to write ...
            # Councillor Adams then asked ...": a decision whole in its sentence, a point after it)
            whole = bool(parts) and self.cues.motion_seconded_decided.search(parts[0]) is not None
            parts = [] if self.cues.motion_told.search(here.body) and not whole else parts
            # ("The Panel NOTED the report. The Panel asked that the Lead bring a progress
            # report ...": the committee asking is part of its decision)
            # ("The Committee noted the report. It was also agreed that the Chair would write
            # ...": a second decision of its own)
            cut = next((k for k in range(1, len(parts)) if raises_point(parts[k]) and (
                not self.cues.committee_asks.match(parts[k]) or self.cues.response.search(parts[k])
                or self.cues.answer_in_point.search(parts[k]))
                or self.cues.further_decision.match(parts[k])), None)
            if cut:
                self.blocks[self.i:self.i + 1] = [replace(here.block, text=" ".join(parts[:cut])),
                                                  replace(here.block, text=" ".join(parts[cut:]))]
                here = self._here()
        end = resolution_span(self.blocks, self.i)
        text = "\n".join([here.body] + [self.blocks[k].text for k in range(self.i + 1, end)])
        if self.resolutions and self.resolution_end == self.i and self.cues.decision_confirmed.match(text) \
                and self.resolutions[-1].outcome not in ("rejected", "deferred"):
            # "The recommendations were agreed without a vote." under the recommendations:
            # how the decision above was taken, not another.
            self.resolutions[-1].text = f"{self.resolutions[-1].text}\n{text}"
            self.i = self.resolution_end = end
            return True
        if end == self.i + 2 and self.cues.no_decision.match(self.blocks[self.i + 1].text):
            self.i = end  # "Outcome:" over "Not applicable.": nothing was decided
            return True
        if re.match(r"(?i)\W*(?:on|upon|when|after) (?:being |having been |it was )?put to the vote\b", here.body) and self.i \
                and self.resolution_end != self.i and self.cues.motion_told.search(self.blocks[self.i - 1].text) \
                and not opens_decision(self.blocks[self.i - 1].text):
            # "Councillor A moved an amendment, seconded by Councillor B, to add ..." over "On
            # being put to the vote, the amendment was LOST": the row says what was put
            text = f"{self.blocks[self.i - 1].text}\n{text}"
        elif len(here.body) < 40 and self.cues.vote_verdict.match(here.body):
            # "Amendment lost." after a recorded vote: the row says what was put to the vote.
            put = next((self.blocks[k].text for k in range(self.i - 1, max(self.i - 9, -1), -1)
                        if self.cues.put_to_vote.search(self.blocks[k].text)), None)
            if put:
                text = f"{put}\n{text}"
        self.resolutions.append(Resolution(text=text, outcome=outcome_of(text), page=here.block.page))
        self.in_list = False
        self.answer_list_for = self.pending = self.record = None
        self.i = self.resolution_end = end
        return True

    def _statement(self, here: _Here) -> bool:
        """"The Chair gave the following communications:" and the statement below it, quoted
        or listed: announcements, not points raised."""
        if not self.cues.statement_leadin.match(here.body):
            return False
        j = self.i + 1
        if j < len(self.blocks) and self.blocks[j].text.lstrip().startswith(('"', "“", "‘")):
            while j < len(self.blocks) and j <= self.i + 12:
                text = self.blocks[j].text.strip()
                j += 1
                if re.search(r"[\"”’]\W*$", text):
                    break  # the closing quote, a full stop after it or not
        elif j < len(self.blocks):
            # the list under it, entries marked alike (not "30.2 Councillor X asked ..." numbered
            # like the lead-in, nor "(a) Councillor Smith asked ..." after its bullets)
            listed = marker_kind(split_marker(self.blocks[j].text)[0])
            while j < len(self.blocks) and listed is not None and listed != here.kind \
                    and marker_kind(split_marker(self.blocks[j].text)[0]) == listed \
                    and not opens_decision(split_marker(self.blocks[j].text)[1]):
                j += 1
        self.i = j
        return True

    def _question_leadin(self, here: _Here) -> bool:
        """"Mr X asked the following question:" and the question, often quoted, below it."""
        m = self.cues.question_leadin.match(here.body)
        follows = self.cues.question_as_follows.search(here.body) if not m and self.i + 1 < len(self.blocks) \
            and self.blocks[self.i + 1].text.lstrip().startswith(('"', "“")) else None
        if follows:
            m = self.cues.question_leadin.match(f"{follows.group('asker')} asked the following question:")
        # "Mr X had given notice of the following question: “...”", the question run on
        inline = (_QUOTED_AFTER_COLON.match(here.body) or _QUESTION_AFTER_COLON.match(here.body)) if not m else None
        if inline:
            m = self.cues.question_leadin.match(inline.group("lead"))
        parts = sentences(here.body) if not m and here.body.rstrip().endswith(":") else []
        if len(parts) > 1 and self.cues.question_leadin.match(parts[-1]) and self.i + 1 < len(self.blocks):
            # "One question had been received ... Mr T Staley ... asked the following question:":
            # the lead-in is the paragraph's last sentence
            self.blocks[self.i:self.i + 1] = [replace(here.block, text=" ".join(parts[:-1])),
                                              replace(here.block, text=parts[-1])]
            return True
        if not m or self.i + 1 >= len(self.blocks) and not inline:
            return False
        if re.fullmatch(r"(?i)(?:(?:members|councillors|the committee|the panel|public|supplementary|further|other)[’']?s?[’']?\s+)?"
                        r"(?:questions?|points?|issues?|comments?|queries)", m.group("asker").strip()):
            return False  # "Questions asked:" heading the members' questions, each with its asker
        if self._next_is_list() and not self.cues.person_title.match(m.group("asker") + " "):
            return False  # "Members asked:" over a list of their points
        question = Question("", "question", first_person(m.group("asker")), here.block.page)
        j = self.i + 1
        if inline:
            question.text = inline.group("quoted").strip()
        while not inline and j < len(self.blocks) and j <= self.i + 6:
            text = self.blocks[j].text.strip()
            question.text = join(question.text, text)
            j += 1
            if not text.startswith(('"', "“")) or text.endswith(('"', "”")):
                break
        written = _QUOTED_AFTER_COLON.match(self.blocks[j].text.strip()) if j < len(self.blocks) else None
        if written and self.cues.written_answer_leadin.search(written.group("lead")):
            # "The following written answer had been provided by the ICB ...: “...”"
            by = re.search(r"\bby (?P<who>(?:the )?[A-Z][\w’' -]{1,60}?)(?:\s+and\b|\s*[,:]|$)", written.group("lead"))
            question.response = Response(written.group("quoted").strip(), by.group("who") if by else None,
                                         self.blocks[j].page)
            j += 1
        answerer = m.group("answerer") or m.group("answerer_to")
        reply = self.cues.reply_leadin.match(split_marker(self.blocks[j].text)[1].strip()) \
            if j + 1 < len(self.blocks) and question.response is None else None
        if reply:
            # "The Cabinet Member replied:" and the reply below it.
            who = reply.group("who")
            given_by = answerer.strip() if answerer and re.match(r"(?i)the\b", who) else who
            question.response = Response(self.blocks[j + 1].text.strip(), first_person(given_by), self.blocks[j + 1].page)
            j += 2
        if self.record is not None and self.questions and not self.questions[-1].text:
            self.questions.pop()  # the record's heading named this same question
        self.questions.append(question)
        self.pending, self.in_list, self.answer_list_for = question, False, None
        # What follows may be a written record: "Answer", "Supplementary question".
        self.record = {"asker": question.asked_by, "answerer": first_person(answerer) if answerer else None,
                       "mode": "a" if question.response else "q"}
        self.i = j
        return True

    def _record(self, here: _Here) -> bool:
        """A written record: "Question by Mr X to Mr Y", its answer, supplementary questions."""
        cues = self.cues
        m = cues.question_record.match(here.body)
        if m:
            answerer = first_person(m.group("answerer")) if m.group("answerer") else None
            self.record = {"asker": first_person(m.group("asker")), "answerer": answerer, "mode": "q"}
            kind = "comment" if m.group("label").lower() == "statement" else "question"
            said = (m.group("rest") or "").lstrip(" :–-")
            if kind == "question" and "?" not in said and cues.turn_raises.match(said[:1].lower() + said[1:]):
                # "Question from Councillor Quaile: raised concern that ...": the verb gives the kind
                kind = kind_of(f"Councillor {said}")
            self.questions.append(Question(m.group("rest") or m.group("question") or "", kind,
                                           self.record["asker"], here.block.page))
            self.in_list = False
            self.i += 1
            return True
        to = self._question_to(here)
        if to is not None:
            # "Question 1" / "Mrs Angela Fothergill, Kenbury" / "To: cabinet member for ...": a
            # written record's heading over three lines, its question and answer labelled below
            asker, answerer = to
            self.record = {"asker": asker, "answerer": answerer, "mode": "q"}
            self.questions.append(Question("", "question", asker, here.block.page))
            self.in_list = False
            self.i += 3
            return True
        if self.record is not None and (cues.discussion_leadin.search(here.body) or here.kind in ("paragraph", "number")):
            self.record = None  # the written record is over: the discussion, or the next paragraph
        record = self.record
        if record is None:
            return False
        body, page, last = here.body, here.block.page, self.questions[-1] if self.questions else None
        sup = cues.supplementary_label.match(body)
        ans = cues.answer_label.match(body)
        parts = sentences(body)
        record["quoting"] = False
        reply = cues.reply_leadin.match(body)
        if cues.question_number.match(body) or re.fullmatch(r"(?i)(?:the\s+)?question\s*:?", body):
            pass  # "Question 2" heading the next lead-in; "Question" over the question's words
        elif reply and last is not None and last.response is None and last.text:
            # "The Director of Public Health gave the following response:" over the answer
            last.response = Response("", first_person(reply.group("who")), page)
            record["mode"] = "a"
        elif not sup and not ans and last is not None and last.response is None and last.text and len(parts) > 1 \
                and (cues.chair_thanks.match(parts[0]) or cues.thanks_before_answer.match(parts[0]) and not _ANSWERED_IN_THANKS.search(parts[0])) \
                and not raises_point(parts[1]) \
                and (cues.response.search(parts[1]) or re.match(r"(?:She|He)\s+(?:advised|explained|confirmed|said|stated|replied|responded)\b", parts[1])):
            # "The Chair thanked Mr. Dawson for his question and invited the Strategic Director
            # to respond. The Strategic Director explained that ...": the answer after the thanks
            # ("The Chair thanked Mr Tebay for his statement. She advised that ...": hers)
            # ("Councillor Brierley, Cabinet Member for ..., thanked Mr Sowden for his question
            # ... She replied that ...": the one who thanked him answers)
            answer = " ".join(parts[1:])
            chair = re.match(r"(?i)\W*(the\s+(?:vice[- ])?chair(?:man|person|woman)?)\b", parts[0])
            invited = cues.invited_to_respond.search(parts[0])
            own = None
            if re.match(r"(?:She|He)\s", parts[1]):
                # ("... and invited the Director of Education to respond. She explained ...": hers)
                own = first_person(invited.group("who")) if invited else \
                    chair.group(1)[0].lower() + chair.group(1)[1:] if chair else \
                    first_person(parts[0].split(" thanked", 1)[0])
            last.response = Response(answer, own or speaker(answer, answer) or record["answerer"], page)
            record["mode"] = "a"
        elif not sup and not ans and last is not None and last.response is None and last.text \
                and cues.response.search(parts[0]) and not cues.chair_thanks.match(body):
            # "Mr Fenner replied that ...": the answer, unlabelled.
            last.response = Response(body, speaker(body, body) or record["answerer"], page)
            record["mode"] = "a"
        elif sup:
            self.questions.append(Question(sup.group("rest"), "question", record["asker"], page))
            record["mode"] = "q"
        elif cues.supplementary_sentence.search(body) and raises_point(body):
            # "Mr Brown asked a supplementary question about ..., and was told ..."
            self.questions.append(point_from_text(body, page, body))
            record["mode"] = "a" if self.questions[-1].response else "q"
        elif ans:
            given_by = first_person(ans.group("answerer")) if ans.group("answerer") else record["answerer"]
            last.response = Response(ans.group("rest") or "", given_by, page)
            record["mode"] = "a"
        elif record["mode"] == "a" and last.response is not None and cues.person_title.match(body) \
                and raises_point(parts[0]) and not cues.response.search(parts[0]):
            self.record = None  # "Ms Okonjo (Healthwatch) asked that ...": a point of its own after the answer
            return False
        elif record["mode"] == "a" and last.response is not None:
            last.response.text = join(last.response.text, here.block.text)
        else:
            last.text = join(last.text, here.block.text)
        self.i += 1
        return True

    def _question_to(self, here: _Here) -> Optional[tuple[Optional[str], str]]:
        """"Question 1" over who asked ("Mrs Angela Fothergill, Kenbury") and "To: cabinet
        member for ...": the asker and the answerer."""
        if not self.cues.question_number.match(here.body) or self.i + 2 >= len(self.blocks):
            return None
        who, to = self.blocks[self.i + 1].text.strip(), self.blocks[self.i + 2].text.strip()
        addressed = re.match(r"(?i)^to\s*:\s*(?P<answerer>\S.{2,120})$", to)
        name = re.split(r"\s*[,(–—]", who)[0].strip()
        if not addressed or not (self.cues.person_title.match(name + " ") or NAME_CELL.fullmatch(name)) or len(name.split()) > 6:
            return None
        return first_person(name), addressed.group("answerer").strip(" .")

    def _by_label(self, here: _Here) -> bool:
        """"Asked by: Mr Colin Ashworth, Brookside Carers' Group": who asked the question below."""
        asked = self.cues.asked_by_label.match(here.body)
        answered = self.cues.answered_by_label.match(here.body)
        nxt = self._next()
        name = re.split(r"\s*[,(–—]", here.body.strip())[0].strip()
        if asked:
            self.next_asker = first_person(asked.group("who"))
        elif nxt is not None and here.marker is None and self.cues.person_title.match(name + " ") and len(name.split()) <= 5 \
                and len(here.body) < 120 and not re.search(r"[.?!:]$", here.body.strip()) \
                and (self.cues.question_number.match(nxt.text) or self.cues.qa_question.match(nxt.text)):
            # "Mrs Gwen Alderton, Castle Ferrow" over "Question 1": who asked the question below
            self.next_asker = first_person(name)
        elif answered:
            self.next_answerer = answered.group("who").strip()
        else:
            return False
        self.i += 1
        return True

    def _qa_pair(self, here: _Here) -> bool:
        """"Q. ..." / "A. ...", or "Q1. Councillor X asked ..." with the answer below it."""
        cues, block = self.cues, here.block
        # ("• Q (Cllr Pennick): how many ...?" over "o A (Director): ...": the label after a list
        # marker, its answer below; a list of "• Q:" points alone is answered in a list of its own)
        asked = block.text
        if not cues.qa_question.match(asked):
            following = self._next()
            answered_below = following is not None and cues.qa_answer.match(split_marker(following.text)[1])
            asked = here.body if answered_below else asked
        m = cues.qa_question.match(asked)
        if m:
            asker = m.group("asker").split(",")[0].strip() if m.group("asker") else None
            text = asked[m.end():]
            if not text.strip() and self._label_over_text():
                # "Question:" on a line of its own over the question
                self.i += 1
                block, text = self.blocks[self.i], self.blocks[self.i].text
            if m.group("comment") and not asker and self.questions and self.questions[-1].response is not None \
                    and cues.response.search(sentences(text)[0]) and not raises_point(sentences(text)[0]) \
                    and not re.match(r"\W*(?:(?:County |Borough |District )?Councillors?|Cllrs?|(?:an? |one |another )?Members?)\b", text, re.I):
                # "Comment: The Cabinet Member added that ...": the answer going on, not a point
                self.questions[-1].response.text = join(self.questions[-1].response.text, text)
                self.i += 1
                return True
            turn = cues.speaker_turn.match(text)
            dash = cues.speaker_dash.match(text.strip()) if not turn else None
            if turn and not asker and cues.person_title.match(turn.group("who") + " "):
                # "Q. Mr Aurelio Bastos (Stourbank): The consultation ..."
                asker, text = first_person(turn.group("who")), turn.group("said")
            elif dash and not asker and cues.person_title.match(dash.group("who") + " "):
                asker = first_person(dash.group("who"))  # "Q. Cllr Batt – What ...?": who asked, as printed
            # "Q – Councillor X raised concerns about ..." keeps its kind; a bare question is one.
            kind = kind_of(text) if any(p.search(text) for p in cues.raised.values()) else "question"
            if m.group("comment") and (m.group("asker") or kind == "question"):
                # ("Comment: Councillor X expressed concern about ..." keeps its own kind)
                kind = "comment"
            # ("None, as Councillor Ali had left the meeting.", "None asked.", "Nil return."; not
            # "None of the public toilets in Victoria Park are open. Why not?", a question)
            if re.match(r"(?i)\W*(?:none|nil|n/?a)\b(?!\s+of\b)", text) and "?" not in text and len(text.split()) <= 12:
                self.i += 1  # "Supplemental Question: None – the questioner was not present."
                return True
            # (unlabelled, the asker may be named in the words: "Question: Councillor Sandhu asked why ...")
            asker, self.next_asker = asker or self.next_asker or asker_of(text, text), None
            if asker is None and re.match(r"(?i)\W*supplementa", asked) and self.questions:
                asker = self.questions[-1].asked_by  # the supplementary question is the same questioner's
            nxt = self._next()
            told = _asked_and_answered(text, block.page, answer_follows=nxt is not None and bool(
                cues.qa_answer.match(nxt.text) or cues.answer_label.match(nxt.text)))
            if told is not None:
                # "Supplementary question: Councillor Beddoes asked whether ... Councillor
                # Ashdown responded that ...": the question and its answer under one label
                self.questions.append(replace(told, kind=kind, asked_by=asker))
                self.i += 1
                return True
            self.questions.append(Question(text, kind, asker, block.page))
            nxt = self._next()
            if nxt is not None and cues.no_answer.match(nxt.text):
                self.i += 2  # "A3 No answer was recorded at the meeting."
                return True
            if nxt is not None and nxt.style is None and split_marker(nxt.text)[0] is None \
                    and not cues.qa_question.match(nxt.text) and not cues.qa_answer.match(nxt.text) \
                    and not cues.answered_by_label.match(nxt.text) and not cues.asked_by_label.match(nxt.text) \
                    and not cues.resolution_start.match(nxt.text.strip()) and not raises_point(sentences(nxt.text)[0]) \
                    and not cues.chair_thanks.match(nxt.text):
                # The answer, unlabelled, below the question (not "The Chair thanked Ms X for her
                # presentation.", closing the item).
                self.questions[-1].response = Response(nxt.text.strip(), speaker(nxt.text, nxt.text), nxt.page)
                self.i += 2
                return True
            self.pending = self.questions[-1]
            self.i += 1
            return True
        # "A. ..." as printed, or "Response: ..." after a list marker.
        labelled = block.text if cues.qa_answer.match(block.text) else here.body
        m = cues.qa_answer.match(labelled)
        if m and self.questions and self.questions[-1].response is None:
            text = labelled[m.end():]
            named = None
            if not text.strip() and self._label_over_text():
                # "Response:" on a line of its own over the answer
                self.i += 1
                block, text = self.blocks[self.i], self.blocks[self.i].text
                following = self._next()
                if cues.person_title.match(text) and len(text) < 150 and not re.search(r"[.!?”\"]\s*$", text) \
                        and following is not None and following.style != "heading" and not cues.qa_question.match(following.text):
                    # "Written Response:" / "Councillor X, Portfolio Holder for ..." / "“The
                    # Council has ...”": who answered, then the answer
                    named = first_person(text.split(",")[0])
                    self.i += 1
                    block, text = self.blocks[self.i], self.blocks[self.i].text
            turn = cues.speaker_turn.match(text)
            dash = cues.speaker_dash.match(text.strip()) if not turn and not m.group("answerer") else None
            dashed = speaker(dash.group("who") + " said that") if dash and someone(dash.group("who")) else None
            if turn and not m.group("answerer"):
                # "A. Councillor Qureshi (Cabinet Member for Adult Social Care): There is ..."
                who = turn.group("who") + (f" ({turn.group('note')})" if turn.group("note") else "")
                answerer, text = who, turn.group("said")
            elif dashed:
                answerer = dashed  # "A. The Head of Commissioning – Yes, ...": who answered, as printed
            else:
                answerer = m.group("answerer").split(",")[0].strip() if m.group("answerer") else named or speaker(text)
            answerer, self.next_answerer = self.next_answerer or answerer, None
            if answerer is None and re.match(r"(?i)\W*supplementa", labelled) and len(self.questions) > 1 \
                    and self.questions[-2].response is not None:
                answerer = self.questions[-2].response.given_by  # so is its answer the first answerer's
            self.questions[-1].response = Response(text, answerer, block.page)
            self.pending = None
            self.i += 1
            return True
        return False

    def _paragraph_between_rows(self, columns: dict[str, int], header: str) -> bool:
        """Whether a paragraph between rows of a table of questions is a row of it whose other
        cells were empty, so set apart: "Cllr Lampitt – Commented that ..." with nothing in the
        Response column. Only with more rows of the same table below it (not a table of its own,
        "Action | Lead | Due", after a paragraph below the questions)."""
        block, following = self.blocks[self.i], self._next()
        if block.style is not None or following is None or following.style != "table" or columns.get("question") != 0:
            return False
        if len(following.text.split(" | ")) != len(header.split(" | ")) or _question_columns(following, self.cues):
            return False
        if self.cues.speaker_dash.match(block.text.strip()):
            return True
        return "both" not in columns and raises_point(block.text) \
            and not self.cues.resolution_start.match(block.text) and not opens_decision(block.text)

    def _label_over_text(self) -> bool:
        """Whether the block after a label alone ("Question:", "Response:") is its text."""
        nxt = self._next()
        return nxt is not None and nxt.style != "heading" and not self.cues.qa_question.match(nxt.text) \
            and not self.cues.qa_answer.match(nxt.text)

    def _turn(self, here: _Here) -> bool:
        """"Cllr Patel: ..." then "Director of Adult Social Care: ...": an exchange, each turn
        under its speaker's name or office."""
        m = self.cues.speaker_turn.match(here.body) if here.marker is None else None
        if not m:
            return False
        who, said, page = m.group("who").strip(" ,"), m.group("said").strip(), here.block.page
        if any(p.fullmatch(who + ":") for _, p in self.cues.attendance_labels):
            return False  # "Also Present: Councillor X (Cabinet Member ...)": a line of attendance
        if self.cues.declaration_entry.match(said):
            # "Councillor C Dearden: Personal interest by virtue of ...": a declaration
            self.i += 1
            return True
        note = m.group("note") or ""
        point = self.turn_point
        chair = bool(self.cues.chair_turn.match(who) or self.cues.chair_turn.match(note))
        # The Chair asks questions too; a Chair's turn without one after a point answers it.
        replying = chair and point is not None and point.response is None and "?" not in said \
            and not self.cues.turn_raises.match(said)  # "Chair: Asked whether ..." raises its own
        words = _words(who)
        # "Nadia Kerr: Healthwatch would like assurance ...": someone named without a title
        # (a co-opted member, a member of the public) raises a point, unless the point before
        # still waits for its answer and this turn asks nothing.
        untitled = bool(re.fullmatch(r"[A-Z][a-z][\w’'-]*(?: [A-Z][\w’'.-]*[a-z][\w’'.-]*){1,3}", who)) and not note \
            and not words & (self.cues.role_words | self.cues.organisation_words) \
            and (point is None or point.response is not None or "?" in said)
        # "Dr Helen Carrow, Director of Public Health: ..." answers as her office does.
        office_named = bool(_words(who.partition(",")[2]) & self.cues.role_words)
        titled = bool(self.cues.person_title.match(who + " ")) and not office_named
        # "Graham Lowther, Healthwatch Wealdshire: Commented that ...": the words raise a point
        # whoever says them.
        opening = bool(self.cues.turn_raises.match(said))
        # "Parent Governor Representative: ..."; not "Head of Youth Services: ...", an officer
        member = bool(words & self.cues.member_role_words) \
            and not words & (self.cues.office_words - {"representative", "member"}) - self.cues.member_role_words
        if (titled or untitled or opening or member) and not replying:
            kind = kind_of(said)
            if note.lower().startswith("supplementary") and kind == self.cues.kind_fallback and "?" in said:
                kind = "question"
            self.turn_point = Question(said, kind, first_person(who), page)
            self.questions.append(self.turn_point)
            self.i += 1
            return True
        office = bool(words & self.cues.role_words)
        if not (office or chair) or point is None:
            return False
        if note and not chair and not note.lower().startswith("supplementary"):
            who = f"{who} ({note})"  # "Assistant Director, Commissioning and Quality (Adults)"
        if point.response is None:
            if not (chair and point.kind == "comment"):  # "Chair: Thank you, Cllr Moss."
                point.response = Response(said, who, page)
        elif not chair:
            point.response.text = join(point.response.text, said)  # a second officer adds to it
        self.i += 1
        return True

    def _answer_lists(self, here: _Here) -> bool:
        """Answers set out as a list of their own: after "In response to questions from
        Members, officers explained that:" (each naming its question: "in relation to X,
        ..."), or after "Responses" following a list of points."""
        cues, body, page = self.cues, here.body, here.block.page
        parts = sentences(body) if body.endswith(":") else []
        if len(parts) > 1 and (cues.answers_leadin.match(parts[-1]) or cues.answers_to_list.match(parts[-1])):
            # "d) whether ... back in-house. In response to questions raised, it was reported
            # that:": the answers' lead-in run on from the last point
            self.blocks[self.i:self.i + 1] = [replace(here.block, text=here.block.text[:here.block.text.rindex(parts[-1])].rstrip()),
                                              replace(here.block, text=parts[-1], style=None)]
            return True
        targets = [q for q in self.list_points if q.response is None]
        if not targets and not here.is_list_entry and self._next_is_list() and (
                cues.answers_to_list.match(body) or cues.answers_by_list.match(body) and re.search(r"(?i)\b(?:responded|replied)\b", body)):
            # "Councillor A asked ... Councillor B queried ..." then "Responding to the points
            # raised, Dr X stated that:" over a list: the answers to the points in prose above
            targets = self._unanswered()
            prose = True
        else:
            prose = False
        leadin = cues.answers_leadin.match(body)
        following = [split_marker(b.text)[0] for b in itertools.takewhile(
            lambda b: split_marker(b.text)[0] is not None, self.blocks[self.i + 1:])]
        nxt = self._next()
        if leadin and not (len(targets) > 1 and following == [self.point_markers.get(id(q)) for q in targets]
                           and nxt is not None and not cues.topic_answer.match(split_marker(nxt.text)[1])):
            self.answers_by = speaker(body, body) or ""
            self.in_list = False
            self.i += 1
            return True
        # ("Members discussed:" over (a) to (d), then "In response to questions raised, it was
        # reported that:" over (a) to (d): the answers, in the points' order)
        m = leadin or cues.answers_to_list.match(body) or cues.answers_heading.match(body) or cues.answers_by_list.match(body)
        if m and targets:
            self.answer_targets, self.answers_by = targets, None
            self.answers_any_order, self.last_listed_answer = prose, None
            self.list_by = (m.groupdict().get("who") or "").strip() or None
            # Answers lettered as the points were, one for each: "(b)" answers "(b)".
            self.answers_lettered = following == [self.point_markers.get(id(q)) for q in targets]
            self.in_list = False
            self.i += 1
            return True
        if self.answer_targets is not None:
            if here.is_list_entry and self.answer_targets:
                # Lettered as the points were, "(b)" answers "(b)"; otherwise answers go by their words.
                point = next((q for q in self.answer_targets if self.point_markers.get(id(q)) == here.marker),
                             None) if self.answers_lettered else None
                if point is None and not re.search(r"\w", body):
                    point = self.answer_targets[0]  # "—": the next point had no answer
                point = point or best_match(self.answer_targets, body)
                parts = sentences(body)
                motion = next((k for k in range(1, len(parts)) if self.cues.resolution_start.match(parts[k])
                               or self.cues.motion_proposed.search(parts[k])), None)
                if motion:
                    # "d) ... the workforce. Councillor Hosking proposed that ... The proposal was
                    # lost.": the answer ends where a motion begins
                    rest = " ".join(parts[motion:])
                    body = " ".join(parts[:motion])
                    self.blocks.insert(self.i + 1, replace(here.block, text=rest, style=None))
                if self.answers_any_order:
                    # (answers to points made in prose may come in any order, and one may say more
                    # than was asked: it goes on with the answer to the point it is nearest)
                    words = content_words(body)
                    point = best_match(self.answer_targets, body) \
                        if self.last_listed_answer is None or any(words & content_words(q.text) for q in self.answer_targets) \
                        else self.last_listed_answer
                    self.last_listed_answer = point
                    if point.response is not None:
                        point.response.text = join(point.response.text, body)
                    elif re.search(r"\w", body):
                        point.response = Response(body, _own_speaker(body) or self.list_by, page)
                    self.i += 1
                    return True
                if re.search(r"\w", body):
                    point.response = Response(body, _own_speaker(body) or self.list_by, page)
                self.answer_targets = self.answer_targets[self.answer_targets.index(point) + 1 :]
                self.i += 1
                return True
            self.answer_targets = None
        if self.answers_by is not None:
            if here.is_list_entry:
                m = cues.topic_answer.match(body)
                nxt = self._next()
                after = self.blocks[self.i + 2].text if self.i + 2 < len(self.blocks) else ""
                if not m and nxt is not None and not cues.topic_dash_answer.match(body) and here.marker not in ("–", "—", "-") \
                        and re.match(r"\s*[–—]\s+[a-z0-9£]", nxt.text) and not re.match(r"\s*[–—-]\s", after) \
                        and not raises_point(body):
                    # "• How the views of residents had been taken into account" over "– residents had
                    # asked for ...": the answer broken onto a line of its own
                    body = f"{body} {nxt.text.strip()}"
                    self.i += 1
                dash = cues.topic_dash_answer.match(body) if not m else None
                if m:
                    self.questions.append(self._topic_point(body, m, page))
                elif dash:
                    # "• Whether patients could choose another hospital – 212 patients had been
                    # offered a transfer ...": the question asked, a dash, its answer
                    answer = dash.group("answer")
                    self.questions.append(Question(dash.group("topic").strip(), "question", None, page,
                                                   Response(answer, self.answers_by or speaker(answer, answer) or None, page)))
                elif not cues.not_a_point.search(body):
                    point = point_from_text(body, page, body)
                    parts = sentences(body)
                    said = speaker(parts[1], body) if len(parts) > 1 else None
                    if point.response is None and len(parts) > 1 and raises_point(parts[0]) and not raises_point(parts[1]) \
                            and parts[1][:1].isupper() and len(" ".join(parts[1:]).split()) >= 4 \
                            and (cues.response.search(parts[1]) or said
                                 # (after a question, what follows answers it: not a member's concern
                                 # going on, "Some families had been placed there ...", nor "She said ...")
                                 or kind_of(parts[0]) == "question"
                                 and not re.match(r"(?i)\W*(?:he|she|his|her|they|their|this|it|i|we|my|our)\b", parts[1])):
                        # "• Members expressed frustration at ... Officers shared this frustration; ...":
                        # under answers' lead-in, what follows the point in its entry answers it
                        point = point_from_text(parts[0], page, body)
                        point.response = point.response or Response(" ".join(parts[1:]), said or self.answers_by or None, page)
                    elif point.response is None and not raises_point(body):
                        # "officers advised that: • the teams had 14 vacant posts ...": an answer
                        # whose question is known only by it, as in "In answer to a question, ..."
                        point = Question(body, "question", None, page, Response(body, self.answers_by or None, page))
                    self.questions.append(point)
                else:
                    self.answers_by = None
                    return False  # "Mr X asked that his abstention be recorded.": the answers are over
                self.i += 1
                return True
            self.answers_by = None
        return False

    def _topic_point(self, body: str, m: re.Match, page: Optional[int]) -> Question:
        """"In relation to X, ...", "on the concern that X, Mr Y said that ...": an answer naming
        the point it answers, read as the point and its answer."""
        cues = self.cues
        topic, answer = m.group("topic").strip(" ,"), m.group("answer").strip()
        # "on the concern that rural parts, particularly the Marsh villages, would ..., Mr
        # Whitcombe said that ...": the topic runs on to the comma before who answered.
        said = re.compile(r",\s+((?:the|an?|Mr|Mrs|Ms|Dr|Councillor|Cllr|officers?)\b[^,;]{0,80}?"
                          + cues.speech_verbs.pattern + r".*)$", re.I | re.S)
        later = said.search(body, m.start("answer") - 2)
        if later and not cues.speech_verbs.search(re.split(r",\s", answer)[0]):
            topic, answer = body[m.start("topic"):later.start()].strip(" ,"), later.group(1).strip()
        # "on the concern that ...", "on a Member's request for ...": the kind the topic names
        core = re.sub(r"^((?:an?|the)\s+)members?[’']s?\s+", r"\1", topic[m.end("lead") - m.start("topic"):].strip(), flags=re.I)
        if any(p.search(core) for p in cues.raised.values()):
            kind = kind_of(core)
        elif re.match(r"on\s", topic, re.I) and not re.match(r"(whether|how|why|what|when|where|which|who)\b", core, re.I):
            kind = cues.kind_fallback  # "on staff vacancies, ...": a topic raised, no question
        else:
            kind = "question"
        return Question(topic, kind, None, page, Response(answer, self.answers_by or speaker(answer, answer) or None, page))

    def _discussion_list(self, here: _Here) -> bool:
        """A lead-in ("The following comments were made / issues raised:-") and the points
        listed under it, with answers under or inside each point."""
        cues, body, page, marker, block = self.cues, here.body, here.block.page, here.marker, here.block
        if here.is_list_entry and marker is None and block.style is None:
            parts = sentences(body)
            k = next((k for k in range(1, len(parts)) if cues.resolution_in_paragraph.match(parts[k])), None)
            if k:
                # "The chair thanked the cabinet member ... The commission agreed to write to ...":
                # after the points summarised, a decision ends the paragraph
                self.blocks[self.i:self.i + 1] = [replace(block, text=" ".join(parts[:k])),
                                                  replace(block, text=" ".join(parts[k:]))]
                return True
        asked = cues.asked_answered_below.match(body) if not here.is_list_entry else None
        entries = list(itertools.takewhile(lambda b: b.is_list_entry, (self._here(k) for k in range(self.i + 1, len(self.blocks))))) \
            if asked and self._next_is_list() else []
        if entries and not any(raises_point(e.body) or cues.response_to_question.match(e.body) for e in entries):
            # "Members asked questions in relation to X, Y and Z, and the following points were
            # made in response:": one point, answered by the list below it (not a list of the
            # points themselves, each with its answer)
            point = point_from_text(asked.group("asked").rstrip(" ,;") + ".", page, body)
            answers = [e.body for e in entries]
            self.i += 1 + len(entries)
            if point.response is None:
                point.response = Response(" ".join(answers), speaker(answers[0], answers[0]) or None, page)
            self.questions.append(point)
            self.in_list, self.answer_list_for = False, None
            return True
        nxt = self._next()
        # (an entry among its like, "a) Briefing Note 25-04, which responded to the questions
        # raised by members" over "b) ...", leads into nothing)
        sibling = here.marker is not None and nxt is not None and marker_kind(split_marker(nxt.text)[0]) == here.kind
        if cues.discussion_leadin.search(body) and (body.rstrip().endswith((":", ":-", "-", "–")) or (self._next_is_list() and not sibling)):
            lead = cues.discussion_leadin.search(body)
            last = sentences(body)[-1]
            generic = re.match(r"(?i)\W*the following (?:points|issues|matters) (?:were|was) (?:raised|made|noted|highlighted)\W*$", last)
            # (the presenting in the paragraph above a lead-in that stands alone: "The Committee
            # received a joint presentation from ..." over "The following key points were highlighted:")
            above = len(body[:lead.start()].split()) <= 3
            before = body[:lead.start()] if not above else (
                self.blocks[self.i - 1].text if self.i and self.blocks[self.i - 1].style is None else "")
            # (a lead-in standing alone that only says points were raised, or a paragraph above
            # that goes on to members' questions, lists members' points)
            # ("... were raised" or "made" by members; "... were highlighted" by the presenter)
            members_above = above and ((generic and re.search(r"(?i)\b(?:raised|made)\W*$", last)) or any(
                re.search(r"(?i)\b(members|councillors)\b", s) and cues.points_by_members.search(s)
                and not cues.presenting.search(s) for s in sentences(before)))
            if cues.presenting.search(before) and not members_above and not cues.public_presenting.search(before) and (
                    not cues.points_by_members.search(body if above else last) or generic
                    or cues.presenter_comments.search(last)):
                # "Ruth Palfrey introduced the report. The following key points were noted:",
                # "Members were guided through the report and the following key points were
                # highlighted:" over what the presenter said, not points raised
                # (until an entry names a member raising a point)
                self.i += 1
                while self.i < len(self.blocks) and (entry := self._here()).is_list_entry and not (
                        raises_point(entry.body) and (cues.person_title.match(entry.body + " ")
                                                      or re.match(r"(?i)\W*(an?|another)\s+(committee\s+)?member\b", entry.body)
                                                      or re.match(r"(?i)\W*(the\s+(committee|panel|board|commission|sub-committee)|members|councillors)\b", entry.body)
                                                      or re.match(r"(?i)\W*(concerns? (was|were) (expressed|raised|voiced)|(a|one) question was (asked|raised|put)|it was (asked|queried|questioned)\b)", entry.body)
                                                      or cues.response_to_question.match(entry.body))):
                    self.i += 1
                # (the presenter's points over, the members' go on in the same list when the
                # lead-in spoke for both: "presented a report ... The following points were raised:")
                self.in_list = bool(generic) and self.i < len(self.blocks) and self._here().is_list_entry
                if not self.in_list:
                    return True
                self.list_point_kind = self.answer_list_for = self.list_asker = None
                self.list_leadin_kind, self.list_answered, self.list_points = here.kind, False, []
                return True
            self.in_list = True
            self.list_leadin_kind = here.kind
            # "Mrs Kay, a tenant at Marlowe Court, made the following comments:": hers, each point
            # (not who presented, invited, answered, or whose item the members' points were on)
            person = cues.speaker_person.match(last) if cues.person_title.match(last) and cues.leadin_by_person.search(last) \
                and not cues.presenting.search(last) else None
            self.list_asker = person.group(0).strip() if person else None
            # "Members asked about:": points with no word of their own are of the lead-in's kind.
            self.list_point_kind = "concern" if cues.leadin_of_concerns.search(last) else kind_of(body) if raises_point(body) else (
                "question" if cues.leadin_of_questions.search(body) else "request" if cues.leadin_of_requests.search(body) else None)
            self.list_answered = bool(cues.leadin_with_answers.search(body))
            self.answer_list_for = None
            self.list_points = []
            self.i += 1
            return True
        if self.in_list and here.marker is None and cues.action_line.match(body) and self.i + 1 < len(self.blocks) \
                and self._next_is_list():
            self.i += 1  # "ACTION: CW / ST" under the point it arose from, more points below
            return True
        if self.in_list and here.marker is None and cues.actions_heading.match(body):
            # "Actions/further information to be provided:" over the actions: the points are
            # over, and the actions listed below answer none of them.
            self.in_list, self.list_points, self.answer_list_for = False, [], None
            self.i += 1
            while self.i < len(self.blocks) and split_marker(self.blocks[self.i].text)[0] is not None \
                    and not opens_decision(split_marker(self.blocks[self.i].text)[1]):
                self.i += 1
            return True

        # "In response to a question about X, Y shared that:" followed by (a), (b) ...
        rq = cues.response_to_question.match(body)
        if rq and body.rstrip().endswith(":"):
            q = point_from_text(body, page, body)
            q.response.text = q.response.text.rstrip(":")
            self.questions.append(q)
            self.answer_list_for = q
            self.i += 1
            return True
        if self.answer_list_for is not None and here.kind in ("letter", "roman", "bullet", "number") \
                and here.kind != self.list_leadin_kind:
            self.answer_list_for.response.text = join(self.answer_list_for.response.text, body)
            self.i += 1
            return True
        self.answer_list_for = None

        if not self.in_list:
            return False
        if here.is_list_entry and cues.person_title.match(body + " ") and NAME_CELL.fullmatch(body.strip(" .;,")):
            self.i += 1  # "• Councillor Imran Chaudhry" under "The following Members asked questions:"
            return True
        first = sentences(body)[0] if body else ""
        last = self.questions[-1] if self.questions else None
        last_is_point = bool(self.list_points) and last is self.list_points[-1]
        below = here.is_list_entry and last_is_point and here.block.level > self.point_levels.get(id(last), here.block.level)
        deeper = below and self._answers_above(first, last)
        if below and not deeper and last.response is None and not raises_point(body) \
                and (re.match(r"\W*(?-i:[a-z])", body) or self._leads_in(last)):
            # "• Councillor Ahmed raised concerns about potholes ..." over "    ◦ in particular on
            # Station Road ...", or "... asked about the proposals, in particular:" over the
            # topics: the member's point goes on
            if self._leads_in(last):
                self.lead_ins.add(id(last))
            last.text = join(last.text, body)
            self.i += 1
            return True
        if here.is_list_entry and last_is_point and last.response is None and (deeper or (
                cues.response.search(first) and not raises_point(first) and not cues.response_to_question.match(first)
                and not cues.answer_after_opening.match(first))):
            # "• Mr Ridsdale said that ..." under "• Councillor Haigh asked ...": an answer
            # set as an entry of its own (not "• In relation to X, members were informed
            # that ...": a point of its own, put and answered)
            last.response = Response(body, speaker(body, body), page)
            self.i += 1
            return True
        if here.is_list_entry and re.match(r"(?i)the\s", first) and "?" not in body and not raises_point(body) \
                and not cues.response_to_question.match(first) and (cues.not_a_point.search(first) or (
                    speaker(first) and cues.response.search(first)
                    and ((last_is_point and last.response is not None)
                         or (not self.list_points and _words(speaker(first) or "") & cues.office_words
                             - {"member", "councillor", "cllr", "representative"})))):
            # "The Assistant Director introduced the report ...", or a witness's statement, among
            # the points listed (after an answered point, or before any point): nobody raised it.
            self.i += 1
            return True
        if here.is_list_entry and not (here.kind == "number" and self.list_leadin_kind == "number"):
            parts = sentences(body)
            # "Workforce – Members asked about ... Officers advised that ... Councillor Crossley
            # questioned ...; the Chief Operating Officer explained ...": after an answer, a
            # member raising another point starts a row of its own.
            answered = next((j for j in range(1, len(parts)) if cues.response.search(parts[j]) and not raises_point(parts[j])), None)
            further = next((k for k in range(answered + 1, len(parts)) if raises_point(parts[k]) and (
                cues.person_title.match(parts[k] + " ") or re.match(r"(?i)\W*(members?|councillors?|a member|another member|the (vice[- ])?chair(man|person)?)\b", parts[k]))),
                None) if answered is not None else None
            rest = None
            if further is not None:
                body, rest, parts = " ".join(parts[:further]), " ".join(parts[further:]), parts[:further]
            point = point_from_text(body, page, body)
            if len(parts) > 1 and re.fullmatch(r"\([^()]{2,60}\)", parts[1]):
                parts[:2] = [f"{parts[0]} {parts[1]}"]  # "...? (Cllr Bhatt)": who asked
            if point.response is None and self.list_answered and len(parts) > 1 and (
                    raises_point(parts[0]) or parts[0].endswith("?") or kind_of(parts[0]) == "comment") \
                    and not raises_point(parts[1]) and parts[1][:1].isupper() and len(" ".join(parts[1:]).split()) >= 4:
                # Under "Questions and answers", what follows the point in its entry answers
                # it, however worded: "Members felt that ... It was reported that ...".
                point = point_from_text(parts[0], page, body)
                point.response = Response(" ".join(parts[1:]), speaker(parts[1], body), page)
            if point.asked_by is None and self.list_asker:
                point = replace(point, asked_by=self.list_asker)
            self.questions.append(point)
            if not raises_point(body) and "?" not in body and not any(p.search(body) for p in cues.raised.values()):
                bare = next((kind for kind, p in cues.bare_point.items() if p.match(body)), None)
                if bare or self.list_point_kind:
                    self.questions[-1].kind = bare or self.list_point_kind
            self.list_points.append(self.questions[-1])
            self.point_markers[id(self.questions[-1])] = here.marker
            self.point_levels[id(self.questions[-1])] = here.block.level
            if rest:
                paragraph_points(rest, page, self.questions, None)
            self.i += 1
            return True
        # A paragraph under a point that answers it: "Officer response: ...", "The Director
        # advised that ...".
        plain = marker is None and block.style is None
        waiting = [q for q in self.list_points if q.response is None]
        if plain and len(waiting) >= 2 and ";" in body and cues.response.search(first):
            # "In response, the Director advised that A; that B; and that C": one answer for
            # several points, each clause matched to the point it speaks to.
            answer_points(waiting, body, page, self.point_markers)
            self.i += 1
            return True
        counted = self._counted(first, self._unanswered()) if plain else []
        if counted and not raises_point(body):
            # "Responding to both points, the Strategic Director said ...", below the two
            for point in counted:
                point.response = Response(body, speaker(first, first), page)
            self.i += 1
            return True
        if plain and last_is_point and last.response is not None and not last.response.text.strip() \
                and not raises_point(first) and not opens_decision(body):
            # "Officer response:" alone on its line, the answer in the paragraph below it
            last.response = Response(body, last.response.given_by or speaker(body, body), page)
            self.i += 1
            return True
        if plain and last_is_point and last.response is None:
            label = cues.answer_label.match(body)
            # A paragraph set under a question that asked it all: its answer, however worded.
            answers_question = last.text.rstrip().endswith("?") and body[:1].isupper() and not raises_point(first)
            if (label or cues.response.search(first) or answers_question) and not self._another_question(first, last):
                text = (label.group("rest") or "") if label else body
                given_by = first_person(label.group("answerer")) if label and label.group("answerer") else speaker(text, text)
                last.response = Response(text, given_by, page)
                self.i += 1
                return True
        # A paragraph inside a bullet (lower case, or more bullets of the list after it)
        # continues the point before it.
        nxt = self._next()
        continues = nxt is not None and marker_kind(split_marker(nxt.text)[0]) == "bullet"
        if plain and last is not None and (not block.text[:1].isupper() or continues):
            last.text = join(last.text, body)
            self.i += 1
            return True
        self.in_list = False
        return False

    def _leads_in(self, point: Question) -> bool:
        """Whether a point ends in a colon over the topics set deeper under it ("... asked about
        access to the new centre:"), or has taken some in already; not a question put after a
        colon ("Councillor Hale asked: how many ... were still open?")."""
        return point.text.rstrip().endswith(":") or id(point) in self.lead_ins

    def _another_question(self, first: str, point: Question) -> bool:
        """"In response to a question from the Chair about the risk of ..., the Head stated
        ...": a question of its own, named and answered; not the point above asked again in
        other words ("In response to the question from Councillor Lowe, ...", or "In response
        to a question about drivers, ..." under hers: half its words or more the point's)."""
        rq = self.cues.response_to_question.match(first)
        if rq is None:
            return False
        asked = rq.group("question")
        if point.asked_by and point.asked_by.split()[-1] in asked:
            return False
        if any(self.cues.person_title.match(asked[m.start():]) for m in re.finditer(r"\b(?=[A-Z])", asked)):
            return True  # "In response to the question from Councillor Patel about ...": another member's
        if re.match(r"(?i)the\s", asked) or not (len(asked.split()) > 3 or re.match(r"(?i)an?\s", asked)):
            return False
        words = content_words(asked)
        return len(words & content_words(point.text)) * 2 < max(len(words), 1)

    def _answers_above(self, first: str, point: Question) -> bool:
        """Whether an entry set deeper under a point answers it, however worded ("• A Member
        asked ..." over "    ◦ It was noted that ..."): an answer's words or label, someone who
        is no member speaking (or a member for the executive), or any statement under a
        question; and no point of its own (not the member's own details below the point)."""
        cues = self.cues
        said = speaker(first)
        # (the one speaking is a Cabinet Member: "Cllr Lee (Cabinet Member for Housing) – yes",
        # not a member asking one: "Councillor Lowe asked the Cabinet Member whether ...")
        executive = re.match(r"(?i)\W*(?:(?:the\s+)?(?:cabinet member|portfolio holder|executive member|lead member|leader)\b"
                             r"|(?:councillor|cllr)\.?\s+[\w.’' -]{1,40}?\s*(?:\(|,|–|-)\s*(?:the\s+)?"
                             r"(?:cabinet member|portfolio holder|executive member|lead member|leader)\b)", first)
        answers = cues.response.search(first) is not None or cues.noted_answer.match(first) is not None \
            or cues.answer_label.match(first) is not None or bool(said and not _MEMBERS.match(said)) \
            or bool(executive and (said or cues.person_title.match(first + " "))) \
            or (point.kind == "question" or point.text.rstrip().endswith("?")) and not self._leads_in(point) \
            and not raises_point(first) \
            and re.match(r"\W*(?-i:[A-Z0-9])", first) is not None and not _MEMBERS.match(first)
        # (a point raised there by a member, or in the passive: "The cost of ... was questioned;")
        raised = raises_point(first) and (cues.person_title.match(first + " ") or _MEMBERS.match(first)
                                          or _RAISED_PASSIVE.search(first)) and not executive
        return answers and not raised

    def _counted(self, first: str, waiting: list[Question]) -> list[Question]:
        """The points "Responding to both points, ..." answers, of those waiting (none when
        fewer than two wait)."""
        counted = self.cues.answers_counted.search(first)
        return counted_points(counted, waiting) if counted is not None and len(waiting) >= 2 else []

    def _unanswered(self) -> list[Question]:
        """The points at the end of the item so far that have no answer yet."""
        waiting: list[Question] = []
        for q in reversed(self.questions):
            if q.response is not None:
                break
            waiting.insert(0, q)
        return waiting

    def _answer_paragraph(self, here: _Here) -> bool:
        """"Officer response" heading a paragraph that answers the points of the paragraph
        above it, sentence by sentence, in their order."""
        label = self.cues.answer_label.match(here.body)
        nxt = self._next()
        if not label or label.group("rest") or nxt is None or nxt.style is not None or split_marker(nxt.text)[0]:
            return False
        waiting = self._unanswered()
        if not waiting:
            return False
        given_by = first_person(label.group("answerer")) if label.group("answerer") else None
        answer_in_order(waiting, nxt.text, nxt.page, given_by)
        self.pending = None
        self.i += 2
        return True

    def _paragraph(self, here: _Here) -> bool:
        """Sentence by sentence in ordinary paragraphs, up to a decision that ends one."""
        reasons = self.cues.decision_reasons.match(here.body)
        if reasons:
            # "Reason for decision: The Committee considered ... Members welcomed ...": why, not
            # points (the reasons on the line below when the label stands alone)
            self.i += 2 if not here.body[reasons.end():].strip() and self.i + 1 < len(self.blocks) \
                and self.blocks[self.i + 1].style is None else 1
            return True
        reply = self.cues.reply_leadin.match(here.body)
        nxt = self._next()
        if reply and self.pending is not None and self.pending.response is None and nxt is not None and nxt.style != "heading":
            # "The Head of Urgent and Emergency Care ... responded as follows:-" over the reply
            self.pending.response = Response(nxt.text.strip(), first_person(reply.group("who")), nxt.page)
            self.pending = None
            self.i += 2
            return True
        parts = sentences(here.body)
        waiting = self._unanswered()
        # (a decision after the answer ends it: "It was agreed that a further report ...")
        end = next((k for k in range(1, len(parts)) if self.cues.resolution_in_paragraph.match(parts[k])
                    or self.cues.resolution_after_thanks.match(parts[k])), len(parts))
        counted = self._counted(parts[0], waiting)
        if counted and not any(raises_point(s) for s in parts[1:end]):
            return self._answered_together(counted, " ".join(parts[:end]), speaker(parts[0], parts[0]), parts[end:],
                                           here.block.page, whole=True)
        several = self.cues.answers_several.search(parts[0])
        if len(waiting) < 2 and several:
            # ("... then responded to the points made by the deputation.", after members' own
            # questions to the deputation were answered: the deputation's points further up)
            waiting = self._points_further_up(parts[0][several.end():], waiting) or waiting
        invited = self.cues.invited_to_respond.search(parts[0]) if len(parts) > 1 and self.cues.chair_thanks.match(parts[0]) else None
        if invited and self.cues.not_a_speaker.match(invited.group("who").strip()):
            invited = None  # "invited Members to respond to the consultation individually": nobody answers
        if len(waiting) >= 2 and (self.cues.answers_several.search(parts[0]) or invited) and not raises_point(parts[0]) \
                and end > 1 and not any(raises_point(s) for s in parts[1:end]):
            # (the invitation to answer is no part of the answer)
            answer = " ".join(parts[1:end] if invited else parts[:end])
            who = first_person(re.sub(r"\s*\([^()]*\)", "", invited.group("who"))) if invited else None
            return self._answered_together(waiting, answer, who or speaker(parts[0], parts[0]), parts[end:], here.block.page)
        pointer = next((k for k in range(1, end) if self.cues.recorded_elsewhere.search(parts[k])), None)
        if pointer is not None:
            # "One public question had been received from Mr X ... The question and the response
            # are set out at question 1 in the Annex": the annex holds the point
            # (what follows is read on: "Mr X asked a supplementary question about ... The
            # Cabinet Member replied ...", recorded here only)
            if pointer + 1 < len(parts):
                self.blocks.insert(self.i + 1, replace(here.block, text=" ".join(parts[pointer + 1:])))
            self.pending = None
            self.i += 1
            return True
        later = self.cues.answer_to_earlier.match(here.body)
        if later:
            # "In answer to the question from Mr Holt (minute 44), Dr Haworth said ...": the
            # answer to a question put off from an earlier item, put back with it once the
            # items are all read
            # (the answer runs on to a point or a decision of its own: "Councillor Reid asked ...")
            rest = sentences(here.body[later.end():].strip(" ,"))
            stop = next((k for k in range(1, len(rest)) if raises_point(rest[k]) or self.cues.resolution_in_paragraph.match(rest[k])
                         or self.cues.resolution_after_thanks.match(rest[k])), len(rest))
            answer = " ".join(rest[:stop])
            self.questions.append(Question(later.group(0).strip(), "question", first_person(later.group("who")), here.block.page,
                                           Response(answer, speaker(answer, answer), here.block.page)))
            if stop < len(rest):
                self.blocks.insert(self.i + 1, replace(here.block, text=" ".join(rest[stop:])))
            self.i += 1
            return True
        raised = [q for q in self.paragraph_raised if q.response is None] if self.paragraph_at == self.i - 1 else []
        if len(raised) >= 2 and raised == waiting[-len(raised):] and end > 1 and not any(raises_point(s) for s in parts[:end]) \
                and self.cues.response.search(parts[0]) and speaker(parts[0], parts[0]):
            # "Councillor A expressed concern at ... Councillor B asked whether ... Mrs C commented
            # that ..." then "In response, Dr D said that ... She confirmed that ... The director
            # agreed with Mrs C that ...": one answer to the points above, sentence by sentence
            return self._answered_together(raised, " ".join(parts[:end]), speaker(parts[0], parts[0]), parts[end:], here.block.page)
        k = next((k for k, s in enumerate(parts) if k and (self.cues.resolution_in_paragraph.match(s) or (
            self.cues.resolution_after_thanks.match(s) and self.cues.chair_thanks.match(parts[k - 1])))), None)
        before = len(self.questions)
        self.paragraph_at = self.i
        if k is None:
            self.pending = paragraph_points(here.body, here.block.page, self.questions, self.pending)
            self.paragraph_raised = self.questions[before:]
        else:
            paragraph_points(" ".join(parts[:k]), here.block.page, self.questions, self.pending)
            decision = " ".join(parts[k:])
            self.resolutions.append(Resolution(text=decision, outcome=outcome_of(decision), page=here.block.page))
            self.pending, self.paragraph_raised = None, []
        if self.next_asker and len(self.questions) > before:
            # ("Mrs Gwen Alderton, Castle Ferrow" over "Question 1" over her question in a paragraph)
            if self.questions[before].asked_by is None:
                self.questions[before].asked_by = self.next_asker
            self.next_asker = None
        self.i += 1
        return True

    def _points_further_up(self, whose: str, waiting: list[Question]) -> list[Question]:
        """The points an answer "to the points made by the deputation" answers when members'
        own questions, answered already, came between: the run of unanswered points above
        those, all raised by one speaker (or by nobody named: "The deputation raised the following
        concerns:" over its points); where the answer names whose points it answers, only theirs
        ("... responded to the questions raised by Councillor B": not Councillor A's comment above
        B's). Failing that, every point still unanswered: an answer to points answers some."""
        named = self.cues.speaker_person.search(whose)
        k = len(self.questions) - len(waiting)
        if k == 0 or self.questions[k - 1].response is None:
            return []
        while k and self.questions[k - 1].response is not None:
            k -= 1
        run: list[Question] = []
        while k and self.questions[k - 1].response is None:
            k -= 1
            run.insert(0, self.questions[k])
        speakers = {surname(q.asked_by or "") for q in run + waiting}
        theirs = [q for q in run + waiting if surname(q.asked_by or "") == surname(named.group(0))] if named else []
        if named and theirs:
            return theirs
        if run and not named and len(speakers) == 1:
            return run + waiting
        return [q for q in self.questions if q.response is None]

    def _answered_together(self, points: list[Question], answer: str, who: Optional[str], decided: list[str],
                           page: Optional[int], whole: bool = False) -> bool:
        """One answer to several points, shared among them sentence by sentence (or given whole
        to each); a decision after it in the same paragraph is a decision of its own."""
        if whole:
            for point in points:
                point.response = Response(answer, who, page)
        else:
            answer_by_words(points, answer, page, who)
        if decided:
            decision = " ".join(decided)
            self.resolutions.append(Resolution(text=decision, outcome=outcome_of(decision), page=page))
        self.pending = None
        self.i += 1
        return True

    def _next_is_list(self) -> bool:
        nxt = self._next()
        return nxt is not None and (
            nxt.style == "list" or marker_kind(split_marker(nxt.text)[0]) in ("bullet", "letter", "roman")
            # "Questions" over "1. Cllr Hargreaves asked ...": a heading over numbered points
            or (self.blocks[self.i].style == "heading" and marker_kind(split_marker(nxt.text)[0]) == "number"))


# "The Chair thanked Mr Haigh for his question and advised that ...": the answer given with the thanks
_ANSWERED_IN_THANKS = re.compile(r"\bthanked\b[^.]*\band\s+(?:said|stated|confirmed|explained|advised|undertook|assured|replied|responded)\b")
_INLINE_FIRST = re.compile(r"^(?P<lead>[^:]{3,200}:)\s*(?P<first>\((?:a|i)\))\s+\S")
_LETTERS = [f"({c})" for c in "abcdefghijklmnopqrstuvwxyz"]
_ROMANS = ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)", "(viii)", "(ix)", "(x)"]
# A sentence that opens a second lettered list: ". In response, the Director stated: (a) ..."
_INLINE_SECOND = re.compile(r"(?<=[.;])\s+(?=[A-Z][^:.;]{2,200}:\s*\((?:a|i)\)\s)")
_INLINE_NEXT = re.compile(r"[;.,]?\s+(?:and\s+)?(?=\((?:[b-z]|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s)")


_INLINE_QA = re.compile(r"(?<=[.?!:])\s+(?=[QA]:\s)")
# ... or with full stops, "• Q. Cllr Reddaway – Will ...? A. The Head of Commissioning – Yes, ..."
_INLINE_QA_DOTTED = re.compile(r"(?<=[.?!:])\s+(?=[QA]\.\s)")


def _words(text: str) -> set[str]:
    """The words of a speaker's name or office, in lower case, to look up in the cue lists."""
    return {w.lower() for w in re.findall(r"[\w-]+", text)}


# What a turn in a script says, in the past tense: "Asked whether ...", "Explained that ...".
_SAID = re.compile(r"(?:[A-Z][a-z]+ed|Said|Sought|Felt|Gave|Made|Took|Thought|Spoke|Was|Were|Had)\s+(?!by\s*:)[a-z]")


def _answer_goes_on(question: Question, answer: str, page: Optional[int]) -> None:
    """More of a question's answer, from the next row of a table."""
    question.response = replace(question.response, text=f"{question.response.text} {answer}") if question.response \
        else Response(answer, speaker(answer, answer), page)


def _title_case(label: str) -> str:
    """"CLLR PATEL (Ashdown)." as "Cllr Patel (Ashdown).", "THE DIRECTOR OF STRATEGY (ICB)." as
    "The Director of Strategy (ICB).": a name in capitals written as the minutes write names."""
    head, bracket, rest = label.partition("(")
    small = {"of", "and", "for", "the", "to", "in", "on", "at"}
    # ("ICB", "NHS", "GP": short words in capitals are initials and stay so)
    words = [w.lower() if k and w.lower() in small
             else w if len(w) <= 3 and w.lower() not in small | {"mr", "mrs", "ms", "dr"}
             else _capitalised_word(w) for k, w in enumerate(head.split())]
    return " ".join(words) + (f" ({rest}" if bracket else "")


def _capitalised_word(word: str) -> str:
    """A word of a label in capitals, a name's or a post's: "O'BRIEN" as "O'Brien" (one letter
    before the apostrophe), "CHILDREN'S" as "Children's", "NHS-FUNDED" as "Nhs-funded"."""
    return re.sub(r"^(\W*[A-Z][’'])([a-z])", lambda m: m.group(1) + m.group(2).upper(), word.capitalize())


def _asked_and_answered(text: str, page: Optional[int], answer_follows: bool = False) -> Optional[Question]:
    """A one-sentence question and a named person's answer to it in one text: "Councillor
    Beddoes asked whether ... Councillor Ashdown responded that ..."; not "... Ms Nandra
    explained ... Question: Councillor Moss ...", where another question follows, nor the
    asker's own next words, nor background ("The Leader had said ...") above a labelled answer."""
    parts = sentences(text)
    if answer_follows or len(parts) < 2 or not raises_point(parts[0]):
        return None
    told = point_from_text(text, page, text)
    if told.response is None or not told.response.given_by or len(sentences(told.text)) != 1 \
            or re.search(r"(?i)\bquestion\s*\d*\s*:", told.response.text):
        return None
    said = sentences(told.response.text)
    asker = asker_of(told.text, told.text)
    # ("The Leader had said that ...": background; not "... responded that the Trust had advised")
    if any(raises_point(s) for s in said[1:]) or re.search(r"(?i)\bhad\s+(?:\w+ly\s+)?(?:said|stated|told|advised)\b", said[0].split(" that ")[0]) \
            or (asker and _same_person(asker, told.response.given_by)):
        return None
    return told


def _same_person(one: str, other: str) -> bool:
    """Whether two names printed in the minutes may be one person: "Councillor Patel" and
    "Councillor A Patel" may; "Councillor A Patel" and "Councillor R Patel" are not."""
    if surname(one) != surname(other):
        return False
    titles = load_cues().person_title
    def forenames(name: str) -> list[str]:
        name = re.sub(r"\([^()]*\)", " ", name).split(",")[0].strip()
        while (m := titles.match(name + " ")) and m.end() > 0:
            name = (name + " ")[m.end():].strip()
        return [w[0].lower() for w in re.findall(r"[\w’'-]+", name)[:-1]]
    a, b = forenames(one), forenames(other)
    return not a or not b or a[0] == b[0]


def surname(name: str) -> str:
    """The last word of a name, leaving out a post after it: "Councillor Ann Beddoes, Chair"
    and "Mr Smith (Resident)" -> "beddoes", "smith"."""
    words = re.findall(r"[\w’'-]+", re.sub(r"\([^()]*\)", " ", name).split(",")[0])
    return words[-1].lower() if words else ""


def _named_after(text: str, cues: Cues, person: bool = False) -> Optional[str]:
    """Who spoke, in brackets at the end of a question or answer in a table: "... sustain it?
    (Councillor David Pemberton)", "... if a provider failed. (Head of Commissioning)"; not a
    reference ("(see Appendix B)", "(2024/25)")."""
    m = re.search(r"\((?P<who>[A-Z][^()\d]{2,100})\)\W*$", text)
    if not m:
        return None
    who = m.group("who").strip()
    if cues.person_title.match(who + " "):
        return first_person(who)
    opening = {w.lower().strip(",–—-") for w in who.split()[:6]}
    return who if not person and opening & cues.office_words else None


def _dashed_speaker(text: str, cues: Cues, person: bool = False) -> Optional[str]:
    """"Cllr Ingleby – How can ...", "Mr Heptonstall – Practices are ...", "Director of public
    health – The council ...": who spoke, before a dash in a cell of a table of questions; a
    person with a title or named as residents are ("Jane Holt – How many ...?"), or (``person``
    false) a post; a note in brackets after a name or holding a post ("Kate Whitelaw (Head of
    Housing Options)"); not a topic ("Temporary Accommodation – How many families ...?", "Lead
    pipe replacement – The water company ...", "Waiting times (A&E) – How many ...?")."""
    m = cues.speaker_dash.match(text.strip())
    if not m:
        return None
    who = m.group("who")
    bare = re.sub(r"\s*\([^()]*\)$", "", who).strip()
    note = who[len(bare):].strip(" ()")
    named = bool(cues.person_title.match(bare + " ")) or _plain_name(bare, m.group("said"), cues)
    if named or not person and (_holds_post(bare, cues) or note and _holds_post(note, cues)):
        return first_person(who)
    return None


def _plain_name(who: str, said: str, cues: Cues) -> bool:
    """"Jane Holt", "Jo A Marwood": a forename and surname, no title; not a topic in capitals
    ("Temporary Accommodation"), whose words the text after it uses too ("... in temporary
    accommodation")."""
    if not re.fullmatch(r"[A-Z][a-z’'-]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)?", who) \
            or cues.topic_word.search(who):
        return False
    return not any(re.search(rf"\b{re.escape(w)}\b", said) for w in who.lower().split() if len(w) > 2)


def _holds_post(who: str, cues: Cues) -> bool:
    """"Head of Repairs", "Trading standards team leader", "Cabinet member children and young
    people": a post, by its office word at its end or before "of" / "for" / "to", or a post of
    two words; not a topic that merely holds such a word ("Lead pipe replacement", "Consultant
    vacancies")."""
    words = re.findall(r"[A-Za-z][\w’'-]*", re.sub(r"(?i)^the\s+", "", who))
    if not words:
        return False
    return words[-1].lower() in cues.office_words \
        or re.search(rf"(?i)\b(?:{'|'.join(map(re.escape, sorted(cues.office_words)))})\s+(?:of|for|to)\b", who) is not None \
        or cues.office_phrases.search(who) is not None


def _capitalised_name(word: str) -> str:
    """"HALE" as "Hale", "O'BRIEN" as "O'Brien", "McKAY-SMITH" as "McKay-Smith": a word in capitals
    written as names are."""
    return re.sub(r"(Ma?c)?([A-Z])([A-Z]*)", lambda m: (m.group(1) or "") + m.group(2) + m.group(3).lower(), word)


def _in_title_case(name: str) -> str:
    """"COUNCILLOR MARK HALE" as "Councillor Mark Hale"."""
    return " ".join(_capitalised_name(w) for w in name.split())


def _own_speaker(entry: str) -> Optional[str]:
    """Who an answer names as its speaker in its first sentence ("The Assistant Director said
    ..." under "Officers responded:"): more exact than the lead-in's answerer."""
    parts = sentences(entry)
    who = speaker(parts[0]) if parts else None
    # (a person or a post, "the Principal of Larkspur Academy": not a body whose words the
    # answer reports, "The Department of Health and Social Care had confirmed that ...", nor a
    # clause about a thing: "the Better Care Fund plan for 2025/26 had been [agreed]")
    return who if who and not (re.match(r"(?i)the\s", who) and _names_a_body(who)) \
        and not re.search(r"(?i)\b(?:had|has|have|was|were|been|is|are|would|will)\b", who) else None


def _names_a_post(who: str) -> bool:
    """"Director of public health", "Cabinet member children and young people": a post (not
    "The Department of Health", a body)."""
    cues = load_cues()
    # ("member" alone is no post: "Members")
    return bool({w.lower() for w in re.findall(r"[A-Za-z][\w’'-]*", who)} & (cues.office_words - {"member"})) \
        or cues.office_phrases.search(who) is not None


def _names_a_body(who: str) -> bool:
    """"The Department of Health and Social Care", "the Trust", "the ICB": a body, by a word for
    one before any "of" and no post ("the Chief Executive of the Trust" is a post)."""
    cues = load_cues()
    head = re.split(r"(?i)\s+(?:of|for|to|at)\s+", who, maxsplit=1)[0]
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w’'-]*", head)}
    return bool(words & (cues.organisation_words | cues.body_words)) and not _names_a_post(head)


def _label_apart(block: Block, cues: Cues) -> list[Block]:
    """"Answers 1. The Assistant Director said ...": a section's label, set in a column beside
    it, parted from the section's first line."""
    if block.style == "table":
        # ... or set in a cell of its own beside the section's first line: "Questions | 1. Cllr
        # Whitworth asked why waits for ..."
        cells = block.text.split(" | ")
        m = cues.section_label_run_in.match(f"{cells[0].strip()} {cells[1].strip()}") if len(cells) == 2 else None
        if not m or m.group("label") != cells[0].strip():
            return [block]
        return [replace(block, text=m.group("label"), style="heading"), replace(block, text=cells[1].strip(), style=None)]
    m = cues.section_label_run_in.match(block.text)
    if not m:
        return [block]
    return [replace(block, text=m.group("label"), style="heading"), replace(block, text=block.text[m.end():])]


def _join_speaker_labels(blocks: list[Block], cues: Cues) -> list[Block]:
    """"Cllr Haldane:" on a line of its own over the paragraph he said, "Director of Public
    Health:" over the answer: each label and its paragraph read as one turn, "Cllr Haldane: ..."."""
    out: list[Block] = []
    wider = False  # in a table of three columns or more ("Member | Question / comment | Response")
    for block in blocks:
        last = out[-1] if out else None
        cells = block.text.split(" | ") if block.style == "table" else []
        wider = bool(cells) and (wider or len(cells) > 2)
        if len(cells) == 2 and not wider and len(cells[0]) < 80 and _SAID.match(cells[1].strip()) \
                and (cues.person_title.match(cells[0] + " ") or _words(cells[0]) & cues.role_words):
            # "Councillor Anita Sharrock | Asked how many ...": a speaker column beside what was said
            # (not a row whose answer cell was left empty in a wider table)
            out.append(replace(block, text=f"{cells[0].strip()}: {cells[1].strip()}", style=None))
            continue
        label = cues.speaker_label.match(last.text.strip()) if last is not None else None
        # ("CLLR PATEL (Ashdown)." in capitals, run in before what he said)
        caps = last is not None and re.fullmatch(r"(?-i:[A-Z][A-Z .’'&-]+)(?:\s*\([^()]{1,60}\))?\.", last.text.strip())
        if label is None and last is not None and last.style == "heading" and _SAID.match(block.text) \
                and len(last.text) < 80 and (caps or not re.search(r"[.:;?!]$|\d", last.text.strip())):
            # "Cllr Patel" set in bold beside "Asked whether ...": a script's speaker column
            label = re.match(r"(?P<who>.+?)\.?$", _title_case(last.text.strip()) if caps else last.text.strip())
        if label and cues.body_label.match(label.group("who").strip()) and not _names_a_post(label.group("who")):
            label = None  # "The Select Committee:" over its decisions' clauses: no speaker
        if label and block.style is None and split_marker(block.text)[0] is None and block.text[:1].isupper():
            who = label.group("who")
            asked = re.match(r"(?:Q|Question)\s*[:.]\s+", block.text)
            if asked and cues.person_title.match(who + " ") and not _words(who) & cues.role_words:
                # "Cllr Anwen Price:" in a column beside "Q: Why ...?" / "A: ...": her question
                out[-1] = replace(block, text=f"Q ({who}): {block.text[asked.end():].strip()}")
                continue
            if cues.person_title.match(who + " ") or _words(who) & cues.role_words:
                said = block.text.strip()
                # "... with drop-in sessions. Decision: The Committee noted ...": a decision set
                # across the page, run on into the last turn, is no part of it.
                parts = sentences(said)
                cut = next((k for k in range(1, len(parts)) if cues.resolution_in_paragraph.match(parts[k])), None)
                out[-1] = replace(block, text=f"{who}: {' '.join(parts[:cut]) if cut else said}")
                if cut:
                    out.append(replace(block, text=" ".join(parts[cut:])))
                continue
        out.append(block)
    return out


def _unfold_inline_qa(block: Block) -> list[Block]:
    """"... summarised below. Q: Cllr X asked why ... A: The Director explained ... Q: ...":
    questions and answers labelled inside one paragraph, each set apart as if on its own line."""
    parts = _INLINE_QA.split(block.text)
    # ("Q: Why ...?" / "A: The Director said ...": a pair kept in one table cell)
    if block.style == "table":
        return [block]
    if len(parts) >= 2 and (len(parts) > 2 or parts[0].startswith("Q:")) and any(p.startswith("A:") for p in parts):
        return [replace(block, text=p.strip()) for p in parts if p.strip()]
    # "A." may be an initial: the dotted labels only where "Q." opens one of the parts.
    text = re.sub(r"^[•·▪–-]\s+(?=Q\.\s)", "", block.text)
    parts = _INLINE_QA_DOTTED.split(text) if re.match(r"Q\.\s", text) or re.search(r"[.?!]\s+Q\.\s", text) else []
    if len(parts) >= 2 and any(p.startswith("Q.") for p in parts) and any(p.startswith("A.") for p in parts):
        return [replace(block, text=p.strip(), style=None) for p in parts if p.strip()]
    return [block]


def _unfold_inline_list(block: Block, cues: Cues) -> list[Block]:
    """"Members raised the following points: (a) ...; (b) ...; and (c) ..." written as one
    paragraph: the lead-in and each lettered entry as blocks of their own, as if set out as a
    list. A decision keeps its clauses together. "Members asked: (a) ...; (b) .... In response,
    the Director stated: (a) ...; (b) ...": a second lettered list in the paragraph, its
    answers, is unfolded the same way after it."""
    halves = _INLINE_SECOND.split(block.text)
    if len(halves) > 1 and not cues.resolution_start.match(block.text):
        return [part for half in halves for part in _unfold_inline_list(replace(block, text=half), cues)]
    m = _INLINE_FIRST.match(block.text)
    if not m or cues.resolution_start.match(block.text):
        return [block]
    rest = block.text[m.start("first"):]
    entries = _INLINE_NEXT.split(rest)
    markers = [split_marker(e)[0] for e in entries]
    expected = _LETTERS if markers[0] == "(a)" else _ROMANS
    if len(entries) < 2 or markers != expected[: len(markers)]:
        return [block]
    return [Block(text=m.group("lead"), page=block.page)] + [Block(text=e.strip(), page=block.page) for e in entries]


# "... the following question: “...”": a lead-in and the quoted words run on after its colon.
_QUOTED_AFTER_COLON = re.compile(r"^(?P<lead>[^:“”\"]{2,240}:)\s*(?P<quoted>[“\"].+)$", re.S)
# "... had given notice of the following question: How many people ...?": unquoted, the
# question mark ending the paragraph
_QUESTION_AFTER_COLON = re.compile(r"^(?P<lead>[^:“”\"]{2,240}\bquestion:)\s*(?P<quoted>[A-Z][^:“”\"]{10,600}\?)$", re.S)


# Words any motion or its record has, which say nothing of what was decided
_MOTION_WORDS = {"resolved", "agreed", "that", "this", "with", "councillor", "proposed", "moved", "seconded", "vote",
                 "carried", "being", "motion", "recommendation", "amendment", "unanimously", "were", "favour", "against"}


# Members as a speaker or a subject: "Members", "a Member", "Councillors", "some members"
_MEMBERS = re.compile(r"(?i)\W*(?:(?:an?|another|the|some|several)\s+)?(?:councillors?|cllrs?|members?)\b")
# A point raised in the passive: "... was questioned", "Concerns were expressed ..."
_RAISED_PASSIVE = re.compile(r"(?i)\b(?:was|were) (?:questioned|queried|asked|raised|challenged|sought)\b"
                             r"|\bconcerns? (?:was|were) (?:raised|expressed|voiced)\b")


def _next_to(blocks: list[Block], first: str, second: str) -> bool:
    """Whether the text ``second`` begins in the block straight after the one ``first`` ends in."""
    def where(text: str, start: int = 0) -> Optional[int]:
        line = text.strip().split("\n")[0][:60]
        return next((k for k in range(start, len(blocks)) if line and line in blocks[k].text), None)

    at = where(first)
    end = where(first.strip().split("\n")[-1], at) if at is not None else None
    nxt = where(second, end) if end is not None else None
    return nxt is not None and nxt - end <= 1


_VOTED_ON = re.compile(r"(?i)\b(motion|amendment|proposal)\b")


def _same_verdict(verdict: str, other: str) -> bool:
    """Whether a second verdict tells the first again ("Rejected", then "The motion fell."):
    the same outcome, and the same motion where both name what was voted on (not "The
    amendment was lost.", then "The motion was carried." or "The motion was lost.")."""
    if outcome_of(verdict) != outcome_of(other):
        return False
    one, two = _VOTED_ON.search(verdict), _VOTED_ON.search(other)
    return not (one and two and one.group(1).lower() != two.group(1).lower())


def _restates(decision: str, motion: str) -> bool:
    """Whether most of a decision's words were already in the motion before it, or most of
    the motion's are in the decision (one clause of several: "NOTED ...; and RECOMMENDED ...")."""
    decided = set(re.findall(r"[a-z]{4,}", decision.lower())) - _MOTION_WORDS
    moved = set(re.findall(r"[a-z]{4,}", motion.lower())) - _MOTION_WORDS
    return len(decided) >= 5 and len(decided & moved) >= 0.6 * len(decided) \
        or len(moved) >= 5 and len(decided & moved) >= 0.6 * len(moved)


def _question_columns(block: Block, cues: Cues) -> Optional[dict[str, int]]:
    """{"question": 1, "answer": 2, "asker": 0} when a table row heads a table of questions."""
    # ("Question (asked by)": a note in brackets after the column's name)
    cells = [re.sub(r"\s*\([^()]*\)$", "", c.strip(" :")) for c in block.text.split(" | ")]
    columns = {}
    for column, pattern in cues.question_table.items():
        found = next((k for k, cell in enumerate(cells) if pattern.match(cell)), None)
        if found is not None:
            columns[column] = found
    for k, cell in enumerate(cells):
        # "Raised by | Question or comment / Response": one column for both, each answer in a
        # row of its own with "Response" where the asker would be.
        halves = [h.strip() for h in (re.split(r"\s+/\s+", cell) if " / " in cell else cell.split("/"))]
        if "question" not in columns and "asker" in columns and len(halves) == 2 \
                and cues.question_table["question"].match(halves[0]) and cues.question_table["answer"].match(halves[1]):
            columns["question"] = columns["answer"] = k
        # "No. | Minute | Question and answer": both in one cell, "Question from Councillor X
        # ... Answer (Post) ..."
        if "question" not in columns and QUESTION_ANSWER_COLUMN.match(cell):
            columns["question"] = columns["answer"] = columns["both"] = k
    return columns if "question" in columns and "answer" in columns else None


# "Question from District Councillor W Tasker Are patients told ...": who asked, then the question
_QUESTION_FROM = re.compile(r"^\W*(?:(?:public |written |supplementary )?question|query)\s+(?:from|by)\s+(?P<rest>.+)$", re.I | re.S)
# "... Answer (Chief Operating Officer) The Trust had paid ...", "... Response from the Service
# Manager: 412 people ...", "... Reply: ...": the answer, and who gave it; a label alone only
# after a sentence and before a capital ("... closing? Answer Response awaited ..."), not
# "... for an ambulance. Response times for category 2 calls ..." inside the question
_ANSWER_LABEL = r"(?-i:Answer|Response|Reply|ANSWER|RESPONSE|REPLY)"
_ANSWER_IN_CELL = re.compile(
    rf"(?:^|\s+)\W*{_ANSWER_LABEL}(?:\s*\((?P<who>[^()]{{2,120}})\)\s*[:–—-]?|\s+from\s+(?P<source>[^:.?!()]{{2,120}}?)\s*:|\s*[:–—-])\s*(?=\S)"
    rf"|(?:(?<=[.?!”\"])\s+|^\W*){_ANSWER_LABEL}\s+(?=(?-i:[A-Z0-9£]))")
# A questioner's title, initials and surname: the name ends there, whatever word follows
# ("Councillor T Whelan Eastfield Community Hospital closed ...")
_INITIALLED = r"(?:(?:County|District|Borough|City|Town|Parish)\s+)?{title}\.?\s+(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.?\s+){{1,3}}[A-Z][\w’'-]+"


def opens_with_answer(text: str) -> bool:
    """Whether a cell or line opens with an answer's label: "Answer (Clinical Lead) ...",
    "Response from the Service Manager: ...", set in a table row of its own."""
    split = _ANSWER_IN_CELL.search(text)
    return split is not None and split.start() == 0


def _question_and_answer(cell: str, cues: Cues) -> tuple[Optional[str], str, Optional[str], Optional[str]]:
    """(asker, question, answer, answerer) from one cell holding both."""
    question, answer, who = _answer_apart(cell)
    asker = None
    named = _QUESTION_FROM.match(question)
    if named:
        asker, question = _asker_apart(named.group("rest"), cues)
    return asker, question.strip(), answer, who


def _answer_apart(cell: str) -> tuple[str, Optional[str], Optional[str]]:
    """(what comes before the answer, answer, answerer) from a cell, at its first answer label
    that opens the cell or a sentence, or names who answered; a later label only where it names
    them too (not "... taken by the Rapid Response – the two-hour crisis team –", a service's
    name inside the answer)."""
    found = list(_ANSWER_IN_CELL.finditer(cell))
    labels = [m for m in found if m.group("who") or m.group("source") or not cell[:m.start()].strip()
              or re.search(r"[.?!”\"]$", cell[:m.start()].rstrip())]
    split = labels[0] if labels else found[0] if found else None
    if split is None:
        return cell, None, None
    named = [m for m in labels[1:] if m.group("who") or m.group("source")]
    split = named[-1] if named else split
    who = (split.group("who") or split.group("source") or "").strip()
    answer = cell[split.end():].strip()
    if re.match(r"(?i)(?:response|answer|reply)\s+(?:awaited|to follow|pending)\b", answer):
        answer = ""  # "Response awaited from the Trust at the time of publication."
    # ("Response from the Service Manager:")
    return cell[:split.start()], answer or None, re.sub(r"^the\s+", "", who) or None


def _asker_apart(rest: str, cues: Cues) -> tuple[Optional[str], str]:
    """(asker, question) from what follows "Question from": "Councillor D Holt (Ward Member
    for Elmbridge) Is the Trust ...", "Mr K Lowther, Elmbridge Patient Group: How many ...",
    "Mr Tom Ash Why is my clinic closing?"."""
    # (a post after the name, in brackets or between a comma and a colon, is no part of the question)
    post = r"^\s*(?:\([^()]{2,120}\)|,[^,:?\n]{2,80}:)?\s*[:–—-]?\s*"
    initialled = re.match(_INITIALLED.format(title=cues.titles), rest)
    if initialled:
        return initialled.group(0), re.sub(post, "", rest[initialled.end():], count=1)
    # (the name on a line of its own, or ended by a bracket, a comma or a colon)
    cut = re.match(r"(?P<name>[^(),:\n]{2,60}?)(?=\s*(?:[(:\n]|,[^,:?\n]{2,80}:))", rest)
    if cut and len(cut.group("name").split()) <= 5 and all(w[:1].isupper() for w in cut.group("name").split()) \
            and (cues.person_title.match(cut.group("name") + " ") or len(cut.group("name").split()) >= 2):
        return cut.group("name"), re.sub(post, "", rest[cut.end():], count=1)
    # (the name's words run on to the question's first word: "Mr Tom Ash Why is ...")
    words = rest.split()
    k = 0
    while k < len(words) and re.match(r"[A-Z]", words[k]):
        k += 1
    if k < len(words) and k >= 2:
        k -= 1  # the last capitalised word opens the question
    name = " ".join(words[:k])
    if cues.person_title.match(name + " ") or len(words[:k]) >= 2:
        return name, " ".join(words[k:])
    return None, rest


def _cell(cells: list[str], column: Optional[int]) -> Optional[str]:
    return cells[column] if column is not None and column < len(cells) else None
