"""A one-topic yes/no question whose message names, after it, what the answer must fit.

"현금 내도 되나요? 오만원짜리 밖에 없어서": the question names one generic topic (현금,
cash), and the sentence after it says what the asker holds (only 50,000-won notes). The
question analysis reads the asked sentence only, so any sentence naming cash answered it,
even one of another document ("세탁실 … 현금과 신용카드는 받지 않습니다", a laundry room's
rule). With one topic word there is nothing else to tell which document the question is
about; the added sentence is the only other clue. When the chosen sentence (with its
section heading) holds none of that sentence's words, the quote is a guess on a single
generic word: the lexical path holds back (a decline or a grounded step, never a quote).

Unless the sentence's section is about what the question asks: "현금은 받지 않습니다" under
a 결제 방법 (payment method) heading is the rule for paying cash anywhere in that place,
so it answers a general "현금으로 내도 되나요?" whatever bills the asker holds; the
laundry room's payment rule under 세탁실 is the rule for a thing the question never
names. Only the heading path's last part counts (its first part is the document's title,
which names every section's document, as in tools.rag.vocabulary_case).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from tools.rag.access_questions import access_unstated
from tools.rag.also_asked import misses_thing_asked_too
from tools.rag.asker_names import thin_after_asker_names
from tools.rag.carried_words import reached_only_through_neighbour
from tools.rag.crosslingual import equivalents
from tools.rag.question import QuestionAnalysis
from tools.rag.scene_words import scene_terms
from tools.rag.textutil import kiwi_tokenize, tokenize
from tools.rag.told_content import names_the_telling
from tools.rag.use_qualifiers import general_rule_for_a_use
from tools.vocabulary import word_lines

_SENTENCES = re.compile(r"(?<=[.?!？。])\s+")
_QUESTION_END = ("?", "？")
_NUMERAL_TAGS = frozenset({"NR", "SN"})
_DIGIT = re.compile(r"\d")
# How tools.rag.chunking joins a section's heading path ("Guide > Payment").
_PATH_SEPARATOR = " > "


@cache
def _verb_acts() -> dict[str, frozenset[str]]:
    """An everyday verb -> the noun a heading names its act with (내 -> 결제, paying).

    The ``[acts]`` lines of ``tools/rag/vocabulary.tsv``: no synonym group, since the word
    lists link 내 only to handing something in (제출: "서류 내야 돼요?") and linking it to
    paying there would reach every question saying 내; read here only to tell whether a
    section's heading names what a one-topic question asks.
    """
    acts: dict[str, frozenset[str]] = {}
    for line in word_lines("acts"):
        for verb in line.korean:
            acts[verb] = acts.get(verb, frozenset()) | frozenset(line.english)
    return acts


def _figure_words(text: str) -> set[str]:
    """Number words and the unit after each ("오만원" -> 오만, 원): a figure, in any script."""
    tokens = kiwi_tokenize(text)
    out: set[str] = set()
    for i, token in enumerate(tokens):
        if token.tag in _NUMERAL_TAGS:
            out.add(token.form)
            if i + 1 < len(tokens) and tokens[i + 1].tag == "NNB":
                out.add(tokens[i + 1].form)
    return out


def _added_after_question(message: str) -> str:
    """The text after the message's last question sentence ('' when none follows it)."""
    parts = [p.strip() for p in _SENTENCES.split(message.strip()) if p.strip()]
    asked = [i for i, p in enumerate(parts) if p.endswith(_QUESTION_END)]
    if not asked:
        return ""
    return " ".join(parts[asked[-1] + 1 :])


def trailing_context_unheld(
    message: str, asked: QuestionAnalysis, sentence: str, heading: str
) -> bool:
    """Whether a one-topic yes/no question's added sentence is absent from the chosen one.

    Args:
        message: The user's message as typed.
        asked: The analysis of its question.
        sentence: The sentence the lexical path would quote.
        heading: That sentence's section heading.

    Returns:
        True when the question is a yes/no one on a single topic, a sentence after it
        names words of its own (not the asker's scenery), and the chosen sentence with
        its heading holds none of them, in either language.
    """
    if asked.answer_type is not None or len(asked.topic_terms) != 1 or not sentence:
        return False
    if section_names_the_question(asked, heading):
        return False
    added = _added_after_question(message)
    if not added:
        return False
    scenery = scene_terms(message)
    words = {t for t in tokenize(added) if t not in scenery and t not in asked.terms}
    if not words:
        return False
    held = set(tokenize(sentence)) | set(tokenize(heading))
    if _DIGIT.search(sentence):
        # "오만원권" is held by "bills larger than 50,000 won": a figure matches a figure,
        # whether written in words or digits (the sentence's own figure decides the rest).
        held |= _figure_words(added)
    return not any(equivalents(w) & held for w in words)


def section_names_the_question(asked: QuestionAnalysis, heading: str) -> bool:
    """Whether a heading path's last part names a word of the question (in either language).

    "결제 방법" names "현금으로 내도 되나요?" (내, paying: 결제); "세탁실" names nothing of it,
    and neither does a document's title alone (a path of one part).
    """
    if _PATH_SEPARATOR not in heading:
        return False
    section = set(tokenize(heading.rsplit(_PATH_SEPARATOR, 1)[1]))
    acts = _verb_acts()
    words = {*asked.terms, *(act for t in asked.terms for act in acts.get(t, ()))}
    return any(equivalents(w) & section for w in words)


def guess_on_one_word(message: str, asked: QuestionAnalysis, answer: Any, passages: Any) -> bool:
    """Whether an extractive answer's best sentence is such a guess (see the module).

    Args:
        message: The user's message as typed.
        asked: The analysis of its question.
        answer: The extractive answer (``sentences`` with ``score`` and ``chunk_id``).
        passages: The passages it was drawn from (``chunk_id`` and ``heading``).
    """
    best = max(answer.sentences, key=lambda s: s.score, default=None)
    if best is None:
        return False
    heading = next((p.heading for p in passages if p.chunk_id == best.chunk_id), "")
    return (
        trailing_context_unheld(message, asked, best.text, heading)
        or (  # ...unless it says what to tell ("Tell us your name …", tools.rag.told_content)
            reached_only_through_neighbour(asked, best.text, heading)
            and not names_the_telling(message, best.text)
        )
        or general_rule_for_a_use(message, best.text, (p.text for p in passages))
        or misses_thing_asked_too(message, best.text, heading)
        or thin_after_asker_names(message, asked.topic_terms)
        or access_unstated(message, asked.terms, best.text)
    )
