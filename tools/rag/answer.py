"""Deterministic answers from passages, and the extractive-vs-generative choice.

The extractive answer is the ``deterministic`` tier for document questions:
the sentences that best cover the question's IDF-weighted content terms (in
either language, see :mod:`tools.rag.crosslingual`) and hold the kind of answer
asked for (see :mod:`tools.rag.question`), each with its citation, and a
confidence below which the answer says, in the question's language, that the
documents do not cover it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from itertools import pairwise

from tools.rag.answer_types import asks_about_rule, states_rule
from tools.rag.crosslingual import concept_groups
from tools.rag.kinds import named_kinds
from tools.rag.models import AnswerSentence, ExtractiveAnswer, Passage
from tools.rag.qualifiers import answer_text, answers_another_question, states_question_figures
from tools.rag.question import analyze_question, has_answer_type, yes_no_subject
from tools.rag.sentence_checks import picks_two_items
from tools.rag.textutil import QUESTION_FRAME_TERMS, analyze, language_of, tokenize

# Calibrated on the Korean test fixture and the English SQuAD file: 2 of 48
# and 4 of 810 in-scope questions score below 0.2, none and 1 below 0.15;
# off-topic questions on the sample documents score 0.0-0.13. Between 0.15 and
# ~0.4 the answer is weak (a caller may escalate to a generative tier).
COVERAGE_THRESHOLD = 0.15

NOT_COVERED = {
    "ko": "제공된 문서에서는 이 질문에 대한 내용을 찾을 수 없습니다.",
    "en": "The documents do not cover this question.",
}

# Later passages must beat the first one clearly to supply the top sentence:
# fusion ranking already weighed the whole passage.
_RANK_PRIOR = (1.0, 0.9, 0.8, 0.7, 0.6)
TYPE_BONUS = 0.2
# A sentence that (with its heading and the sentence before) names every content
# term beats one that names most of them, even from a lower-ranked passage.
COMPLETE_BONUS = 0.2
CARRY = 0.3
# A topic term held by at most this many chunks names a specific subject.
SUBJECT_MAX_CHUNKS = 2
# The rank no passage has: "only this passage may answer" then means none may.
_NO_PASSAGE = -1
# "The subject is in the collection, but in none of these passages": every passage
# still counts as related, none may be quoted as the answer.
_SUBJECT_UNRETRIEVED = -2
_MD_NOISE = re.compile(r"^\s*(?:[-*+•>]|\d+[.)]|#{1,6})\s+|\*\*|__|`|\|")


def _clean(sentence: str) -> str:
    return re.sub(r"\s+", " ", _MD_NOISE.sub(" ", sentence)).strip(" |")


def _passage_sentences(p: Passage) -> list[tuple[int, int, tuple[str, ...]]]:
    if p.sentences:
        return list(p.sentences)
    return [(s.start, s.end, s.tokens) for s in analyze([p.text])[0]]


def _fallback_idf(passages: Sequence[Passage]) -> Callable[[str], float]:
    docs = [{t for _, _, toks in _passage_sentences(p) for t in toks} for p in passages]
    n = max(1, len(docs))

    def idf(token: str) -> float:
        df = sum(token in d for d in docs)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    return idf


def _subject_passages(
    topics: Sequence[str],
    passages: Sequence[Passage],
    frequency: Callable[[str], int] | None,
    *,
    typed: bool = True,
    kinds: Mapping[str, frozenset[str]] | None = None,
) -> set[int]:
    """Ranks of the passages naming the question's specific subject (empty: no such subject).

    "이부프로펜은 하루 최대 몇 mg?" must not be answered by the acetaminophen passage's
    daily maximum because it shares 하루 and mg: a topic that at most
    :data:`SUBJECT_MAX_CHUNKS` chunks hold is the subject, and a passage holding it (in
    either language) outranks every passage that does not.
    """
    if frequency is None:
        return set()
    # A one-character morpheme (비 of 식비) is a fragment, not a subject; a term counts in
    # either language.
    counts = {t: sum(frequency(e) for e in concept_groups([t])[0]) for t in topics if len(t) > 1}
    rare = [n for n in counts.values() if 0 < n <= SUBJECT_MAX_CHUNKS]
    if not rare:
        return set()
    # The rarest such terms: 하루 (2 chunks) is a detail next to 이부프로펜 (1 chunk).
    # A passage naming the kind the documents list the subject as ("그룹 수업" for 요가)
    # holds it too; how rare the subject is counts its own words only.
    kinds = kinds or {}
    subjects = [
        concept_groups([t])[0] | kinds.get(t, frozenset())
        for t, n in counts.items()
        if n == min(rare)
    ]
    about: set[int] = set()
    whole: set[int] = set()
    for rank, p in enumerate(passages):
        tokens = set(tokenize(p.heading)) if p.heading else set()
        tokens.update(t for _, _, toks in _passage_sentences(p) for t in toks)
        held = [bool(group & tokens) for group in subjects]
        if any(held):
            about.add(rank)
        if all(held):
            whole.add(rank)
    if not typed and len(subjects) > 1 and about and not whole:
        # Two specific subjects no passage names together ("the clinic's Wi-Fi password"
        # against a Wi-Fi rule and a password rule): the documents do not state that
        # combination, and a sentence about one of them is not its answer. Only for a
        # question with no answer type: a typed one has that check ("after the first
        # hour" is a detail of a parking-fee question, not a second subject).
        return {_NO_PASSAGE}
    if not about:
        # The collection names the subject ("엘리베이터", "어린이") but retrieval brought
        # none of its passages: the ones it brought are about something else, however
        # well they match the rest ("Is there an elevator in the building?" is not
        # answered by "The pharmacy is on the ground floor of the same building").
        return {_SUBJECT_UNRETRIEVED}
    return about


def _sentence_text(p: Passage, start: int, end: int) -> str:
    return _clean(p.text[start:end])


def is_heading(p: Passage, start: int, end: int) -> bool:
    """Whether a span of the passage is a section heading, not a statement.

    A heading ("고객 카드", "## Returns") names what the section is about; quoted as
    the answer sentence it says nothing, and it carries the section's words, so it
    would otherwise score as well as the sentence that answers.
    """
    raw = p.text[start:end].strip()
    if raw.startswith("#"):
        return True
    text = _clean(raw)
    parts = {h.strip() for h in re.split(r"\s*>\s*", p.heading)} if p.heading else set()
    return bool(text) and text in parts


def _missing_known_topic(
    topics: Sequence[str],
    tokens: set[str],
    frequency: Callable[[str], int] | None,
    subject: str = "",
    kinds: Mapping[str, frozenset[str]] | None = None,
) -> bool:
    """Whether the passage lacks a topic noun the collection holds somewhere else.

    A question with no answer type ("출장 갈 때 주차비는 지원되나요?") has no
    answer-type check to tell a rule about parking from a rule about trains: a
    passage that never names one of its topics (주차) while other chunks do is about
    something else, however well it matches the rest (출장, 지원).
    """
    if frequency is None:
        return False
    for term in topics:
        group = concept_groups([term])[0]
        # Korean topics are Kiwi's nouns; English ones are every word but the verbs found
        # without a tagger ("wrong" in "wrong wiring" too), so only the subject of an
        # English yes/no question is held to this ("Is the pharmacy open on Sundays?" is
        # not answered by the clinic's "Sundays and public holidays: closed"; "pay with
        # my phone" still is by "mobile payments").
        if term.isascii() and term != subject:
            continue
        kind = (kinds or {}).get(term, frozenset())
        if len(term) > 1 and not (group | kind) & tokens and sum(frequency(e) for e in group) > 0:
            return True
    return False


def _missing_rare_topic(
    topics: Sequence[str],
    tokens: set[str],
    frequency: Callable[[str], int] | None,
    *,
    korean_only: bool,
    kinds: Mapping[str, frozenset[str]] | None = None,
) -> bool:
    """Whether the passage lacks a specific topic (one only a few chunks hold).

    "어린이는 로라타딘 몇 mg 먹어요?" is not answered by the adult dose: 어린이 is held
    by one chunk (the storage rule), so it is as specific a topic as the drug, and a
    passage without it states something else. For a typed question only Korean nouns
    are held to this ("after the first hour" is a detail of a parking-fee question).
    """
    if frequency is None:
        return False
    for term in topics:
        if len(term) < 2 or (korean_only and term.isascii()):
            continue
        group = concept_groups([term])[0]
        held = sum(frequency(e) for e in group)
        kind = (kinds or {}).get(term, frozenset())
        if 0 < held <= SUBJECT_MAX_CHUNKS and not (group | kind) & tokens:
            return True
    return False


def extractive_answer(
    question: str,
    passages: Sequence[Passage],
    *,
    idf: Callable[[str], float] | None = None,
    max_sentences: int = 3,
    known: Callable[[str], bool] | None = None,
    frequency: Callable[[str], int] | None = None,
    ignore: Collection[str] = (),
) -> ExtractiveAnswer:
    """Answer from the passages' best sentences, with citations and a confidence.

    Only content terms count (question words, endings and a self-introduction
    do not), each matched in either language, and when the question asks for a
    duration, time, amount, count, place or person, only a sentence holding one
    may be the answer.

    Args:
        question: The user's question.
        passages: Retrieved passages, best first; ``[n]`` is the 1-based position.
        idf: Term weights (the collection's BM25 IDF); estimated from the
            passages when omitted.
        max_sentences: Most sentences to quote.
        known: Whether the collection holds a token, so a word it knows whole is not
            read as the pieces Kiwi cut it into (see :mod:`tools.rag.segmentation`).
        frequency: How many chunks of the collection hold a token. A topic term only a
            few chunks hold names what the question is about (a drug, a ward): when a
            passage holds it, passages that do not may not answer.
        ignore: Terms given no weight: words the collection never holds, which a
            caller with other evidence (see :mod:`tools.rag.crosslingual_dense`)
            judged to phrase the question rather than name its subject.

    Returns:
        The answer; ``covered`` is False (and the text says so in the question's
        language) when the confidence is below :data:`COVERAGE_THRESHOLD` or no
        sentence holds the kind of answer asked for.
    """
    lang = language_of(question)
    asked = analyze_question(question, known=known)
    weigh = idf or _fallback_idf(passages)
    # In a question with no answer type (whether something is allowed, what happens), a
    # term the passages list as an item of a kind ("요가, 필라테스 같은 그룹 수업") is also
    # matched by the kind's words: such rules are written for the kind. A typed lookup
    # ("스피닝 수업은 몇 시에 있어요?") asks a fact of the item, which a rule for the kind
    # does not state.
    kinds = named_kinds(p.text for p in passages) if asked.answer_type is None else {}
    groups = [
        g | kinds.get(t, frozenset())
        for t, g in zip(asked.terms, concept_groups(asked.terms), strict=True)
    ]
    # A verb framing the question ("머리말에 뭐라고 적혀 있어?") is not what the answer
    # says: the header's own sentence never contains 적히, so it must not dilute coverage.
    # English terms are all topics, so an English "states" still counts.
    frame = {t for t in asked.terms if t in QUESTION_FRAME_TERMS and t not in asked.topic_terms}
    weights = [0.0 if t in frame or t in ignore else weigh(t) for t in asked.terms]
    total = sum(weights)
    q_bigrams = set(pairwise(asked.terms))
    if total <= 0 or not passages:
        return ExtractiveAnswer(text=NOT_COVERED[lang], language=lang)

    def covered(tokens: set[str]) -> float:
        return sum(w for g, w in zip(groups, weights, strict=True) if g & tokens)

    scored: list[tuple[float, float, int, int, str]] = []  # score, passage cov, rank, order, text
    unquotable: set[int] = set()
    about = _subject_passages(
        asked.topic_terms, passages, frequency, typed=asked.answer_type is not None, kinds=kinds
    )
    subject = yes_no_subject(question)
    # A yes/no question about a rule is answered by a sentence stating one: such a
    # sentence earns the bonus a typed question gives the kind of answer it asks for.
    asks_rule = asks_about_rule(question)
    for rank, p in enumerate(passages):
        prior = _RANK_PRIOR[min(rank, len(_RANK_PRIOR) - 1)]
        heading = set(tokenize(p.heading)) if p.heading else set()
        sents = _passage_sentences(p)
        if about and rank not in about and _SUBJECT_UNRETRIEVED not in about:
            continue
        if _SUBJECT_UNRETRIEVED in about:
            unquotable.add(rank)
        passage_tokens = heading | {t for _, _, toks in sents for t in toks}
        topics = [t for t in asked.topic_terms if t not in ignore]
        typed = asked.answer_type is not None
        if (
            (not typed and _missing_known_topic(topics, passage_tokens, frequency, subject, kinds))
            or _missing_rare_topic(
                topics, passage_tokens, frequency, korean_only=typed, kinds=kinds
            )
            or not states_question_figures(question, f"{p.heading} {p.text}")
        ):
            # Not quotable as this question's answer (a known topic it lacks, or a figure
            # the question states - "3.5 hours", "입사한 지 2년" - that it never writes with
            # that unit), yet its match still tells the caller the passages are related
            # (a comparison across two documents, a model reading them).
            unquotable.add(rank)
        p_cov = covered(passage_tokens) / total
        prev: set[str] = set()
        for order, (start, end, toks) in enumerate(sents):
            text = _sentence_text(p, start, end)
            tokset = set(toks)
            context = tokset | heading | prev
            if picks_two_items(text, groups):
                # The section lists its cases here, and the question combines two of them
                # (본인 + 출산): none of its sentences states that case ("부모상에는 5일"
                # next to it is another one).
                unquotable.add(rank)
                prev = set()
                continue
            if (
                not text
                or is_heading(p, start, end)
                or not has_answer_type(
                    answer_text(p.text[start:end], text),
                    asked.answer_type,
                    asked.counter,
                    recurring=asked.recurring,
                    question=question,
                )
            ):
                prev = tokset
                continue
            own = covered(tokset)
            if answers_another_question(question, text, p.text[start:end], p.text):
                # A figure per another period ("한 번에 200~400mg" for a daily maximum),
                # of another item (1개월 for 3개월권) or from another anchor answers
                # another question (see tools.rag.qualifiers).
                prev = tokset
                continue
            # Section headings vouch for their sentences at half weight; the
            # previous sentence partly too (it often names what "it" refers to).
            head_cov = covered(tokset | heading) - own
            carry = covered(tokset | prev) - own
            bigram = len(q_bigrams & set(pairwise(toks))) / len(q_bigrams) if q_bigrams else 0.0
            score = prior * (
                (own + 0.5 * head_cov + CARRY * carry) / total
                + 0.15 * bigram
                + (TYPE_BONUS if typed or (asks_rule and states_rule(text)) else 0.0)
                + (COMPLETE_BONUS if covered(context) >= total - 1e-9 else 0.0)
            )
            prev = tokset
            scored.append((score, p_cov, rank, order, text))
    if not scored:
        return ExtractiveAnswer(text=NOT_COVERED[lang], language=lang)
    scored.sort(key=lambda s: (-s[0], s[2], s[3]))
    stating = [s for s in scored if s[2] not in unquotable]
    if not stating:
        # How well the passages match still tells the caller they are related (a model
        # reading them may help); they just cannot be quoted as this question's answer.
        return ExtractiveAnswer(
            text=NOT_COVERED[lang], confidence=_confidence(scored[0]), language=lang
        )
    scored = stating
    best = scored[0]
    confidence = _confidence(best)
    if confidence < COVERAGE_THRESHOLD:
        return ExtractiveAnswer(text=NOT_COVERED[lang], confidence=confidence, language=lang)

    chosen = [s for s in scored[:max_sentences] if s[0] >= 0.6 * best[0]]
    # Quote in document order so multi-sentence answers read naturally.
    # The best sentence's passage is cited first; other passages follow by rank.
    chosen.sort(key=lambda s: (s[2] != best[2], s[2], s[3]))
    cited_ranks = list(dict.fromkeys(s[2] for s in chosen))
    ids = {rank: i for i, rank in enumerate(cited_ranks, start=1)}
    sentences = tuple(
        AnswerSentence(
            text=s[4], citation_id=ids[s[2]], chunk_id=passages[s[2]].chunk_id, score=round(s[0], 4)
        )
        for s in chosen
    )
    return ExtractiveAnswer(
        text=" ".join(f"{s.text} [{s.citation_id}]" for s in sentences),
        sentences=sentences,
        citations=tuple(passages[r].citation(ids[r]) for r in cited_ranks),
        confidence=confidence,
        covered=True,
        language=lang,
    )


def _confidence(best: tuple[float, float, int, int, str]) -> float:
    """Half the best sentence's score, half its passage's coverage of the question."""
    return round(min(1.0, 0.5 * min(1.0, best[0]) + 0.5 * best[1]), 4)


def top_sentence(answer: ExtractiveAnswer) -> str:
    """The highest-scoring sentence of an answer ('' when none)."""
    if not answer.sentences:
        return ""
    return max(answer.sentences, key=lambda s: s.score).text
