"""Load the cue phrases in ``cues.yml`` and compile them once."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

I = re.IGNORECASE | re.MULTILINE


def _any(patterns: list[str], flags: int = I) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


@dataclass(frozen=True)
class Cues:
    raw: dict
    doc_type_weights: dict
    doc_type_filename: dict
    minutes_threshold: int
    section_labels: re.Pattern
    item_heading: list
    document_link: re.Pattern
    minute_column: re.Pattern
    annex_heading: re.Pattern
    recorded_elsewhere: re.Pattern
    link_in_sentence: re.Pattern
    item_reference: re.Pattern
    item_label_cell: re.Pattern
    item_heading_run_in: re.Pattern
    sub_item_heading: re.Pattern
    coded_heading_colon: re.Pattern
    title_noise: re.Pattern
    single_item_page: re.Pattern
    opening_item_title: re.Pattern
    minutes_label: re.Pattern
    decision_label: re.Pattern
    page_trailer: re.Pattern
    attendance_labels: list  # [(attendance, pattern)]
    embedded_label: re.Pattern  # where a second label begins on the same line
    attendance_columns: dict  # attendance -> pattern for a column heading
    apologies_sentence: re.Pattern
    attended_sentence: re.Pattern
    absent_sentence: re.Pattern
    present_for_item: re.Pattern
    apologies_list_leadin: re.Pattern
    apologies_item_title: re.Pattern
    apologies_received_alone: re.Pattern
    substitute_clause: re.Pattern
    substitute_for: re.Pattern
    substituted_sentence: re.Pattern
    noted_what_was_heard: re.Pattern
    decision_leadin_end: re.Pattern
    question_from_only: re.Pattern
    goes_on_to: re.Pattern
    agenda_item_stamp: re.Pattern
    attendance_in_item: re.Pattern
    attendance_mark_legend: re.Pattern
    chair_alone: re.Pattern
    presenters_sentence: re.Pattern
    welcomed_sentence: re.Pattern
    presented_by_sentence: re.Pattern
    outcome_next_meeting_noted: re.Pattern
    attendance_group_label: re.Pattern
    officer_contact: re.Pattern
    role_then_name: re.Pattern
    titles: str  # any one of `person_titles`, as a regular expression
    place_title_endings: re.Pattern
    person_title: re.Pattern
    speaker_title: re.Pattern
    honours: frozenset
    party: re.Pattern  # a whole party name or abbreviation
    party_in_full: re.Pattern  # a party written out in full
    role_words: frozenset
    organisation_words: frozenset
    member_role_words: frozenset
    office_words: frozenset
    body_words: frozenset
    office_phrases: re.Pattern
    topic_word: re.Pattern
    discussion_leadin: re.Pattern
    presenting: re.Pattern
    leadin_by_person: re.Pattern
    presenter_comments: re.Pattern
    points_by_members: re.Pattern
    actions_heading: re.Pattern
    action_line: re.Pattern
    raised: dict  # kind -> pattern
    bare_point: dict  # kind -> pattern, for a listed point with no verb of raising
    comment_outside_lists: re.Pattern
    commented_by: re.Pattern
    kind_fallback: str
    response: re.Pattern
    response_loose: re.Pattern
    noted_answer: re.Pattern
    heard_that_subject: re.Pattern
    speech_verbs: re.Pattern
    response_to_question: re.Pattern
    asked_then_answered: re.Pattern
    topic_label: re.Pattern
    qa_question: re.Pattern
    qa_answer: re.Pattern
    speaker_turn: re.Pattern
    speaker_dash: re.Pattern
    name_in_capitals: re.Pattern
    asked_by_label: re.Pattern
    chair_thanks: re.Pattern
    procedural_note: re.Pattern
    thanks_before_answer: re.Pattern
    answer_after_thanks: re.Pattern
    officer_by_initial: re.Pattern
    question_from_name: re.Pattern
    answer_goes_on: re.Pattern
    answered_by_label: re.Pattern
    chair_turn: re.Pattern
    turn_raises: re.Pattern
    speaker_label: re.Pattern
    no_answer: re.Pattern
    deferred_answer: re.Pattern
    endnotes_heading: re.Pattern
    bilingual_prefix: re.Pattern
    image_placeholder: re.Pattern
    asked_under_item: re.Pattern
    answer_to_earlier: re.Pattern
    answered_later: re.Pattern
    earlier_meeting_line: re.Pattern
    meeting_opening: re.Pattern
    decision_list_leadin: re.Pattern
    decision_entry: re.Pattern
    asked_by_line: re.Pattern
    section_label_run_in: re.Pattern
    first_person_reply: re.Pattern
    asked_with_colon: re.Pattern
    motion_mover: re.Pattern
    motion_decided: re.Pattern
    motion_seconder: re.Pattern
    motion_verdict: re.Pattern
    motion_inline: re.Pattern
    vote_record: re.Pattern
    resolution_label: re.Pattern
    motion_before_resolved: re.Pattern
    question_record: re.Pattern
    question_leadin: re.Pattern
    question_as_follows: re.Pattern
    stated_before_answer: re.Pattern
    stated_reply: re.Pattern
    reply_leadin: re.Pattern
    resolution_after_thanks: re.Pattern
    public_presenting: re.Pattern
    answers_several: re.Pattern
    answers_counted: re.Pattern
    point_joins_last: re.Pattern
    invited_to_respond: re.Pattern
    statement_leadin: re.Pattern
    written_answer_leadin: re.Pattern
    chair_label: re.Pattern
    chair_line: re.Pattern
    signature_line: re.Pattern
    answer_in_point: re.Pattern
    answer_after_opening: re.Pattern
    discussion_answered: re.Pattern
    asks_too: re.Pattern
    answers_by_list: re.Pattern
    leadin_of_questions: re.Pattern
    leadin_of_requests: re.Pattern
    leadin_of_concerns: re.Pattern
    answers_leadin: re.Pattern
    asked_answered_below: re.Pattern
    closing_item: re.Pattern
    answers_to_list: re.Pattern
    answers_heading: re.Pattern
    topic_answer: re.Pattern
    topic_dash_answer: re.Pattern
    supplementary_label: re.Pattern
    supplementary_sentence: re.Pattern
    answer_label: re.Pattern
    answer_inline: re.Pattern
    second_point: re.Pattern
    not_a_point: re.Pattern
    paper_says: re.Pattern
    declaration_entry: re.Pattern
    question_table: dict  # column -> pattern for its header cell
    resolution_start: re.Pattern
    committee_own_clauses: re.Pattern
    resolution_in_paragraph: re.Pattern
    decision_reasons: re.Pattern
    vote_verdict: re.Pattern
    leadin_with_answers: re.Pattern
    partner_named: re.Pattern
    apologies_received: re.Pattern
    committee_asks: re.Pattern
    further_decision: re.Pattern
    motion_told: re.Pattern
    motion_seconded_decided: re.Pattern
    motion_proposed: re.Pattern
    decision_confirmed: re.Pattern
    put_to_vote: re.Pattern
    decision_cell: re.Pattern
    decision_table_column: re.Pattern
    no_decision: re.Pattern
    question_number: re.Pattern
    outcome: list  # [(outcome, pattern)]
    outcome_otherwise: list
    pack_minutes_heading: re.Pattern
    pack_minutes_evidence: re.Pattern
    pack_document_start: re.Pattern
    meeting_closed: re.Pattern
    meeting_reference: re.Pattern
    meeting_held: re.Pattern
    meeting_title_dated: re.Pattern
    item_reference_in_title: re.Pattern
    continued_heading: re.Pattern
    appendix_heading: re.Pattern
    minutes_table_heading: re.Pattern
    appendix_reference: re.Pattern
    speaker_person: re.Pattern
    not_a_speaker: re.Pattern
    body_label: re.Pattern
    speaker_alone: re.Pattern


class CuesError(Exception):
    """cues.yml cannot be used: not YAML, a section missing, or a pattern that does not compile."""


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    source = resources.files("minutes.parse").joinpath("cues.yml")
    try:
        data = yaml.safe_load(source.read_text("utf-8"))
    except yaml.YAMLError as e:
        raise CuesError(f"{source} is not valid YAML ({e}); undo the last edit to it") from None
    try:
        return _compile(_with_titles(data))
    except KeyError as e:
        raise CuesError(f"{source} has no {e} section; restore it from the package") from None
    except re.error as e:
        where = _bad_pattern(data)
        raise CuesError(f"{source}: the pattern under {where} does not compile ({e}); fix or undo it") from None


def _with_titles(data):
    """Write the titles of `person_titles` wherever a pattern says {TITLE} (and those that
    begin no place's name where it says {SPEAKER_TITLE}), longest first so "Chief Inspector"
    is tried before "Inspector": one list of titles for every pattern."""
    alternation = _alternation(data["person_titles"])
    speakers = _alternation([t for t in data["person_titles"] if t not in data["titles_in_place_names"]])

    def fill(value):
        if isinstance(value, str):
            return value.replace("{TITLE}", alternation).replace("{SPEAKER_TITLE}", speakers)
        if isinstance(value, list):
            return [fill(v) for v in value]
        if isinstance(value, dict):
            return {k: fill(v) for k, v in value.items()}
        return value

    return fill(data)


def _alternation(titles: list[str]) -> str:
    return "(?:" + "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True)) + ")"


def _bad_pattern(data, path: str = "") -> str:
    """Where in cues.yml the first pattern that does not compile is."""
    if isinstance(data, str):
        try:
            re.compile(data)
        except re.error:
            return path or "?"
        return ""
    children = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else []
    for key, value in children:
        found = _bad_pattern(value, f"{path}/{key}" if path else str(key))
        if found:
            return found
    return ""


def _compile(data: dict) -> Cues:
    dt = data["doc_type"]
    weights = {
        kind: [(re.compile(p, I), w) for p, w in entries]
        for kind, entries in dt.items()
        if kind != "minutes_threshold"
    }
    labels = []
    for attendance, patterns in data["attendance_labels"].items():
        for p in patterns:
            # "Present:", "Apologies were received from", or the label alone on its line.
            # "MEMBERS PRESENT (A denotes absent)": a note in brackets may follow the label.
            # "MEMBERS PRESENT Cllr A", "Co-opted Member (non-voting) Mrs J Walcott": a label
            # in capitals, or one followed by a person's title, ends where the names begin;
            # so does one followed by a name and a post ("Officers Paul Hendry, Democratic ...").
            labels.append((attendance, re.compile(
                rf"^\s*(?:{p})\s*(?:\([^)]{{0,60}}\)\s*)?(?::-|[:–—-]|were|was|from|$|(?-i:(?<=[A-Z])\s+(?=[A-Z][a-z]|[A-Z]\.?\s+[A-Z][a-z]))|(?-i:(?<![Cc]ouncillors\s)(?<![Cc]ouncillor\s)(?<!Cllrs\s)(?<!Cllr\s)(?=(?:Mr|Mrs|Ms|Miss|Dr|Councillors?|Cllrs?)\.?\s))"
                rf"|(?-i:(?<![Cc]ouncillor)(?<![Cc]ouncillors)(?<!Cllr)(?<!Cllrs)(?<!Members)(?<!Member)\s+(?=[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][\w’'-]+, [A-Z])))\s*",
                re.I)))
    titles = _alternation(data["person_titles"])
    # "Present: Cllrs A, B. Co-opted members: C, Officers: D", "... and C Yardley Regrets: D":
    # one line, several labels.
    any_label = "|".join(p for patterns in data["attendance_labels"].values() for p in patterns)
    return Cues(
        raw=data,
        doc_type_weights=weights,
        doc_type_filename={
            kind: [(re.compile(p, re.I), w) for p, w in entries] for kind, entries in data["doc_type_filename"].items()
        },
        minutes_threshold=dt["minutes_threshold"],
        section_labels=_any(data["section_labels"]),
        item_heading=[re.compile(p, re.I) for p in data["item_heading"]],
        document_link=re.compile(data["document_link"]),
        minute_column=re.compile(data["minute_column"], re.I),
        annex_heading=re.compile(data["annex_heading"], re.I),
        recorded_elsewhere=re.compile(data["recorded_elsewhere"], re.I),
        link_in_sentence=re.compile(data["link_in_sentence"], re.I),
        item_reference=re.compile(data["item_reference"], re.I),
        item_label_cell=re.compile(data["item_label_cell"], re.I),
        item_heading_run_in=re.compile(data["item_heading_run_in"]),
        sub_item_heading=re.compile(data["sub_item_heading"]),
        coded_heading_colon=re.compile(data["coded_heading_colon"]),
        title_noise=re.compile(data["title_noise"]),
        single_item_page=re.compile(data["single_item_page"], re.I),
        opening_item_title=re.compile(data["opening_item_title"], re.I),
        minutes_label=re.compile(data["minutes_label"], re.I),
        decision_label=re.compile(data["decision_label"], re.I),
        page_trailer=re.compile(data["page_trailer"], re.I),
        attendance_labels=labels,
        embedded_label=re.compile(rf"(?:[,;.]\s+|\s+(?=(?-i:[A-Z])))(?=(?:{any_label})\s*:)", re.I),
        attendance_columns={a: re.compile(p, re.I) for a, p in data["attendance_columns"].items()},
        apologies_sentence=re.compile(data["apologies_sentence"], re.I),
        attended_sentence=re.compile(data["attended_sentence"], re.I),
        absent_sentence=re.compile(data["absent_sentence"], re.I),
        present_for_item=re.compile(data["present_for_item"], re.I),
        apologies_list_leadin=re.compile(data["apologies_list_leadin"], re.I),
        apologies_item_title=re.compile(data["apologies_item_title"], re.I),
        apologies_received_alone=re.compile(data["apologies_received_alone"], re.I),
        substitute_clause=re.compile(data["substitute_clause"], re.I),
        substitute_for=re.compile(data["substitute_for"], re.I),
        substituted_sentence=re.compile(data["substituted_sentence"], re.I),
        noted_what_was_heard=re.compile(data["noted_what_was_heard"], re.I),
        decision_leadin_end=re.compile(data["decision_leadin_end"], re.I),
        question_from_only=re.compile(data["question_from_only"], re.I),
        goes_on_to=re.compile(data["goes_on_to"], re.I),
        agenda_item_stamp=re.compile(data["agenda_item_stamp"], re.I),
        attendance_in_item=re.compile(data["attendance_in_item"], re.I),
        attendance_mark_legend=re.compile(data["attendance_mark_legend"], re.I),
        chair_alone=re.compile(data["chair_alone"], re.I),
        presenters_sentence=re.compile(data["presenters_sentence"], re.I),
        welcomed_sentence=re.compile(data["welcomed_sentence"], re.I),
        presented_by_sentence=re.compile(data["presented_by_sentence"], re.I),
        outcome_next_meeting_noted=re.compile(data["outcome_next_meeting_noted"], re.I),
        attendance_group_label=re.compile(data["attendance_group_label"], re.I),
        officer_contact=re.compile(data["officer_contact"], re.I),
        role_then_name=re.compile(data["role_then_name"]),
        titles=titles,
        place_title_endings=re.compile(data["place_title_endings"]),
        person_title=re.compile(rf"^{titles}\.?\s"),
        speaker_title=re.compile(data["speaker_title"]),
        honours=frozenset(data["honours"]),
        party=re.compile("|".join(data["parties"] + data["parties_in_full"]), re.I),
        party_in_full=re.compile("|".join(data["parties_in_full"])),
        role_words=frozenset(w.lower() for w in data["role_words"]),
        organisation_words=frozenset(data["organisation_words"]),
        member_role_words=frozenset(data["member_role_words"]),
        office_words=frozenset(data["office_words"]),
        body_words=frozenset(data["body_words"]),
        office_phrases=re.compile(data["office_phrases"], re.I),
        topic_word=re.compile(data["topic_word"]),
        discussion_leadin=_any(data["discussion_leadin"]),
        presenting=re.compile(data["presenting"], re.I),
        leadin_by_person=re.compile(data["leadin_by_person"], re.I),
        presenter_comments=re.compile(data["presenter_comments"], re.I),
        points_by_members=re.compile(data["points_by_members"], re.I),
        actions_heading=re.compile(data["actions_heading"], re.I),
        action_line=re.compile(data["action_line"], re.I),
        raised={kind: _any(patterns) for kind, patterns in data["raised"].items()},
        bare_point={kind: re.compile(p, re.I) for kind, p in data["bare_point"].items()},
        kind_fallback=data["kind_fallback"],
        comment_outside_lists=_any(data["comment_outside_lists"]),
        commented_by=re.compile(data["commented_by"], re.I),
        response=_any(data["response"]),
        response_loose=re.compile(data["response_loose"], re.I),
        noted_answer=re.compile(data["noted_answer"], re.I),
        heard_that_subject=re.compile(data["heard_that_subject"], re.I),
        speech_verbs=re.compile(data["speech_verbs"], re.I),
        response_to_question=re.compile(data["response_to_question"], re.I | re.S),
        asked_then_answered=re.compile(data["asked_then_answered"], re.I | re.S),
        topic_label=re.compile(data["topic_label"]),
        qa_question=re.compile(data["qa_question"], re.I),
        qa_answer=re.compile(data["qa_answer"], re.I),
        speaker_turn=re.compile(data["speaker_turn"]),
        speaker_dash=re.compile(data["speaker_dash"], re.S),
        name_in_capitals=re.compile(data["name_in_capitals"], re.S),
        asked_by_label=re.compile(data["asked_by_label"], re.I),
        chair_thanks=re.compile(data["chair_thanks"], re.I),
        procedural_note=re.compile(data["procedural_note"], re.I),
        thanks_before_answer=re.compile(data["thanks_before_answer"], re.I),
        answer_after_thanks=re.compile(data["answer_after_thanks"], re.I),
        officer_by_initial=re.compile(data["officer_by_initial"], re.I),
        question_from_name=re.compile(data["question_from_name"]),
        answer_goes_on=re.compile(data["answer_goes_on"], re.I),
        answered_by_label=re.compile(data["answered_by_label"], re.I),
        chair_turn=re.compile(data["chair_turn"], re.I),
        turn_raises=re.compile(data["turn_raises"], re.I),
        speaker_label=re.compile(data["speaker_label"]),
        no_answer=re.compile(data["no_answer"], re.I),
        deferred_answer=re.compile(data["deferred_answer"], re.I),
        endnotes_heading=re.compile(data["endnotes_heading"], re.I),
        bilingual_prefix=re.compile(data["bilingual_prefix"], re.I),
        image_placeholder=re.compile(data["image_placeholder"], re.I),
        asked_under_item=re.compile(data["asked_under_item"], re.I),
        answer_to_earlier=re.compile(data["answer_to_earlier"], re.I),
        answered_later=re.compile(data["answered_later"], re.I),
        earlier_meeting_line=re.compile(data["earlier_meeting_line"], re.I),
        meeting_opening=re.compile(data["meeting_opening"], re.I),
        decision_list_leadin=re.compile(data["decision_list_leadin"], re.I),
        decision_entry=re.compile(data["decision_entry"]),
        asked_by_line=re.compile(data["asked_by_line"], re.I),
        section_label_run_in=re.compile(data["section_label_run_in"]),
        first_person_reply=re.compile(data["first_person_reply"]),
        asked_with_colon=re.compile(data["asked_with_colon"], re.I),
        motion_mover=re.compile(data["motion_mover"], re.I),
        motion_decided=re.compile(data["motion_decided"], re.I),
        motion_seconder=re.compile(data["motion_seconder"], re.I),
        motion_verdict=re.compile(data["motion_verdict"], re.I),
        motion_inline=re.compile(data["motion_inline"], re.I),
        vote_record=re.compile(data["vote_record"], re.I),
        resolution_label=re.compile(data["resolution_label"], re.I),
        motion_before_resolved=re.compile(data["motion_before_resolved"], re.I),
        question_record=re.compile(data["question_record"], re.I),
        question_leadin=re.compile(data["question_leadin"], re.I),
        question_as_follows=re.compile(data["question_as_follows"], re.I),
        stated_before_answer=re.compile(data["stated_before_answer"], re.I),
        stated_reply=re.compile(data["stated_reply"], re.I),
        reply_leadin=re.compile(data["reply_leadin"], re.I),
        resolution_after_thanks=re.compile(data["resolution_after_thanks"], re.I),
        public_presenting=re.compile(data["public_presenting"], re.I),
        answers_several=re.compile(data["answers_several"], re.I),
        answers_counted=re.compile(data["answers_counted"], re.I),
        point_joins_last=re.compile(data["point_joins_last"], re.I),
        invited_to_respond=re.compile(data["invited_to_respond"], re.I),
        statement_leadin=re.compile(data["statement_leadin"], re.I),
        written_answer_leadin=re.compile(data["written_answer_leadin"], re.I),
        chair_label=re.compile(data["chair_label"], re.I),
        chair_line=re.compile(data["chair_line"], re.I),
        signature_line=re.compile(data["signature_line"], re.I),
        answer_in_point=re.compile(data["answer_in_point"], re.S),
        answer_after_opening=re.compile(data["answer_after_opening"], re.S | re.I),
        discussion_answered=re.compile(data["discussion_answered"], re.I),
        asks_too=re.compile(data["asks_too"], re.I),
        answers_by_list=re.compile(data["answers_by_list"], re.I),
        leadin_of_questions=re.compile(data["leadin_of_questions"], re.I),
        leadin_of_requests=re.compile(data["leadin_of_requests"], re.I),
        leadin_of_concerns=re.compile(data["leadin_of_concerns"], re.I),
        answers_leadin=re.compile(data["answers_leadin"], re.I),
        asked_answered_below=re.compile(data["asked_answered_below"], re.I),
        closing_item=re.compile(data["closing_item"], re.I),
        answers_to_list=re.compile(data["answers_to_list"], re.I),
        answers_heading=re.compile(data["answers_heading"], re.I),
        topic_answer=re.compile(data["topic_answer"], re.I | re.S),
        topic_dash_answer=re.compile(data["topic_dash_answer"], re.I | re.S),
        supplementary_label=re.compile(data["supplementary_label"], re.I),
        supplementary_sentence=re.compile(data["supplementary_sentence"], re.I),
        answer_label=re.compile(data["answer_label"], re.I),
        answer_inline=re.compile(data["answer_inline"], re.I | re.S),
        second_point=re.compile(data["second_point"]),
        not_a_point=_any(data["not_a_point"]),
        paper_says=re.compile(data["paper_says"], re.I),
        declaration_entry=re.compile(data["declaration_entry"], re.I),
        question_table={column: re.compile(p, re.I) for column, p in data["question_table"].items()},
        resolution_start=_any(data["resolution_start"], re.MULTILINE),
        committee_own_clauses=re.compile(data["committee_own_clauses"], re.I),
        resolution_in_paragraph=re.compile(data["resolution_in_paragraph"]),
        decision_reasons=re.compile(data["decision_reasons"], re.I),
        vote_verdict=re.compile(data["vote_verdict"], re.I),
        leadin_with_answers=re.compile(data["leadin_with_answers"], re.I),
        partner_named=re.compile(data["partner_named"], re.I),
        apologies_received=re.compile(data["apologies_received"], re.I),
        committee_asks=re.compile(data["committee_asks"], re.I),
        further_decision=re.compile(data["further_decision"], re.I),
        motion_told=re.compile(data["motion_told"], re.I),
        motion_seconded_decided=re.compile(data["motion_seconded_decided"], re.I),
        motion_proposed=re.compile(data["motion_proposed"], re.I),
        decision_confirmed=re.compile(data["decision_confirmed"], re.I),
        put_to_vote=re.compile(data["put_to_vote"], re.I | re.S),
        decision_cell=re.compile(data["decision_cell"], re.I),
        decision_table_column=re.compile(data["decision_table_column"], re.I),
        no_decision=re.compile(data["no_decision"], re.I),
        question_number=re.compile(data["question_number"], re.I),
        outcome=[(name, re.compile(p, re.I | re.M)) for name, p in data["outcome"].items()],
        outcome_otherwise=[(name, re.compile(p, re.I | re.M)) for name, p in data["outcome_otherwise"].items()],
        pack_minutes_heading=_any(data["pack"]["minutes_heading"]),
        pack_minutes_evidence=_any(data["pack"]["minutes_evidence"]),
        pack_document_start=_any(data["pack"]["document_start"]),
        meeting_closed=_any(data["pack"]["meeting_closed"]),
        meeting_reference=re.compile(data["meeting_reference"], re.I),
        meeting_held=re.compile(data["meeting_held"], re.I | re.S),
        meeting_title_dated=re.compile(data["meeting_title_dated"], re.I),
        item_reference_in_title=re.compile(data["item_reference_in_title"], re.I),
        continued_heading=re.compile(data["continued_heading"], re.I),
        appendix_heading=re.compile(data["appendix_heading"], re.I),
        minutes_table_heading=re.compile(data["minutes_table_heading"], re.I),
        appendix_reference=re.compile(data["appendix_reference"], re.I),
        speaker_person=re.compile(data["speaker_person"]),
        not_a_speaker=re.compile(data["not_a_speaker"], re.I),
        body_label=re.compile(data["body_label"], re.I),
        speaker_alone=re.compile(data["speaker_alone"]),
    )
