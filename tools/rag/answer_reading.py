"""What the extractive answer reads of a question once, before it scores any sentence.

Split from :mod:`tools.rag.answer`, which scores the passages' sentences against this
reading: the question's terms with their word groups and weights, and the screens it puts
on whole passages (a subject they lack, another owner, a figure the question states that a
passage never writes).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from itertools import pairwise

from tools.rag.answer_sentences import fallback_idf
from tools.rag.asked_act import AskedAct, asked_act
from tools.rag.asked_clause import possessed_short_nouns
from tools.rag.asked_means import english_paid_thing
from tools.rag.asked_state_62x import lacks_asked_state
from tools.rag.closing_hours_42d import closing_links
from tools.rag.crosslingual import concept_groups, everyday_vocabulary_on
from tools.rag.english_venue import named_venue
from tools.rag.group_sizes import without_met_group_sizes
from tools.rag.idiom_terms import idiom_terms
from tools.rag.instrument_verbs import instrument_links
from tools.rag.kinds import named_kinds
from tools.rag.korean_subjects import glued_nouns
from tools.rag.models import Passage
from tools.rag.named_services import named_service
from tools.rag.negated_verbs import NegatedAct, negated_act
from tools.rag.ordinal_periods_54x import ordinal_period_terms
from tools.rag.other_script_names import misses_other_script_name
from tools.rag.passage_screens import other_owner_passages, same_sense_passages
from tools.rag.plural_nouns import plural_unnamed
from tools.rag.prices import priced_items
from tools.rag.qualifiers import states_question_figures
from tools.rag.question import QuestionAnalysis, analyze_question, existence_subject, yes_no_subject
from tools.rag.rule_questions import asks_about_rule
from tools.rag.ruled_act_57h import with_ruling
from tools.rag.scene_words import scene_terms
from tools.rag.sibling_kinds import written_pairs
from tools.rag.story_clauses import without_limit_story_figures
from tools.rag.subjects import (
    english_possessor,
    missing_from_document,
    missing_known_topic,
    missing_rare_topic,
    passage_sentences,
    subject_passages,
    written_as_asked,
)
from tools.rag.textutil import QUESTION_FRAME_TERMS, tokenize
from tools.rag.time_length import length_frame_terms
from tools.rag.travel_direction import runs_the_other_way
from tools.rag.wh_subject_place import wh_subject_place

__all__ = ["QuestionReading", "read_question"]


@dataclass(frozen=True)
class QuestionReading:
    """A question read against its retrieved passages (see :func:`read_question`)."""

    question: str
    asked: QuestionAnalysis
    # The retrieved passages with the question's words in its sense, best first.
    passages: Sequence[Passage]
    frequency: Callable[[str], int] | None
    kinds: dict[str, frozenset[str]]
    # Each term's word group and weight, in the order of ``asked.terms``.
    groups: list[frozenset[str]]
    weights: list[float]
    total: float
    subject_topics: list[str]
    not_done: NegatedAct
    act: AskedAct | None
    q_bigrams: set[tuple[str, str]]
    weighted: list[tuple[str, frozenset[str]]]
    other_way: set[int]
    vocabulary: bool
    about: set[int]
    subject: str
    asks_rule: bool
    off_name: set[int]
    glued: frozenset[str]
    owned: frozenset[str]
    possessor: str | None
    items: list[frozenset[str]]
    figured: str
    written: set[tuple[str, str]]

    @property
    def typed(self) -> bool:
        """Whether the question asks for a kind of answer (a duration, an amount, ...)."""
        return self.asked.answer_type is not None

    @property
    def weighted_topics(self) -> list[tuple[str, frozenset[str]]]:
        """The question's weighted topic terms (nouns), each with its word group."""
        topics = set(self.subject_topics)
        return [(t, g) for t, g in self.weighted if t in topics]

    def covered(self, tokens: set[str]) -> float:
        """The weight of the question's terms ``tokens`` name (through their word groups)."""
        return sum(w for g, w in zip(self.groups, self.weights, strict=True) if g & tokens)

    def unquotable(
        self,
        rank: int,
        passage: Passage,
        passage_tokens: set[str],
        document_mentions: Callable[[Passage, str], bool] | None,
    ) -> bool:
        """Whether the passage may not be quoted as the answer, though it still ranks.

        Not quotable as this question's answer (a known topic it lacks, or a figure the
        question states - "3.5 hours", "입사한 지 2년" - that it never writes with that
        unit), yet its match still tells the caller the passages are related (a comparison
        across two documents, a model reading them).
        """
        question, frequency, kinds, typed = self.question, self.frequency, self.kinds, self.typed
        topics = self.subject_topics
        return (
            rank in self.off_name
            or (
                not typed
                and missing_known_topic(
                    topics, passage_tokens, frequency, self.subject, kinds, self.owned
                )
            )
            # "혈액 검사 아파요?": a state asked, which the passage never states (asked_state_62x)
            or (not typed and lacks_asked_state(question, passage_tokens))
            or missing_rare_topic(
                topics,
                passage_tokens,
                frequency,
                korean_only=typed,
                kinds=kinds,
                written=written_as_asked(question, f"{passage.heading} {passage.text}"),
            )
            or not states_question_figures(
                # "we are 12 adults": the party size a stated threshold covers (group_sizes).
                without_met_group_sizes(self.figured, f"{passage.heading} {passage.text}"),
                f"{passage.heading} {passage.text}",
            )
            or (  # "is 든든카센터 open": a name in the other script (other_script_names)
                document_mentions is not None
                and misses_other_script_name(
                    question, functools.partial(document_mentions, passage)
                )
            )
            or (  # "애들 점심": a document never naming kids (tools.rag.plural_nouns)
                document_mentions is not None
                and plural_unnamed(question, functools.partial(document_mentions, passage))
            )
            or (
                document_mentions is not None
                and missing_from_document(
                    topics,
                    passage_tokens,
                    frequency,
                    functools.partial(document_mentions, passage),
                    kinds,
                    self.glued,
                    self.possessor,
                    # 카센터 written in another retrieved document (compound_pieces).
                    lambda word: any(document_mentions(p, word) for p in self.passages),
                )
            )
        )


def read_question(
    question: str,
    passages: Sequence[Passage],
    *,
    idf: Callable[[str], float] | None,
    known: Callable[[str], bool] | None,
    frequency: Callable[[str], int] | None,
    ignore: Collection[str],
) -> QuestionReading | None:
    """The question read against the passages; ``None`` when no term weighs or none is left.

    Args are those of :func:`tools.rag.answer.extractive_answer`.
    """
    asked = analyze_question(question, known=known)
    passages = same_sense_passages(question, asked.terms, passages)  # 열어요 is no 열 (fever)
    weigh = idf or fallback_idf(passages)
    # In a question with no answer type (whether something is allowed, what happens), a
    # term the passages list as an item of a kind ("요가, 필라테스 같은 그룹 수업") is also
    # matched by the kind's words: such rules are written for the kind. A typed lookup
    # ("스피닝 수업은 몇 시에 있어요?") asks a fact of the item, which a rule for the kind
    # does not state.
    kinds = named_kinds(p.text for p in passages) if asked.answer_type is None else {}
    # "if i drive my own car": the verb counts where a sentence names the car it uses.
    used = instrument_links(asked.terms)
    # "what time do u close": the opening hours' range ends at closing (closing_hours_42d).
    used = {**closing_links(asked.terms, asked.answer_type), **used}
    groups = [
        g | kinds.get(t, frozenset()) | used.get(t, frozenset())
        for t, g in zip(asked.terms, concept_groups(asked.terms), strict=True)
    ]
    # A verb framing the question ("머리말에 뭐라고 적혀 있어?") is not what the answer
    # says: the header's own sentence never contains 적히, so it must not dilute coverage.
    # English terms are all topics, so an English "states" still counts.
    frame = {t for t in asked.terms if t in QUESTION_FRAME_TERMS and t not in asked.topic_terms}
    # A relation word (할머니, my husband) the collection never writes itself says who asks
    # or comes along: reached through a link (조부모) it still ranks the sentence naming
    # that relation, but it is no subject ruling out the passages that lack it.
    scenery = scene_terms(question) if frequency is not None else frozenset()
    linked_scenery = {t for t in asked.terms if t in scenery and frequency and not frequency(t)}
    # An ignored word (a held time word, the asker's told action) names no subject either.
    subject_topics = [t for t in asked.topic_terms if t not in linked_scenery and t not in ignore]
    subject_topics = [t for t in subject_topics if t not in ordinal_period_terms(question)]  # 54x
    # "예약 안 잡고 가면 …?": an act not done (tools.rag.negated_verbs).
    not_done = negated_act(
        question if asked.answer_type is None else "",
        [g for t, g in zip(asked.terms, groups, strict=True) if t in asked.topic_terms],
        dict(zip(asked.terms, groups, strict=True)),
        {t for p in passages for _, _, toks in passage_sentences(p) for t in toks},
    )
    act = asked_act(question) if asked.answer_type is None else None
    if act is not None:
        # What the retrieved passages say of a Korean question's object (korean_act_objects).
        act = act.seeing(passages)
        act = with_ruling(act, question, passages, subject_topics)  # ruled_act_57h
    # "ahead of time" asks how early, not for a time (tools.rag.idiom_terms).
    unweighted = {*frame, *ignore, *not_done.unweighted, *idiom_terms(question)}
    unweighted |= length_frame_terms(question)  # 수업 시간은 얼마나 (tools.rag.time_length)
    weights = [0.0 if t in unweighted else weigh(t) for t in asked.terms]
    # Such a word counts where a sentence names its relation, not missed where none does.
    total = sum(w for t, w in zip(asked.terms, weights, strict=True) if t not in linked_scenery)
    q_bigrams = set(pairwise(asked.terms))
    if total <= 0 or not passages:
        return None
    return QuestionReading(
        question=question,
        asked=asked,
        passages=passages,
        frequency=frequency,
        kinds=kinds,
        groups=groups,
        weights=weights,
        total=total,
        subject_topics=subject_topics,
        not_done=not_done,
        act=act,
        q_bigrams=q_bigrams,
        # Scenery the collection never writes is not asked for by the same-case check either.
        weighted=[
            (t, g)
            for t, g, w in zip(asked.terms, groups, weights, strict=True)
            if w > 0 and t not in linked_scenery
        ],
        # Passages running the asked route the other way (tools.rag.travel_direction): kept
        # in the ranking, so that a question they match best declines rather than takes a
        # weaker one.
        other_way={r for r, p in enumerate(passages) if runs_the_other_way(question, [p.text])},
        # With the vocabulary off nothing is reached through it: no same-case check to make.
        vocabulary=everyday_vocabulary_on(),
        about=subject_passages(
            subject_topics, passages, frequency, typed=asked.answer_type is not None, kinds=kinds
        ),
        subject=yes_no_subject(question) or existence_subject(question),  # is there parking …?
        # A yes/no question about a rule is answered by a sentence stating one: such a
        # sentence earns the bonus a typed question gives the kind of answer it asks for.
        asks_rule=asks_about_rule(question),
        off_name=other_owner_passages(question, asked.topic_terms, passages, kinds),
        glued=glued_nouns(question),
        owned=possessed_short_nouns(question),
        # Whose fact: "the pharmacy's hours", "parking at the museum" (tools.rag.english_venue)
        # ...or the transport service it asks about (tools.rag.named_services).
        # ...or the place a wh-question names as its subject (tools.rag.wh_subject_place).
        # ...or the thing paid for by a means ("pay the berth fee by card": asked_means).
        possessor=english_possessor(question)
        or named_venue(question)
        or named_service(question)
        or wh_subject_place(question)
        or english_paid_thing(question),
        items=priced_items(question, subject_topics, groups, asked.terms, frequency),
        # A figure the asker's story quotes against the limit asked (4만원 썼는데 … 얼마까지)
        # is theirs, not one the answering sentence must state (tools.rag.story_clauses).
        figured=without_limit_story_figures(question),
        written=written_pairs(
            seq
            for p in passages
            for seq in (tokenize(p.heading or ""), *(toks for _, _, toks in passage_sentences(p)))
        ),
    )
