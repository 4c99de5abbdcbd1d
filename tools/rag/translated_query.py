"""A question translated word by word through the word lists, as a second dense query.

Why this exists: multilingual-e5-small ranks by language before topic, so a Korean
question's cosine to English passages is squeezed into a narrow band where the right
passage often does not stand out (:mod:`tools.rag.crosslingual_dense` centres the scores
per language, which removes the offset but not the noise). The same question's words,
translated through the word lists the lexical bridge already reads, compare with those
passages in their own language, where the model ranks by topic. The translation is a bag
of surface words ("세탁 비용" -> "laundry cost"), not a sentence: e5 needs no grammar to
place it near the passage that uses them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache

from tools.rag.crosslingual import equivalents
from tools.rag.lexicon_terms import LEXICON
from tools.rag.textutil import detect_script, normalize_latin, tokenize
from tools.vocabulary import word_lines

# A translation of fewer words carries too little of the question to rank passages by.
MIN_TRANSLATED_WORDS = 2


@cache
def _surface_english() -> dict[str, tuple[str, ...]]:
    """Every Korean word of the word lists with the English words it is listed with, as written.

    The bridge links index tokens (stemmed: "insuranc"); the model reads words, so the
    surface forms are kept here. Which of them apply is still the bridge's decision
    (:func:`equivalents`), so switching a list off switches its translations off too.
    """
    surface: dict[str, list[str]] = {}
    for korean, words in LEXICON.items():
        surface.setdefault(korean, []).extend(words)
    for section in ("shared", "documents", "everyday"):
        for line in word_lines(section):
            for korean in line.korean:
                surface.setdefault(korean, []).extend(line.english)
    return {k: tuple(dict.fromkeys(v)) for k, v in surface.items()}


def _index_forms(word: str) -> set[str]:
    parts = word.replace("-", " ").split()
    return {f for p in parts if (f := normalize_latin(p))}


def _english_words(korean: str) -> list[str]:
    """The listed English words of a Korean token that the bridge links it to now."""
    linked = equivalents(korean)
    return [w for w in _surface_english().get(korean, ()) if _index_forms(w) & linked]


def _korean_words(english: str) -> list[str]:
    """The Korean words the bridge links an English index token to."""
    return sorted(w for w in equivalents(english) if detect_script(w) == "ko")


def translate_tokens(tokens: Iterable[str], into: str) -> list[str]:
    """The words ``tokens`` translate to in language ``into`` ("ko" or "en"), in order.

    Tokens already in ``into`` and tokens no list translates are left out: the query
    then holds only the other language's words, which the model compares by topic.
    """
    out: dict[str, None] = {}
    for token in tokens:
        script = detect_script(token)
        if script == into:
            continue
        words = _english_words(token) if script == "ko" else _korean_words(token)
        out.update(dict.fromkeys(words))
    return list(out)


def translated_question(question: str, into: str) -> str | None:
    """The question's words translated into ``into``, joined; ``None`` when too few are."""
    words = translate_tokens(tokenize(question), into)
    if len(words) < MIN_TRANSLATED_WORDS:
        return None
    return " ".join(words)


def drops_a_held_word(
    topic_terms: Sequence[str], held_nowhere: Callable[[list[str]], set[str]]
) -> bool:
    """Whether a Korean topic word the lists do not translate is one the documents hold.

    The translation carries only the words the lists know; a word it drops that the
    documents use (펫 of "펫보험 청구할 때 필요한 서류") may be what sets the question
    apart, so a passage found without it is about something else (the clinic's insurance
    rules for people). ``held_nowhere`` says which of some words no document holds in any
    form; those are left to the other checks.
    """
    untranslated = [
        t for t in topic_terms if detect_script(t) == "ko" and not translate_tokens([t], "en")
    ]
    return bool(untranslated) and bool(set(untranslated) - held_nowhere(untranslated))
