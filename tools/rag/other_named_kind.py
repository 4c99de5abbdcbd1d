"""An other-language sentence naming its own kind of the thing a question names another kind of.

Why this exists: "돌고래 투어도 점심 줘요?" (does the dolphin tour give lunch too?) was
answered by "The Island Hopping Tour includes a seafood lunch on Jawol Island; …" (held-out
21): 투어 is held (tour), 돌고래 is in no word list, and the dense match across languages
bridged the question to the only sentence on a tour's lunch. In a Korean compound the first
noun picks the kind (tools.rag.unheld_words.names_a_kind); a sentence that writes the head
inside a name of its own ("Island Hopping Tour": words before the head that the question
does not say) is about that named kind. When the question's noun for the kind is one no
word list reads, nothing shows it names the same thing as the sentence's name, and the
dense similarity of one Korean noun to an English name is no judge (measured on the boat
trips' names: 돌고래 sat 0.78-0.80 from all four, 폭포 nearest the otter trip). So the
sentence is not quoted; the question is declined as when no sentence answers. A sentence
writing the head bare ("Every tour includes lunch") or in a name whose other words the
question names (or the noun may transcribe: 카약 for "Waterfall Kayak Tour",
tools.rag.loanwords) is left to the other gates.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from itertools import pairwise

from tools.rag.crosslingual import equivalents
from tools.rag.loanwords import transcribes
from tools.rag.question import QuestionAnalysis
from tools.rag.textutil import english_tokens

__all__ = ["names_another_named_kind", "title_names"]

_HANGUL = re.compile(r"[가-힣]")
# Two or more capitalised words in a row ("Island Hopping Tour"); "The" opening it is not
# part of the name.
_TITLE_NAME = re.compile(r"\b[A-Z][A-Za-z'’]*(?:[ -][A-Z][A-Za-z'’]*)+\b")
_ARTICLE = re.compile(r"^(?:The|A|An|Our|Every|Each|All)\s+")


def title_names(text: str) -> list[str]:
    """The Title-Case names of two words or more ``text`` writes, in order, once each."""
    found: list[str] = []
    for match in _TITLE_NAME.finditer(text):
        name = _ARTICLE.sub("", match.group(0))
        if re.search(r"[ -]", name) and name not in found:
            found.append(name)
    return found


def unread_kind_nouns(
    asked: QuestionAnalysis, unknown: Collection[str], question: str
) -> list[tuple[str, str]]:
    """(noun, head) pairs: a Korean noun no document holds, written right before a held noun."""
    topics = set(asked.topic_terms)
    return [
        (word, head)
        for word, head in pairwise(asked.terms)
        if _HANGUL.search(word) is not None
        and len(head) > 1
        and word in unknown
        and word in topics
        and head in topics
        and head not in unknown
        and re.search(rf"{re.escape(word)}\s*{re.escape(head)}", question) is not None
    ]


def _tokens(words: Iterable[str]) -> set[str]:
    return {t for w in words for t in english_tokens(w)}


def names_another_named_kind(
    question: str, asked: QuestionAnalysis, unknown: Collection[str], sentence: str
) -> bool:
    """Whether the sentence writes the head of a question's unread kind inside its own name.

    Args:
        question: The user's question (its Korean compounds are read).
        asked: The question's analysis.
        unknown: The question's terms no document holds in either language.
        sentence: The other-language sentence about to be quoted.

    Returns:
        True when a Korean noun no document holds stands right before a held noun (the
        head), and the sentence writes the head's translation as the last word of a
        Title-Case name with words before it that name none of the question's terms and
        none of which the noun may transcribe (카약, Kayak).
    """
    pairs = unread_kind_nouns(asked, unknown, question)
    if not pairs:
        return False
    asked_tokens = _tokens(e for t in asked.terms for e in equivalents(t))
    for name in title_names(sentence):
        words = re.split(r"[ -]", name)
        head_tokens = set(english_tokens(words[-1]))
        before = _tokens(words[:-1])
        for word, head in pairs:
            if (
                head_tokens & _tokens(equivalents(head))
                and not before & asked_tokens
                # "카약 투어", the Waterfall Kayak Tour: the noun writes a word of the name.
                and not any(transcribes(word, w.lower()) for w in words[:-1])
            ):
                return True
    return False
