"""The nouns a Korean yes/no question is about: its subject, topic and object.

"휠체어 타시는 엄마랑 가는데 빠른 배 탈 수 있어요?" asks whether the *boat* can be
boarded; a wheelchair ramp at the clinic's entrance shares its wheelchair and says
nothing of any boat (blind set 9 was answered with it). English yes/no questions name
their subject after the auxiliary (:func:`tools.rag.question.yes_no_subject`); a Korean
one marks it with a particle (이/가, 은/는, 을/를) or sets it bare before the predicate
("배 탈 수", "문 열어요"). When the documents never hold such a noun, a sentence that
matches the question's other words answers another question, however close the dense
model finds it. One-syllable nouns count here (배, 차, 방): the general unknown-word
checks leave them aside as too ambiguous, but as the marked argument of the question
they are what it asks about. The objects of a background clause ("유모차 끌고 가는데")
are read too: telling clauses apart is not worth it for a check that can only make the
dense confirmation stricter.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from tools.rag.answer_types import answer_type
from tools.rag.scene_words import scene_terms
from tools.rag.textutil import detect_script, kiwi_tokenize

__all__ = [
    "glued_nouns",
    "has_question_word",
    "is_plain_korean_yes_no",
    "named_nouns",
    "split_words",
    "yes_no_arguments",
]

_NOUN_TAGS = frozenset({"NNG", "NNP"})
# Particles that mark what a clause is about: subject, object, topic (not 도 "also",
# which adds a case: "수선도 빠지나요?" asks about mending as well as something else,
# and not 랑/와/하고 "with", which name company).
_ARGUMENT_PARTICLES = frozenset({"이", "가", "은", "는", "을", "를", "ᆫ", "ᆯ"})
_ARGUMENT_TAGS = frozenset({"JKS", "JKO", "JX"})
_PREDICATE_TAGS = frozenset({"VV", "VA"})
# A question word makes it no yes/no question: it asks for the word's answer.
_QUESTION_WORD = re.compile(r"뭐|무엇|어디|언제|누구|누가|왜|어떻게|어떤|어느|무슨|몇|얼마")


def has_question_word(question: str) -> bool:
    """Whether a Korean question holds a question word (then it is no yes/no question)."""
    return bool(_QUESTION_WORD.search(question))


def is_plain_korean_yes_no(question: str) -> bool:
    """A Korean question asking no kind of answer (a time, an amount) and no question word."""
    return (
        detect_script(question) == "ko"
        and answer_type(question) is None
        and not has_question_word(question)
    )


@lru_cache(maxsize=1024)
def yes_no_arguments(question: str) -> frozenset[str]:
    """Nouns a Korean yes/no question marks as subject, topic or object, or sets bare before a verb.

    Args:
        question: The user's question as typed.

    Returns:
        Kiwi's noun forms (the index tokens of Korean nouns), without words that set the
        scene (엄마, 와이프: :func:`tools.rag.scene_words.scene_terms`); empty for a
        question in English or one with a question word.
    """
    if not is_plain_korean_yes_no(question):
        return frozenset()
    tokens = kiwi_tokenize(question)
    found: set[str] = set()
    for token, after in itertools.pairwise(tokens):
        if token.tag not in _NOUN_TAGS:
            continue
        marked = after.tag in _ARGUMENT_TAGS and after.form in _ARGUMENT_PARTICLES
        bare = after.tag.split("-", 1)[0] in _PREDICATE_TAGS
        if marked or bare:
            found.add(token.form)
    return frozenset(found - scene_terms(question))


@lru_cache(maxsize=1024)
def _glued_runs(question: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    """Runs of two or more nouns Kiwi cut from one written word, as (form, tag) pairs."""
    if detect_script(question) != "ko":
        return ()
    runs: list[list[tuple[str, str]]] = []
    end = -1
    for token in kiwi_tokenize(question):
        if token.tag not in _NOUN_TAGS:
            end = -1
            continue
        if token.start == end and runs:
            runs[-1].append((token.form, token.tag))
        else:
            runs.append([(token.form, token.tag)])
        end = token.start + token.len
    return tuple(tuple(run) for run in runs if len(run) > 1)


def glued_nouns(question: str) -> frozenset[str]:
    """One-syllable nouns a Korean question writes glued to the noun after them.

    "펫보험" is cut into 펫 and 보험: 펫 alone is too ambiguous to count as a topic (the
    general checks leave one-syllable nouns aside), but glued to 보험 it says which
    insurance is asked about, as the first noun of a Korean compound does.
    """
    return frozenset(
        form for run in _glued_runs(question) for form, _ in run[:-1] if len(form) == 1
    )


def named_nouns(question: str) -> tuple[frozenset[str], ...]:
    """The nouns of each written word of a Korean question that holds a proper name.

    "한빛의원" (한빛 + 의원) names one place: a passage about 한빛 약국 holds the name
    but is about another place, so what counts is every noun of the written word.
    """
    return tuple(
        frozenset(form for form, _ in run)
        for run in _glued_runs(question)
        if any(tag == "NNP" for _, tag in run)
    )


def split_words(question: str) -> tuple[str, ...]:
    """Written words Kiwi cut wholly into one-syllable nouns, joined again ("발렛").

    A word Kiwi does not know ("발렛", valet) comes out as one-syllable pieces that
    the unknown-word checks leave aside as too ambiguous, so a question about it looked
    fully known. Joined, it is a word the documents either write or never mention.
    A word Kiwi keeps whole when it stands alone ("밥값", cut into 밥 + 값 only in some
    sentences) is one it knows, which the documents may state in other words (식비).
    """
    joined = ["".join(form for form, _ in run) for run in _glued_runs(question)]
    # Only a word Kiwi cuts alone too: "밥값" is a word it knows, cut only in context.
    return tuple(
        word
        for word in joined
        if len(word) > 1 and all(len(t.form) == 1 for t in kiwi_tokenize(word))
    )
